package dev.sellertrust.cli;

import dev.sellertrust.io.OutputLayout;
import dev.sellertrust.spark.SparkSessions;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "query", mixinStandardHelpOptions = true,
    description = "Run Spark SQL over a published snapshot; tables are views named seller_scores, seller_metrics, "
        + "seller_evidence, seller_corridor_metrics, policy_clarity, quarantine, review_themes, review_integrity (plus "
        + "all_<table> with every snapshot) and changes (the snapshot's change feed). Recipes: docs/ANALYSTS.md.")
public final class QueryCommand implements Callable<Integer> {
  static final List<String> TABLES = List.of(OutputLayout.SELLER_SCORES, OutputLayout.SELLER_METRICS, OutputLayout.SELLER_EVIDENCE,
      OutputLayout.CORRIDOR_METRICS, OutputLayout.POLICY_CLARITY, OutputLayout.QUARANTINE, OutputLayout.REVIEW_THEMES,
      OutputLayout.REVIEW_INTEGRITY);

  static final String CHANGES_SCHEMA = "schema_version string, snapshot_date string, previous_snapshot_date string, "
      + "seller_id string, change_types array<string>, old_trust_score double, new_trust_score double, delta double, "
      + "old_tier string, new_tier string, reasons array<string>, threshold_points double";

  @Mixin SnapshotOptions snapshot;

  @Option(names = "--csv", description = "Print CSV (cells starting with = + - @ are neutralised) instead of a table.")
  boolean csv;

  @Option(names = "--limit", defaultValue = "100", description = "Rows to print (default: ${DEFAULT-VALUE}).")
  int limit;

  @Parameters(index = "0", paramLabel = "SQL", description = "A Spark SQL query.")
  String sql;

  @Override
  public Integer call() throws Exception {
    SparkSession spark = SparkSessions.createQuiet("seller-trust query");
    LocalDate date = snapshot.resolve(spark);
    registerViews(spark, snapshot.output, date);
    Dataset<Row> result;
    try {
      result = spark.sql(sql);
    } catch (Exception e) {
      if (!(e instanceof org.apache.spark.SparkThrowable)) {
        throw e;
      }
      System.err.println("error: " + e.getMessage().lines().findFirst().orElse("invalid SQL"));
      return ExitCodes.USAGE_OR_CONFIG;
    }
    if (csv) {
      TablePrinter.printCsv(System.out, result, limit);
    } else {
      System.out.println("-- snapshot " + date);
      TablePrinter.printTable(System.out, result, limit);
    }
    return ExitCodes.PUBLISHED;
  }

  public static void registerViews(SparkSession spark, String output, LocalDate snapshot) {
    OutputLayout layout = new OutputLayout(output);
    for (String t : TABLES) {
      // A table newer than the snapshot (or one a run wrote nothing to) has no view; a query naming it says so.
      if (exists(spark, layout.table(t, snapshot))) {
        spark.read().parquet(layout.table(t, snapshot).toString()).createOrReplaceTempView(t);
      }
      Path all = new Path(layout.root(), t);
      if (exists(spark, all)) {
        spark.read().option("basePath", all.toString()).parquet(all.toString()).createOrReplaceTempView("all_" + t);
      }
    }
    registerChanges(spark, output, snapshot);
  }

  private static boolean exists(SparkSession spark, Path p) {
    return exists(spark.sparkContext().hadoopConfiguration(), p);
  }

  static boolean exists(org.apache.hadoop.conf.Configuration hadoop, Path p) {
    try {
      return p.getFileSystem(hadoop).exists(p);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The snapshot's change feed as the view {@code changes}, when it has one (snapshots from before the feed do not). */
  static void registerChanges(SparkSession spark, String output, LocalDate snapshot) {
    Path feed = dev.sellertrust.changes.ChangeCounts.feedPath(output, snapshot);
    if (!exists(spark, feed)) {
      return;
    }
    spark.read().schema(CHANGES_SCHEMA).json(feed.toString()).createOrReplaceTempView("changes");
  }
}
