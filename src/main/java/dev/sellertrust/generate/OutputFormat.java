package dev.sellertrust.generate;

/** File format of the generated input datasets (the truth files are always CSV). */
public enum OutputFormat {
  CSV("csv"),
  PARQUET("parquet"),
  JSONL("jsonl");

  final String extension;

  OutputFormat(String extension) {
    this.extension = extension;
  }

  /** The format rows are first written in: Parquet is converted from CSV by Spark. */
  OutputFormat textFormat() {
    return this == PARQUET ? CSV : this;
  }

  public static OutputFormat parse(String name) {
    return valueOf(name.trim().toUpperCase(java.util.Locale.ROOT));
  }
}
