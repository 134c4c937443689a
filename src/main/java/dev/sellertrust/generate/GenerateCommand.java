package dev.sellertrust.generate;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code generate}: writes a deterministic synthetic marketplace and its hidden truth. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = "Generate a deterministic synthetic marketplace (six input datasets) and its hidden truth.")
public final class GenerateCommand implements Callable<Integer> {

  @Option(names = "--sellers", required = true, description = "Number of sellers.")
  int sellers;

  @Option(names = "--orders", required = true, description = "Total number of orders, split over the sellers.")
  long orders;

  @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--out", required = true, description = "Directory for the input datasets.")
  Path out;

  @Option(names = "--truth", description = "Directory for the truth files (default: sibling <out>_truth).")
  Path truth;

  @Option(names = "--end-date", defaultValue = "2026-11-28",
      description = "Last day with events, YYYY-MM-DD (default: ${DEFAULT-VALUE}).")
  LocalDate endDate;

  @Option(names = "--days", defaultValue = "365", description = "History length in days (default: ${DEFAULT-VALUE}).")
  int days;

  @Option(names = "--format", defaultValue = "csv", converter = FormatConverter.class,
      description = "csv, parquet or jsonl (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Option(names = "--giant-share", defaultValue = "0",
      description = "If above 0, one seller receives this share of all orders (default: ${DEFAULT-VALUE}).")
  double giantShare;

  @Option(names = "--partition-by-date",
      description = "Write <table>/date=YYYY-MM-DD/part-00000.<ext> by each row's primary date.")
  boolean partitionByDate;

  @Option(names = "--manipulation-share", defaultValue = "0",
      description = "Share of sellers under a planted review campaign (bought bursts, copied texts, rings, one-star "
          + "attacks), truth in <truth>/manipulation_truth.csv (default: ${DEFAULT-VALUE}).")
  double manipulationShare;

  @Option(names = "--threads", description = "Generator threads; output does not depend on it (default: cores).")
  Integer threads;

  @Spec
  CommandSpec command;

  @Override
  public Integer call() throws Exception {
    MarketplaceGenerator.generate(spec());
    return 0;
  }

  /** The options as a spec; invalid combinations become usage errors rather than stack traces. */
  GeneratorSpec spec() {
    try {
      return new GeneratorSpec(sellers, orders, seed, out, truth, endDate, days, format, giantShare,
          partitionByDate, threads == null ? Runtime.getRuntime().availableProcessors() : threads,
          manipulationShare);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(command.commandLine(), e.getMessage(), e);
    }
  }

  static final class FormatConverter implements picocli.CommandLine.ITypeConverter<OutputFormat> {
    @Override
    public OutputFormat convert(String value) {
      return OutputFormat.parse(value);
    }
  }
}
