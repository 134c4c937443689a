package dev.sellertrust.generate;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Everything that determines a generated marketplace. Equal specs give byte-identical CSV/JSONL output, whatever
 * {@code threads} is.
 *
 * @param orders total orders, split exactly over the sellers
 * @param truth where the hidden truth goes; must not be inside {@code out} (the scorer must never see it)
 * @param endDate the last day with events
 * @param days history length: orders fall on the {@code days} days ending at {@code endDate}
 * @param giantShare if above 0, one seller receives this share of all orders (skew benchmarks)
 * @param partitionByDate write {@code <table>/date=YYYY-MM-DD/part-00000.<ext>} by the row's primary date
 * @param threads generator threads; affects speed only
 * @param manipulationShare share of sellers given a review-manipulation campaign (or attacked by one); its rows come
 *     from a separate random stream written after the honest world, so share 0 gives the same world without them
 */
public record GeneratorSpec(
    int sellers,
    long orders,
    long seed,
    Path out,
    Path truth,
    LocalDate endDate,
    int days,
    OutputFormat format,
    double giantShare,
    boolean partitionByDate,
    int threads,
    double manipulationShare) {

  public static final long DEFAULT_SEED = 42;
  public static final LocalDate DEFAULT_END_DATE = LocalDate.of(2026, 11, 28);
  public static final int DEFAULT_DAYS = 365;

  public GeneratorSpec {
    if (sellers < 1) {
      throw new IllegalArgumentException("sellers must be at least 1, got " + sellers);
    }
    if (orders < 0) {
      throw new IllegalArgumentException("orders must not be negative, got " + orders);
    }
    if (days < 1) {
      throw new IllegalArgumentException("days must be at least 1, got " + days);
    }
    if (!(giantShare >= 0 && giantShare < 1)) {
      throw new IllegalArgumentException("giant share must be in [0, 1), got " + giantShare);
    }
    if (giantShare > 0 && sellers < 2) {
      throw new IllegalArgumentException("a giant seller needs at least 2 sellers");
    }
    if (!(manipulationShare >= 0 && manipulationShare <= 0.5)) {
      throw new IllegalArgumentException("manipulation share must be in [0, 0.5], got " + manipulationShare);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    out = out.toAbsolutePath().normalize();
    truth = (truth == null ? defaultTruthDir(out) : truth).toAbsolutePath().normalize();
    if (truth.startsWith(out) || out.startsWith(truth)) {
      throw new IllegalArgumentException(
          "truth dir " + truth + " must be outside the input dir " + out + " (and not contain it)");
    }
  }

  public GeneratorSpec(int sellers, long orders, long seed, Path out, Path truth, LocalDate endDate, int days,
      OutputFormat format, double giantShare, boolean partitionByDate, int threads) {
    this(sellers, orders, seed, out, truth, endDate, days, format, giantShare, partitionByDate, threads, 0);
  }

  /** A spec with every optional setting at its CLI default. */
  public static GeneratorSpec of(int sellers, long orders, Path out) {
    return new GeneratorSpec(sellers, orders, DEFAULT_SEED, out, null, DEFAULT_END_DATE, DEFAULT_DAYS,
        OutputFormat.CSV, 0, false, Runtime.getRuntime().availableProcessors());
  }

  /** The sibling {@code <out>_truth}, so the truth never sits inside the scorer's input. */
  public static Path defaultTruthDir(Path out) {
    Path abs = out.toAbsolutePath().normalize();
    return abs.resolveSibling(abs.getFileName() + "_truth");
  }

  public GeneratorSpec withSeed(long value) {
    return new GeneratorSpec(sellers, orders, value, out, truth, endDate, days, format, giantShare,
        partitionByDate, threads, manipulationShare);
  }

  public GeneratorSpec withOut(Path value) {
    return new GeneratorSpec(sellers, orders, seed, value, null, endDate, days, format, giantShare,
        partitionByDate, threads, manipulationShare);
  }

  public GeneratorSpec withTruth(Path value) {
    return new GeneratorSpec(sellers, orders, seed, out, value, endDate, days, format, giantShare,
        partitionByDate, threads, manipulationShare);
  }

  public GeneratorSpec withPeriod(LocalDate lastDay, int historyDays) {
    return new GeneratorSpec(sellers, orders, seed, out, truth, lastDay, historyDays, format, giantShare,
        partitionByDate, threads, manipulationShare);
  }

  public GeneratorSpec withFormat(OutputFormat value) {
    return new GeneratorSpec(sellers, orders, seed, out, truth, endDate, days, value, giantShare,
        partitionByDate, threads, manipulationShare);
  }

  public GeneratorSpec withGiantShare(double value) {
    return new GeneratorSpec(sellers, orders, seed, out, truth, endDate, days, format, value,
        partitionByDate, threads, manipulationShare);
  }

  public GeneratorSpec withPartitionByDate(boolean value) {
    return new GeneratorSpec(sellers, orders, seed, out, truth, endDate, days, format, giantShare,
        value, threads, manipulationShare);
  }

  public GeneratorSpec withThreads(int value) {
    return new GeneratorSpec(sellers, orders, seed, out, truth, endDate, days, format, giantShare,
        partitionByDate, value, manipulationShare);
  }

  public GeneratorSpec withManipulationShare(double value) {
    return new GeneratorSpec(sellers, orders, seed, out, truth, endDate, days, format, giantShare,
        partitionByDate, threads, value);
  }

  LocalDate firstDay() {
    return endDate.minusDays(days - 1L);
  }
}
