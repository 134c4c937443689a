package dev.sellertrust.cli;

import dev.sellertrust.report.RunReport;
import dev.sellertrust.spark.SparkSessions;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Rewrite a published snapshot's reports/snapshot_date=D/report.html from its published tables, "
        + "e.g. to include a backtest run after the job. Every run writes its report already.")
public final class ReportCommand implements Callable<Integer> {

  @Mixin SnapshotOptions snapshot;

  @Override
  public Integer call() {
    SparkSession spark = SparkSessions.createQuiet("seller-trust report");
    System.out.println("report: " + RunReport.rewritePublished(spark, snapshot.output, snapshot.resolve(spark)));
    return ExitCodes.PUBLISHED;
  }
}
