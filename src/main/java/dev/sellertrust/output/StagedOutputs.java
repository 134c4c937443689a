package dev.sellertrust.output;

import dev.sellertrust.config.RunRequest;
import dev.sellertrust.io.OutputLayout;
import dev.sellertrust.io.PausePoints;
import dev.sellertrust.io.SnapshotPublisher;
import dev.sellertrust.metrics.MetricCols;
import dev.sellertrust.policy.PolicyClarity;
import dev.sellertrust.report.TableFigures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a run's computed outputs into its staging folder (tables, the score export, the change feed), counting and
 * summarising each table as it is written.
 */
public final class StagedOutputs {
  private static final Logger LOG = LoggerFactory.getLogger("dev.sellertrust.progress");

  private StagedOutputs() {}

  public static Staged stage(SparkSession spark, SnapshotPublisher publisher, String runId, Outputs out,
      RunRequest req) {
    Map<String, Dataset<Row>> tables = new LinkedHashMap<>();
    // Seller-level tables are small: one sorted file each reads well and diffs well across reruns.
    tables.put(OutputLayout.SELLER_SCORES,
        out.scores().to(OutputSchemas.SELLER_SCORES).coalesce(1).sortWithinPartitions(MetricCols.SELLER_ID));
    tables.put(OutputLayout.SELLER_METRICS,
        out.metrics().to(OutputSchemas.SELLER_METRICS).coalesce(1).sortWithinPartitions(MetricCols.SELLER_ID));
    tables.put(OutputLayout.SELLER_EVIDENCE, out.evidence().to(OutputSchemas.SELLER_EVIDENCE).coalesce(1)
        .sortWithinPartitions(MetricCols.SELLER_ID, MetricCols.METRIC));
    tables.put(OutputLayout.CORRIDOR_METRICS, out.corridors().to(OutputSchemas.SELLER_CORRIDOR_METRICS).coalesce(1)
        .sortWithinPartitions(MetricCols.SELLER_ID, MetricCols.BUYER_COUNTRY));
    tables.put(OutputLayout.POLICY_CLARITY, out.policyClarity().to(PolicyClarity.OUTPUT_SCHEMA).coalesce(1)
        .sortWithinPartitions(MetricCols.SELLER_ID, "market", "language"));
    tables.put(OutputLayout.REVIEW_THEMES, out.reviewThemes().to(OutputSchemas.REVIEW_THEMES).coalesce(1)
        .sortWithinPartitions(MetricCols.SELLER_ID, "review_id", "theme"));
    tables.put(OutputLayout.QUARANTINE, out.quarantine().to(OutputSchemas.QUARANTINE).coalesce(1)
        .sortWithinPartitions("dataset", "reason_code", "raw_record"));
    tables.put(OutputLayout.REVIEW_INTEGRITY, out.reviewIntegrity().to(OutputSchemas.REVIEW_INTEGRITY).coalesce(1)
        .sortWithinPartitions(MetricCols.SELLER_ID));
    // Counted as the rows are written (Observation), not by reading each table back: no query of its own. The
    // tables the report and the manifest summarise are also aggregated there (TableFigures).
    Map<String, Map<String, Object>> figures = new LinkedHashMap<>();
    for (Map.Entry<String, Dataset<Row>> t : tables.entrySet()) {
      Observation observed = new Observation("staged_" + t.getKey());
      List<Column> metrics = TableFigures.of(t.getKey(), t.getValue().columns());
      String path = publisher.stagedTable(runId, t.getKey()).toString();
      t.getValue().observe(observed, metrics.get(0), metrics.subList(1, metrics.size()).toArray(new Column[0]))
          .write().mode(SaveMode.Overwrite).parquet(path);
      PausePoints.reach("write");
      Map<String, Object> f = observed(observed);
      // Spark reports no metrics for a plan it proved empty without running it: then the table itself tells.
      if (f.isEmpty()) {
        f = TableFigures.query(spark.read().schema(t.getValue().schema()).parquet(path), t.getKey());
      }
      figures.put(t.getKey(), f);
      LOG.info("{}: {} rows staged", t.getKey(), fmt(TableFigures.asLong(f.get(TableFigures.ROWS))));
    }
    Map<String, StructType> schemas = new LinkedHashMap<>();
    tables.forEach((name, table) -> schemas.put(name, table.schema()));
    Staged staged = new Staged(new ArrayList<>(tables.keySet()), figures, schemas);
    Dataset<Row> scores = staged.read(spark, publisher, runId, OutputLayout.SELLER_SCORES);
    // The theme rates come from the staged seller_metrics: one row per seller, a small join.
    Dataset<Row> metrics = staged.read(spark, publisher, runId, OutputLayout.SELLER_METRICS);
    writeExport(spark, ScoreExport.toExport(scores, metrics, runId.substring(0, 10), req.config().themes())
            .coalesce(1).sortWithinPartitions("seller_id"),
        publisher.stagedTable(runId, OutputLayout.EXPORTS), OutputLayout.SCORES_EXPORT_FILE);
    var feed = dev.sellertrust.changes.ChangeFeed.against(spark, req.outputDir(), req.snapshotDate(), scores,
        req.config().output().exportChangePoints());
    Observation changes = new Observation("staged_" + TableFigures.CHANGES);
    List<Column> byType = TableFigures.of(TableFigures.CHANGES, feed.rows().columns());
    writeExport(spark, feed.rows().coalesce(1).sortWithinPartitions("seller_id")
            .observe(changes, byType.get(0), byType.subList(1, byType.size()).toArray(new Column[0])),
        publisher.stagedTable(runId, OutputLayout.EXPORTS), dev.sellertrust.changes.ChangeExport.FILE);
    // Without metrics (a feed Spark proved empty), the report counts the written feed instead.
    Map<String, Object> changeFigures = observed(changes);
    if (!changeFigures.isEmpty()) {
      figures.put(TableFigures.CHANGES, changeFigures);
    }
    LOG.info("exports: {} and {} staged", OutputLayout.SCORES_EXPORT_FILE, dev.sellertrust.changes.ChangeExport.FILE);
    staged.tables().add(OutputLayout.EXPORTS);
    return staged;
  }

