package dev.sellertrust.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sellertrust.explain.ExplainText;
import dev.sellertrust.explain.SellerExplanation;
import dev.sellertrust.spark.SparkSessions;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "explain", mixinStandardHelpOptions = true,
    description = "Explain one seller's score: interval and tier, each component with its metrics against the peer "
        + "benchmark, the reasons, the return-policy facts with their evidence, and the score across published snapshots.")
public final class ExplainCommand implements Callable<Integer> {

  @Mixin SnapshotOptions snapshot;

  @Option(names = "--seller", required = true, paramLabel = "ID", description = "The seller id.")
  String seller;

  @Option(names = "--json", description = "Print JSON for machines instead of text.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    SparkSession spark = SparkSessions.createQuiet("seller-trust explain");
    ObjectNode e = SellerExplanation.explain(spark, snapshot.output, seller, snapshot.snapshotDate);
    if (json) {
      System.out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(e));
    } else {
      System.out.print(ExplainText.render(e));
    }
    return ExitCodes.PUBLISHED;
  }
}
