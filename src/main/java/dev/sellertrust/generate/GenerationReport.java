package dev.sellertrust.generate;

import java.util.Map;

/**
 * What a run produced.
 *
 * @param rows rows written per table, by file name (e.g. "orders")
 * @param bytes bytes of the generated text files (before any Parquet conversion)
 * @param generateMillis time to generate and write the text files
 * @param totalMillis the whole run including truth files and Parquet conversion
 */
public record GenerationReport(Map<String, Long> rows, long bytes, long generateMillis, long totalMillis) {
  public long totalRows() {
    return rows.values().stream().mapToLong(Long::longValue).sum();
  }

  /** All rows of all tables per second of generation, the figure used for benchmarks. */
  public double rowsPerSecond() {
    return totalRows() * 1000.0 / Math.max(1, generateMillis);
  }
}