  /**
   * The staged tables' names; per staged table (and {@link TableFigures#CHANGES} for the change feed, when it was
   * counted), its figures; per staged table, the schema it was written with.
   */
  public record Staged(List<String> tables, Map<String, Map<String, Object>> figures, Map<String, StructType> schemas) {
    /**
     * A staged table read back with the schema it was written with: Spark then reads no Parquet footer to infer it
     * (a Spark job per read otherwise).
     */
    public Dataset<Row> read(SparkSession spark, SnapshotPublisher publisher, String runId, String table) {
      return spark.read().schema(schemas.get(table)).parquet(publisher.stagedTable(runId, table).toString());
    }
  }

  /** Sellers per tier from the scores' figures; null unless every seller's tier was among those counted. */
  public static Map<String, Long> tierCounts(Map<String, Object> scores) {
    Map<String, Long> tiers = new TreeMap<>();
    long counted = 0;
    for (String tier : dev.sellertrust.report.ReportQueries.TIER_ORDER) {
      long n = TableFigures.asLong(scores.get(TableFigures.tierCount(tier)));
      if (n > 0) {
        tiers.put(tier, n);
        counted += n;
      }
    }
    return counted == TableFigures.asLong(scores.get(TableFigures.ROWS)) ? tiers : null;
  }

  /** Sellers per tier from the staged scores: every scored seller has a tier, so their sum is the sellers scored. */
  public static Map<String, Long> tierCounts(Dataset<Row> stagedScores) {
    Map<String, Long> tiers = new TreeMap<>();
    for (Row r : stagedScores.groupBy("tier").count().collectAsList()) {
      tiers.put(r.getString(0), r.getLong(1));
    }
    return tiers;
  }

  /** An observation's metrics; empty when Spark reported none. */
  private static Map<String, Object> observed(Observation o) {
    try {
      return o.getAsJava();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while counting the staged rows", e);
    }
  }

  /** Spark writes a folder of part files; platforms want one named file. */
  private static void writeExport(SparkSession spark, Dataset<Row> rows, Path dir, String fileName) {
    Path tmp = new Path(dir, "_tmp_" + fileName);
    rows.write().mode(SaveMode.Overwrite).option("ignoreNullFields", "false").json(tmp.toString());
    try {
      FileSystem fs = dir.getFileSystem(spark.sparkContext().hadoopConfiguration());
      FileStatus[] parts = fs.globStatus(new Path(tmp, "part-*"));
      if (parts == null || parts.length == 0) {
        // An empty frame (e.g. no seller changed) may leave no part file: publish an empty export, not none.
        fs.create(new Path(dir, fileName), true).close();
        fs.delete(tmp, true);
        return;
      }
      if (parts.length != 1) {
        throw new IOException("expected one part file in " + tmp);
      }
      if (!fs.rename(parts[0].getPath(), new Path(dir, fileName))) {
        throw new IOException("could not move the export into place");
      }
      fs.delete(tmp, true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String fmt(long n) {
    return String.format(java.util.Locale.ROOT, "%,d", n);
  }
}
