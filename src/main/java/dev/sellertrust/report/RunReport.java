package dev.sellertrust.report;

import static org.apache.spark.sql.functions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sellertrust.changes.ChangeExport;
import dev.sellertrust.changes.ChangeFeed;
import dev.sellertrust.changes.Changes;
import dev.sellertrust.config.CodeVersion;
import dev.sellertrust.config.ConfigLoader;
import dev.sellertrust.config.RunRequest;
import dev.sellertrust.io.OutputLayout;
import dev.sellertrust.io.SnapshotPublisher;
import dev.sellertrust.quality.DatasetCounts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
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

  /**
   * Builds the report from the staged tables and writes it under the run's staging; returns its published path.
   *
   * @param figures per staged table (and {@link TableFigures#CHANGES} for the change feed), its figures as observed
   *     while it was written
   * @param stagedTable a staged table by name
   */
  public static String writeStaged(SparkSession spark, RunRequest req, String runId, SnapshotPublisher publisher,
      Map<String, DatasetCounts> counts, Map<String, Long> timings, Map<String, Map<String, Object>> figures,
      Function<String, Dataset<Row>> stagedTable) {
    String published = publishedPath(req.outputDir(), req.snapshotDate()).toString();
    ReportData.Meta meta = new ReportData.Meta(req.snapshotDate().toString(), runId, req.outputDir(), req.inputDir(),
        req.methodologyVersion(), CodeVersion.get(), org.apache.spark.package$.MODULE$.SPARK_VERSION(),
        System.getProperty("java.version"), Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
        ConfigLoader.toJson(req.config()), timings, new ArrayList<>(counts.values()), published);
    List<ReportData.Count> byType = changeCounts(figures.get(TableFigures.CHANGES));
    ReportData.ChangeSummary changes = byType != null
        ? changeSummary(spark, req.outputDir(), req.snapshotDate(), req.config().output().exportChangePoints(), byType)
        : changeSummary(spark, req.outputDir(), req.snapshotDate(),
            new Path(publisher.stagedTable(runId, OutputLayout.EXPORTS), ChangeExport.FILE),
            req.config().output().exportChangePoints());
    ReportData data = ReportQueries.collect(spark, stagedTable, meta, changes, req.config().themes(), figures);
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
      return changeSummary(spark, outputDir, snapshot, points, byType);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ReportData.ChangeSummary changeSummary(SparkSession spark, String outputDir, LocalDate snapshot,
      double points, List<ReportData.Count> byType) {
    LocalDate prev = ChangeFeed.previousSnapshot(spark, outputDir, snapshot);
    return new ReportData.ChangeSummary(prev == null ? null : prev.toString(), points, byType);
  }

  /**
   * Counts per change type, as the feed's figures counted them while it was written; null without figures, or when
   * the feed holds a type they do not list.
   */
  static List<ReportData.Count> changeCounts(Map<String, Object> feed) {
    if (feed == null) {
      return null;
    }
    List<ReportData.Count> byType = new ArrayList<>();
    long listed = 0;
    for (String t : TableFigures.CHANGE_TYPES) {
      long n = TableFigures.asLong(feed.get(TableFigures.changeType(t)));
      listed += n;
      if (n > 0) {
        byType.add(new ReportData.Count(t, n));
      }
    }
    return listed == TableFigures.asLong(feed.get(TableFigures.CHANGE_ENTRIES)) ? byType : null;
  }

  /**
   * Rewrites the report of an already published snapshot from its published tables and manifest, e.g. after
   * {@code trust-score backtest} wrote figures for that date. The file is replaced atomically.
   */
  public static String rewritePublished(SparkSession spark, String outputDir, LocalDate snapshot) {
    OutputLayout layout = new OutputLayout(outputDir);
    JsonNode m;
    Path manifest = layout.manifest(snapshot);
    try {
      FileSystem fs = manifest.getFileSystem(spark.sparkContext().hadoopConfiguration());
      try (java.io.InputStream in = fs.open(manifest)) {
        m = new ObjectMapper().readTree(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + manifest, e);
    }
    Map<String, DatasetCounts> counts = new LinkedHashMap<>();
    m.path("datasets").fields().forEachRemaining(e -> {
      JsonNode d = e.getValue();
      Map<String, Long> reasons = new LinkedHashMap<>();
      d.path("quarantined_by_reason").fields().forEachRemaining(r -> reasons.put(r.getKey(), r.getValue().asLong()));
      List<String> files = new ArrayList<>();
      d.path("files").forEach(f -> files.add(f.asText()));
      counts.put(e.getKey(), new DatasetCounts(e.getKey(), d.path("present").asBoolean(false),
          d.path("location").asText(null), d.path("format").asText(null), files, d.path("rows_read").asLong(0),
          d.path("rows_accepted").asLong(0), d.path("rows_quarantined").asLong(0), reasons));
    });
    Map<String, Long> timings = new LinkedHashMap<>();
    m.path("timings_ms").fields().forEachRemaining(t -> timings.put(t.getKey(), t.getValue().asLong()));
    String published = publishedPath(outputDir, snapshot).toString();
    ReportData.Meta meta = new ReportData.Meta(snapshot.toString(), m.path("run_id").asText(), outputDir,
        m.path("input_dir").asText(), m.path("methodology_version").asText(), m.path("code_version").asText(),
        m.path("spark_version").asText(), System.getProperty("java.version"),
        Instant.now().truncatedTo(ChronoUnit.SECONDS) + " (rewritten after the run)",
        m.path("config").toPrettyString(), timings, new ArrayList<>(counts.values()), published);
    double points = m.path("config").path("output").path("exportChangePoints").asDouble(Double.NaN);
    ReportData.ChangeSummary changes = changeSummary(spark, outputDir, snapshot,
        dev.sellertrust.changes.ChangeCounts.feedPath(outputDir, snapshot), points);
    ReportData data = ReportQueries.collect(spark, t -> spark.read().parquet(layout.table(t, snapshot).toString()),
        meta, changes, themesConfig(m.path("config").path("themes")), Map.of());
    write(spark, publishedPath(outputDir, snapshot), ReportHtml.render(data));
    return published;
  }

  /** The theme bar the run used, from its manifest's config; the defaults for what it does not say. */
  static dev.sellertrust.config.JobConfig.Themes themesConfig(JsonNode t) {
    dev.sellertrust.config.JobConfig.Themes d = ConfigLoader.defaults().themes();
    return new dev.sellertrust.config.JobConfig.Themes(t.path("minReviews").asInt(d.minReviews()),
        t.path("minRatio").asDouble(d.minRatio()), t.path("minExcess").asDouble(d.minExcess()),
        t.path("maxReasons").asInt(d.maxReasons()));
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
