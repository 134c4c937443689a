package dev.sellertrust.cli;

import dev.sellertrust.config.ConfigLoader;
import dev.sellertrust.config.JobConfig;
import dev.sellertrust.config.RunRequest;
import dev.sellertrust.io.OutputLayout;
import dev.sellertrust.job.RunResult;
import dev.sellertrust.job.TrustScoreJob;
import dev.sellertrust.quality.DatasetCounts;
import dev.sellertrust.spark.SparkSessions;
import java.io.PrintStream;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Score every seller for one snapshot date and publish the snapshot's tables.")
public final class RunCommand implements Callable<Integer> {

  @Option(names = "--input", required = true, paramLabel = "DIR",
      description = "Input directory (any Hadoop URI) holding sellers, orders and optional datasets.")
  String input;

  @Option(names = "--output", required = true, paramLabel = "DIR",
      description = "Output directory (any Hadoop URI); each snapshot is published under snapshot_date=D.")
  String output;

  @Option(names = "--snapshot-date", required = true, paramLabel = "YYYY-MM-DD",
      description = "The day the scores are as of; events after its end (UTC) are quarantined.")
  LocalDate snapshotDate;

  @Option(names = "--config", paramLabel = "FILE",
      description = "JSON config merged over jobs/config/default.json (local file).")
  Path config;

  @Option(names = "--full",
      description = "Recompute from all inputs instead of continuing the previous day's saved state.")
  boolean full;

  @Override
  public Integer call() {
    JobConfig cfg = ConfigLoader.load(config);
    RunRequest req = request(input, output, snapshotDate, cfg);
    SparkSession spark = SparkSessions.create("seller-trust " + snapshotDate);
    RunResult result = TrustScoreJob.run(spark, req, full);
    printSummary(System.out, result, spark.sparkContext().hadoopConfiguration());
    return ExitCodes.PUBLISHED;
  }

  static RunRequest request(String input, String output, LocalDate snapshot, JobConfig cfg) {
    String envName = cfg.privacy().buyerKeyEnv();
    String key = System.getenv(envName);
    boolean fromEnv = key != null && !key.isBlank();
    if (!fromEnv) {
      byte[] b = new byte[32];
      new SecureRandom().nextBytes(b);
      key = HexFormat.of().formatHex(b);
    }
    return new RunRequest(input, output, snapshot, cfg, ConfigLoader.methodologyVersion(cfg), key, fromEnv);
  }

  /** One screen: where it went, what came out, what was held back, what changed, how long it took. */
  static void printSummary(PrintStream out, RunResult r, org.apache.hadoop.conf.Configuration hadoop) {
    LocalDate snapshot = LocalDate.parse(r.snapshotDate());
    long total = r.timingsMillis().getOrDefault("total", 0L);
    out.println();
    out.printf(Locale.ROOT, "Published snapshot %s to %s in %.1f s%n", r.snapshotDate(), r.outputDir(), total / 1000.0);
    StringBuilder tiers = new StringBuilder();
    for (String t : dev.sellertrust.report.ReportQueries.TIER_ORDER) {
      tiers.append(tiers.length() == 0 ? "" : ", ").append(t).append(' ').append(n(r.tiers().getOrDefault(t, 0L)));
    }
    r.tiers().forEach((t, c) -> {
      if (!dev.sellertrust.report.ReportQueries.TIER_ORDER.contains(t)) {
        tiers.append(", ").append(t).append(' ').append(n(c));
      }
    });
    out.printf("  %-16s %s (%s)%n", "sellers scored", n(r.sellersScored()), tiers);
    out.printf("  %-16s %s%n", "computation", r.computation());
    long read = 0;
    long quarantined = 0;
    StringBuilder inputs = new StringBuilder();
    for (DatasetCounts c : r.counts().values()) {
      inputs.append(inputs.length() == 0 ? "" : ", ").append(c.dataset()).append(' ')
          .append(c.present() ? n(c.rowsRead()) : "not provided");
      read += c.rowsRead();
      quarantined += c.rowsQuarantined();
    }
    out.printf("  %-16s %s rows read: %s%n", "inputs", n(read), inputs);
    out.printf("  %-16s %s rows%s%n", "quarantined", n(quarantined),
        quarantined > 0 ? " (raw rows and reasons in quarantine/snapshot_date=" + r.snapshotDate() + ")" : "");
    for (DatasetCounts c : r.counts().values()) {
      if (c.rowsQuarantined() > 0) {
        out.printf("  %-16s   %s: %s %s%n", "", c.dataset(), n(c.rowsQuarantined()), c.quarantinedByReason());
      }
    }
    out.printf("  %-16s %s (under %s/<table>/snapshot_date=%s)%n", "tables",
        String.join(", ", written(hadoop, r.outputDir(), snapshot)), r.outputDir(), r.snapshotDate());
    out.printf("  %-16s %s%n", "changes", changes(hadoop, r.outputDir(), snapshot));
    out.printf("  %-16s %s%n", "report", dev.sellertrust.report.RunReport.publishedPath(r.outputDir(), snapshot));
    out.printf("  %-16s %s/exports/snapshot_date=%s/{seller_scores,changes}.jsonl%n", "exports", r.outputDir(), r.snapshotDate());
    out.printf("  %-16s %s%n", "manifest", r.manifestPath());
    StringBuilder stages = new StringBuilder();
    r.timingsMillis().entrySet().stream().filter(e -> !e.getKey().equals("total"))
        .sorted((a, b) -> Long.compare(b.getValue(), a.getValue())).limit(3)
        .forEach(e -> stages.append(stages.length() == 0 ? "" : ", ").append(e.getKey())
            .append(String.format(Locale.ROOT, " %.1f s", e.getValue() / 1000.0)));
    out.printf("  %-16s %s%n", "slowest stages", stages);
    out.printf("  %-16s %s (%s SQL executions, %s tasks)%n", "spark jobs", n(r.sparkWork().jobs()),
        n(r.sparkWork().sqlExecutions()), n(r.sparkWork().tasks()));
  }

  /** The tables this snapshot has (review_integrity only when its checks ran), in the order of the query views. */
  static List<String> written(org.apache.hadoop.conf.Configuration hadoop, String outputDir,
      LocalDate snapshot) {
    OutputLayout layout = new OutputLayout(outputDir);
    List<String> out = new ArrayList<>();
    for (String t : QueryCommand.TABLES) {
      if (QueryCommand.exists(hadoop, layout.table(t, snapshot))) {
        out.add(t);
      }
    }
    return out;
  }

  private static String changes(org.apache.hadoop.conf.Configuration hadoop, String outputDir, LocalDate snapshot) {
    try {
      dev.sellertrust.changes.ChangeCounts c = dev.sellertrust.changes.ChangeCounts.read(hadoop, outputDir, snapshot);
      if (c == null) {
        return "no change feed";
      }
      if (c.previousSnapshot() == null && c.lines() > 0) {
        return "first published snapshot: " + n(c.lines()) + " sellers listed as new";
      }
      if (c.lines() == 0) {
        return "no seller changed since the previous snapshot";
      }
      StringBuilder sb = new StringBuilder("since " + c.previousSnapshot() + ": " + n(c.lines()) + " sellers (");
      c.byType().forEach((t, k) -> sb.append(sb.charAt(sb.length() - 1) == '(' ? "" : ", ").append(t).append(' ').append(n(k)));
      return sb.append(")").toString();
    } catch (java.io.IOException e) {
      return "could not read the change feed: " + e.getMessage();
    }
  }

  private static String n(long v) {
    return String.format(Locale.ROOT, "%,d", v);
  }
}
