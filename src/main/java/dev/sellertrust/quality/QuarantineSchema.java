package dev.sellertrust.quality;

/** Columns of the published quarantine table. */
public final class QuarantineSchema {
  private QuarantineSchema() {}

  public static final String DATASET = "dataset";
  /** The first reason, e.g. {@code invalid_integer:rating}; see {@link Reasons}. */
  public static final String REASON_CODE = "reason_code";
  public static final String REASONS = "reasons";
  public static final String RAW_RECORD = "raw_record";
  public static final String SOURCE_FILE = "source_file";
  public static final int MAX_RAW_CHARS = 4096;
}
