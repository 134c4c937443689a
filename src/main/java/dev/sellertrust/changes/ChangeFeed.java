package dev.sellertrust.changes;

import dev.sellertrust.io.OutputLayout;
import dev.sellertrust.io.PublishedSnapshots;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Finds the snapshot to compare against and builds the change feed's rows (the I/O edge of {@link Changes}). */
public final class ChangeFeed {
  private static final Logger LOG = LoggerFactory.getLogger("dev.sellertrust.progress");

  private ChangeFeed() {}

  /** The feed's rows and the snapshot they were compared with (null: first snapshot, every seller is new). */
  public record Feed(Dataset<Row> rows, LocalDate previous) {}

  /** The latest published snapshot strictly before {@code snapshot}: a rerun of D compares with D's predecessor. */
  public static LocalDate previousSnapshot(SparkSession spark, String outputDir, LocalDate snapshot) {
    LocalDate prev = null;
    for (LocalDate d : PublishedSnapshots.list(spark.sparkContext().hadoopConfiguration(), outputDir)) {
      if (d.isBefore(snapshot)) {
        prev = d;
      }
    }
    return prev;
  }

  public static Feed against(SparkSession spark, String outputDir, LocalDate snapshot, Dataset<Row> currentScores,
      double points) {
    LocalDate prev = previousSnapshot(spark, outputDir, snapshot);
    Dataset<Row> previous;
    if (prev == null) {
      LOG.info("change feed: no earlier published snapshot, every seller is listed as new");
      previous = spark.createDataFrame(new ArrayList<Row>(), currentScores.schema());
    } else {
      LOG.info("change feed: comparing with snapshot {} (moves above {} points)", prev, points);
      previous = spark.read().parquet(new OutputLayout(outputDir).table(OutputLayout.SELLER_SCORES, prev).toString());
    }
    Dataset<Row> rows = ChangeExport.toExport(Changes.between(previous, currentScores, points), snapshot, prev, points);
    return new Feed(rows, prev);
  }

  /** Counts per change type, for the run summary and the report. */
  public static List<Row> countsByType(Dataset<Row> feedRows) {
    return feedRows.select(org.apache.spark.sql.functions.explode(
            org.apache.spark.sql.functions.col(Changes.CHANGE_TYPES)).as("change_type"))
        .groupBy("change_type").count().orderBy("change_type").collectAsList();
  }
}
