package dev.sellertrust.report;

import static org.apache.spark.sql.functions.*;

import dev.sellertrust.changes.ChangeExport;
import dev.sellertrust.changes.ChangeFeed;
import dev.sellertrust.changes.Changes;
import dev.sellertrust.config.ConfigLoader;
import dev.sellertrust.io.OutputLayout;
import dev.sellertrust.io.SnapshotPublisher;
import dev.sellertrust.job.CodeVersion;
import dev.sellertrust.job.DatasetCounts;
import dev.sellertrust.job.RunRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a run's report.html into the run's staging area, so it is published (and replaced on reruns) atomically
 * with the snapshot's tables, as {@code reports/snapshot_date=D/report.html}.
 */
public final class RunReport {
  private static final Logger LOG = LoggerFactory.getLogger("dev.sellertrust.progress");

  private RunReport() {}

  /** The staged "table" name: the publisher moves {@code _staging/<run>/reports} to {@code reports/snapshot_date=D}. */
  public static final String TABLE = "reports";
  public static final String FILE = "report.html";

  public static Path publishedPath(String outputDir, LocalDate snapshot) {
    return new Path(new OutputLayout(outputDir).table(TABLE, snapshot), FILE);
  }

  /** Builds the report from the staged tables and writes it under the run's staging; returns its published path. */
  public static String writeStaged(SparkSession spark, RunRequest req, String runId, SnapshotPublisher publisher,
      Map<String, DatasetCounts> counts, Map<String, Long> timings) {
    String published = publishedPath(req.outputDir(), req.snapshotDate()).toString();
    ReportData.Meta meta = new ReportData.Meta(req.snapshotDate().toString(), runId, req.outputDir(), req.inputDir(),
        req.methodologyVersion(), CodeVersion.get(), org.apache.spark.package$.MODULE$.SPARK_VERSION(),
        System.getProperty("java.version"), Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
        ConfigLoader.toJson(req.config()), timings, new ArrayList<>(counts.values()), published);
    Function<String, String> staged = t -> publisher.stagedTable(runId, t).toString();
    ReportData.ChangeSummary changes = changeSummary(spark, req.outputDir(), req.snapshotDate(),
        new Path(publisher.stagedTable(runId, OutputLayout.EXPORTS), ChangeExport.FILE),
        req.config().output().exportChangePoints());
    ReportData data = ReportQueries.collect(spark, staged, meta, changes);
    Path target = new Path(publisher.stagedTable(runId, TABLE), FILE);
    write(spark, target, ReportHtml.render(data));
    LOG.info("report: {} (published with the snapshot)", published);
    return published;
  }

  /** Counts per change type from the feed file; null when the file is not there. */
  static ReportData.ChangeSummary changeSummary(SparkSession spark, String outputDir, LocalDate snapshot, Path feed,
      double points) {
    try {
      FileSystem fs = feed.getFileSystem(spark.sparkContext().hadoopConfiguration());
      if (!fs.exists(feed)) {
        return null;
      }
      List<ReportData.Count> byType = new ArrayList<>();
      if (fs.getFileStatus(feed).getLen() > 0) {
        for (Row r : spark.read().schema("change_types array<string>").json(feed.toString())
            .select(explode(col(Changes.CHANGE_TYPES)).as("t")).groupBy("t").count().orderBy("t").collectAsList()) {
          byType.add(new ReportData.Count(r.getString(0), r.getLong(1)));
        }
      }
      LocalDate prev = ChangeFeed.previousSnapshot(spark, outputDir, snapshot);
      return new ReportData.ChangeSummary(prev == null ? null : prev.toString(), points, byType);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void write(SparkSession spark, Path target, String html) {
    try {
      FileSystem fs = target.getFileSystem(spark.sparkContext().hadoopConfiguration());
      SnapshotPublisher.writeAtomically(fs, target, html);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
