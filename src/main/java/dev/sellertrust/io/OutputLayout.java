package dev.sellertrust.io;

import java.time.LocalDate;
import org.apache.hadoop.fs.Path;

/**
 * Where a snapshot's outputs live under the output directory. Folders starting with '_' are invisible to Spark's
 * partition discovery, so staging and trash never show up in an analyst's {@code spark.read.parquet(table)}.
 */
public record OutputLayout(String outputDir) {
  public static final String SELLER_SCORES = "seller_scores";
  public static final String SELLER_METRICS = "seller_metrics";
  public static final String SELLER_EVIDENCE = "seller_evidence";
  public static final String CORRIDOR_METRICS = "seller_corridor_metrics";
  public static final String POLICY_CLARITY = "policy_clarity";
  public static final String QUARANTINE = "quarantine";
  public static final String REVIEW_INTEGRITY = "review_integrity";
  public static final String REVIEW_THEMES = "review_themes";
  public static final String EXPORTS = "exports";
  public static final String MANIFESTS = "manifests";
  public static final String MANIFEST_FILE = "_MANIFEST.json";
  public static final String SCORES_EXPORT_FILE = "seller_scores.jsonl";
  public static final String BACKTEST_FILE = "backtest.parquet";
  public static final String BACKTEST_CHECKS_FILE = "checks.parquet";
  public static final String BACKTEST_TEXT_FILE = "backtest.txt";
  public static final String LATER_RATINGS_FILE = "later_low_ratings.parquet";
  public static final String LATER_RATINGS_TEXT_FILE = "later_low_ratings.txt";

  public static String partition(LocalDate snapshot) {
    return "snapshot_date=" + snapshot;
  }

  public Path root() {
    return new Path(outputDir);
  }

  public Path table(String table, LocalDate snapshot) {
    return new Path(new Path(root(), table), partition(snapshot));
  }

  /** Where {@code trust-score backtest --output} writes the figures of one as-of date (read by the report). */
  public Path backtest(LocalDate asOf) {
    return new Path(new Path(root(), "backtests"), "as_of=" + asOf);
  }

  public Path manifest(LocalDate snapshot) {
    return new Path(table(MANIFESTS, snapshot), MANIFEST_FILE);
  }

  public Path staging(String runId) {
    return new Path(new Path(root(), "_staging"), runId);
  }

  public Path trash(String runId) {
    return new Path(new Path(root(), "_trash"), runId);
  }

  public Path stagingRoot() {
    return new Path(root(), "_staging");
  }

  public Path trashRoot() {
    return new Path(root(), "_trash");
  }
}
