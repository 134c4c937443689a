package dev.sellertrust.cli;

import dev.sellertrust.config.ConfigLoader;
import dev.sellertrust.config.JobConfig;
import dev.sellertrust.job.DatasetCounts;
import dev.sellertrust.job.RunRequest;
import dev.sellertrust.job.RunResult;
import dev.sellertrust.job.TrustScoreJob;
import java.io.PrintStream;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.HexFormat;
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

  @Override
  public Integer call() {
    JobConfig cfg = ConfigLoader.load(config);
    RunRequest req = request(input, output, snapshotDate, cfg);
    SparkSession spark = SparkSessions.create("seller-trust " + snapshotDate);
    RunResult result = TrustScoreJob.run(spark, req);
    printSummary(System.out, result);
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

  static void printSummary(PrintStream out, RunResult r) {
    out.println();
    out.println("Published snapshot " + r.snapshotDate() + " to " + r.outputDir());
    out.println("  sellers scored: " + r.sellersScored() + "  tiers: " + r.tiers());
    long quarantined = r.counts().values().stream().mapToLong(DatasetCounts::rowsQuarantined).sum();
    out.println("  rows quarantined: " + quarantined + (quarantined > 0 ? " (see quarantine/snapshot_date=" + r.snapshotDate() + ")" : ""));
    for (DatasetCounts c : r.counts().values()) {
      out.printf("    %-16s %s%n", c.dataset(), c.present()
          ? c.rowsRead() + " read, " + c.rowsAccepted() + " accepted, " + c.rowsQuarantined() + " quarantined"
          : "not provided");
    }
    out.println("  tables: seller_scores, seller_metrics, seller_evidence, seller_corridor_metrics, policy_clarity, quarantine");
    out.println("  export: " + r.outputDir() + "/exports/snapshot_date=" + r.snapshotDate() + "/seller_scores.jsonl");
    out.println("  manifest: " + r.manifestPath());
    out.printf("  time: %.1f s%n", r.timingsMillis().getOrDefault("total", 0L) / 1000.0);
  }
}
