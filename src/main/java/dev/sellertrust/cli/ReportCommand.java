package dev.sellertrust.cli;

import dev.sellertrust.io.PublishedSnapshots;
import dev.sellertrust.report.RunReport;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Rewrite a published snapshot's reports/snapshot_date=D/report.html from its published tables, "
        + "e.g. to include a backtest run after the job. Every run writes its report already.")
public final class ReportCommand implements Callable<Integer> {

  @Option(names = "--output", required = true, paramLabel = "DIR", description = "The job's output directory.")
  String output;

  @Option(names = "--snapshot-date", paramLabel = "YYYY-MM-DD", description = "Snapshot (default: latest).")
  LocalDate snapshotDate;

  @Override
  public Integer call() {
    SparkSession spark = SparkSessions.createQuiet("seller-trust report");
    LocalDate snapshot = PublishedSnapshots.resolve(spark.sparkContext().hadoopConfiguration(), output, snapshotDate);
    System.out.println("report: " + RunReport.rewritePublished(spark, output, snapshot));
    return ExitCodes.PUBLISHED;
  }
}
