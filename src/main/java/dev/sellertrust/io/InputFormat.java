package dev.sellertrust.io;

import java.util.Locale;
import java.util.Optional;

/** The file formats of the input contract, recognised by file name ending. */
public enum InputFormat {
  CSV(".csv"),
  PARQUET(".parquet"),
  JSONL(".jsonl");

  private final String suffix;

  InputFormat(String suffix) {
    this.suffix = suffix;
  }

  public String suffix() {
    return suffix;
  }

  /** The format of a data file inside a dataset folder (Spark's part files end in e.g. .snappy.parquet). */
  public static Optional<InputFormat> ofFile(String fileName) {
    String n = fileName.toLowerCase(Locale.ROOT);
    if (n.endsWith(".csv")) {
      return Optional.of(CSV);
    }
    if (n.endsWith(".parquet")) {
      return Optional.of(PARQUET);
    }
    if (n.endsWith(".jsonl") || n.endsWith(".json") || n.endsWith(".ndjson")) {
      return Optional.of(JSONL);
    }
    return Optional.empty();
  }
}
