package dev.sellertrust.evaluation;

import dev.sellertrust.config.ConfigLoader;
import dev.sellertrust.config.JobConfig;
import dev.sellertrust.generate.GeneratorSpec;
import dev.sellertrust.generate.MarketplaceGenerator;
import dev.sellertrust.spark.SparkSessions;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code integrity-eval}: on generated worlds, generates each seed twice (with campaigns and without), scores both and
 * prints recall, honest sellers flagged and the score each campaign gained (or each attack cost); with {@code --input},
 * scores that input and lists the sellers it flags.
 */
@Command(name = "integrity-eval", mixinStandardHelpOptions = true,
    description = "Measure the review-integrity signals: on generated worlds with and without planted campaigns "
        + "(recall, honest sellers flagged, score gained by manipulation), or on --input (the sellers flagged).")
public final class IntegrityEvalCommand implements Callable<Integer> {
  @Option(names = "--seeds", split = ",", defaultValue = "11,12,13", description = "Seeds (default: ${DEFAULT-VALUE}).")
  List<Long> seeds;

  @Option(names = "--sellers", defaultValue = "400", description = "Sellers per world (default: ${DEFAULT-VALUE}).")
  int sellers;

  @Option(names = "--orders", defaultValue = "80000", description = "Orders per world (default: ${DEFAULT-VALUE}).")
  long orders;

  @Option(names = "--manipulation-share", defaultValue = "0.05",
      description = "Share of sellers under a campaign (default: ${DEFAULT-VALUE}).")
  double share;

  @Option(names = "--work", defaultValue = "/tmp/seller-trust-integrity-eval",
      description = "Scratch directory for the generated worlds (default: ${DEFAULT-VALUE}).")
  Path work;

  @Option(names = "--input", description = "Score this input instead and list the sellers flagged.")
  String input;

  @Option(names = "--snapshot-date", description = "Snapshot date (default: the generator's end date).")
  LocalDate snapshot;

  @Option(names = "--config", paramLabel = "FILE") Path config;

  @Override
  public Integer call() throws Exception {
    JobConfig cfg = ConfigLoader.load(config);
    SparkSession spark = SparkSessions.createQuiet("seller-trust integrity-eval");
    try {
      if (input != null) {
        LocalDate on = snapshot != null ? snapshot : GeneratorSpec.DEFAULT_END_DATE;
        System.out.print(IntegrityEvaluation.flaggedOn(spark, input, on, cfg).text());
        return 0;
      }
      IntegrityEvaluation.Summary all = new IntegrityEvaluation.Summary();
      for (long seed : seeds) {
        Path with = work.resolve("seed" + seed + "-campaigns");
        Path without = work.resolve("seed" + seed + "-honest");
        GeneratorSpec spec = GeneratorSpec.of(sellers, orders, with).withSeed(seed).withManipulationShare(share);
        MarketplaceGenerator.generate(spec);
        MarketplaceGenerator.generate(spec.withOut(without).withManipulationShare(0));
        IntegrityEvaluation.World w = IntegrityEvaluation.compare(spark, with.toString(), without.toString(),
            GeneratorSpec.defaultTruthDir(with).resolve("manipulation_truth.csv").toString(),
            snapshot != null ? snapshot : spec.endDate(), cfg);
        System.out.print("seed " + seed + ": " + w.text());
        all.add(w);
      }
      System.out.print("all seeds: " + all.text());
      return 0;
    } finally {
      spark.stop();
    }
  }
}
