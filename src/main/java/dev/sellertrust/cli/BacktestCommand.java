package dev.sellertrust.cli;

import dev.sellertrust.config.ConfigLoader;
import dev.sellertrust.config.JobConfig;
import dev.sellertrust.config.RunRequest;
import dev.sellertrust.evaluation.Backtest;
import dev.sellertrust.evaluation.LaterRatingsBacktest;
import dev.sellertrust.io.OutputLayout;
import dev.sellertrust.io.SnapshotPublisher;
import dev.sellertrust.quality.AcceptedInputs;
import dev.sellertrust.quality.InputStage;
import dev.sellertrust.quality.ValidationContext;
import dev.sellertrust.score.EvidenceBands;
import dev.sellertrust.spark.SparkSessions;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "backtest", mixinStandardHelpOptions = true,
    description = "Score sellers on the data before --as-of and measure how well that ranks what happens to each seller "
        + "over the next --horizon-days: its order defect rate (as Amazon counts it, and seller-caused only), next to "
        + "two baselines (average rating, 60-day order defect rate), or with --outcome later_low_ratings its share of "
        + "1-2 star reviews, next to the average rating, the Bayesian rating and the order defect rate.")
public final class BacktestCommand implements Callable<Integer> {
  @Option(names = "--input", required = true, paramLabel = "DIR") String input;
  @Option(names = "--as-of", required = true, paramLabel = "YYYY-MM-DD") LocalDate asOf;
  @Option(names = "--horizon-days", defaultValue = "90", description = "Outcome window after --as-of (default: ${DEFAULT-VALUE}).") int horizonDays;
  @Option(names = "--min-future-orders", defaultValue = "20",
      description = "Sellers need this many orders in the horizon to be evaluated (default: ${DEFAULT-VALUE}).") int minFutureOrders;
  @Option(names = "--outcome", defaultValue = "order_defects", paramLabel = "order_defects|later_low_ratings",
      description = "What the ranking is checked against (default: ${DEFAULT-VALUE}). later_low_ratings needs only "
          + "reviews, for exports without returns or tickets.") String outcome;
  @Option(names = "--min-later-reviews", defaultValue = "3",
      description = "With later_low_ratings: sellers need this many reviews in the horizon (default: ${DEFAULT-VALUE}).")
  int minLaterReviews;
  @Option(names = "--config", paramLabel = "FILE") Path config;
  @Option(names = "--truth", paramLabel = "FILE",
      description = "Generated data only: the generator's seller_truth.csv; adds the hidden quality as a reference row.")
  Path truth;
  @Option(names = "--output", paramLabel = "DIR",
      description = "Writes backtests/as_of=D/backtest.parquet and backtest.txt under DIR.") String output;

  @Override
  public Integer call() throws Exception {
    if (!List.of("order_defects", LaterRatingsBacktest.OUTCOME).contains(outcome)) {
      throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
          "--outcome must be order_defects or " + LaterRatingsBacktest.OUTCOME + ", not '" + outcome + "'");
    }
    JobConfig cfg = ConfigLoader.load(config);
    RunRequest req = RunCommand.request(input, output, asOf, cfg);
    SparkSession spark = SparkSessions.createQuiet("seller-trust backtest " + asOf);
    LocalDate end = asOf.plusDays(horizonDays);
    ValidationContext ctx = ValidationContext.of(end, cfg.quality(), req.buyerKey());
    AcceptedInputs all = AcceptedInputs.of(InputStage.run(spark, input, ctx));
    if (LaterRatingsBacktest.OUTCOME.equals(outcome)) {
      Dataset<Row> result = LaterRatingsBacktest.run(spark, all, req, horizonDays, minLaterReviews).cache();
      String text = LaterRatingsBacktest.summary(result.collectAsList());
      System.out.print(text);
      if (output != null) {
        org.apache.hadoop.fs.Path dir = new OutputLayout(output).backtest(asOf);
        result.coalesce(1).write().mode(SaveMode.Overwrite)
            .parquet(new org.apache.hadoop.fs.Path(dir, OutputLayout.LATER_RATINGS_FILE).toString());
        FileSystem fs = dir.getFileSystem(spark.sparkContext().hadoopConfiguration());
        SnapshotPublisher.writeAtomically(fs, new org.apache.hadoop.fs.Path(dir, OutputLayout.LATER_RATINGS_TEXT_FILE),
            text);
        System.out.println("written to " + dir);
      }
      return ExitCodes.PUBLISHED;
    }
    Dataset<Row> truthRows = truth == null ? null
        : spark.read().option("header", "true").csv(truth.toString()).select("seller_id", "true_quality");
    Backtest.Result backtest = Backtest.run(spark, all, req, horizonDays, minFutureOrders, truthRows);
    Dataset<Row> result = backtest.methods().cache();
    Row checks = backtest.checks().collectAsList().get(0);
    String text = summary(result.collectAsList()) + checksSummary(checks);
    System.out.print(text);
    if (output != null) {
      org.apache.hadoop.fs.Path dir = new OutputLayout(output).backtest(asOf);
      result.coalesce(1).write().mode(SaveMode.Overwrite)
          .parquet(new org.apache.hadoop.fs.Path(dir, OutputLayout.BACKTEST_FILE).toString());
      backtest.checks().coalesce(1).write().mode(SaveMode.Overwrite)
          .parquet(new org.apache.hadoop.fs.Path(dir, OutputLayout.BACKTEST_CHECKS_FILE).toString());
      FileSystem fs = dir.getFileSystem(spark.sparkContext().hadoopConfiguration());
      SnapshotPublisher.writeAtomically(fs, new org.apache.hadoop.fs.Path(dir, OutputLayout.BACKTEST_TEXT_FILE), text);
      System.out.println("written to " + dir);
    }
    return ExitCodes.PUBLISHED;
  }

  static String checksSummary(Row c) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "Ranking of all %d scored sellers as of %s:%n", c.<Long>getAs("scored_sellers"),
        c.getAs("as_of")));
    if (c.getAs("thin_share") != null) {
      sb.append(String.format(Locale.ROOT,
          "  sellers with fewer than %d orders: %.1f%% of all, %.1f%% of the top tenth, %.1f%% of the bottom tenth%n",
          EvidenceBands.THIN_ORDERS, 100 * c.<Double>getAs("thin_share"), 100 * c.<Double>getAs("thin_share_top_decile"),
          100 * c.<Double>getAs("thin_share_bottom_decile")));
    }
    if (c.getAs("spearman_hidden_quality_established") != null) {
      sb.append(String.format(Locale.ROOT,
          "  sellers with %d+ orders (%d): Spearman with the hidden quality %.3f (average rating %.3f)%n",
          EvidenceBands.ESTABLISHED_ORDERS, c.<Long>getAs("established_sellers"),
          c.<Double>getAs("spearman_hidden_quality_established"),
          c.<Double>getAs("spearman_hidden_quality_established_average_rating")));
    }
    return sb.toString();
  }

  static String summary(List<Row> rows) {
    StringBuilder sb = new StringBuilder();
    Row first = rows.get(0);
    sb.append(String.format(Locale.ROOT, "Backtest as of %s, outcome: order defect rate over the next %d days%n",
        first.getAs("as_of"), first.<Integer>getAs("horizon_days")));
    sb.append(String.format(Locale.ROOT, "sellers evaluated: %d (at least %d orders in the horizon)%n",
        first.<Long>getAs("sellers"), first.<Integer>getAs("min_future_orders")));
    boolean truth = rows.stream().anyMatch(r -> r.getAs("spearman_hidden_quality") != null);
    sb.append(String.format(Locale.ROOT, "%-24s %30s %30s%s%n", "", "order defect rate", "seller-caused defect rate",
        truth ? String.format(Locale.ROOT, " %16s", "hidden quality") : ""));
    sb.append(String.format(Locale.ROOT, "%-24s %12s %17s %12s %17s%s%n", "method", "spearman", "auc_worst_decile",
        "spearman", "auc_worst_decile", truth ? String.format(Locale.ROOT, " %16s", "spearman") : ""));
    boolean componentsHeader = false;
    for (Row r : rows) {
      if (!componentsHeader && Backtest.COMPONENTS.contains(r.getString(0))) {
        componentsHeader = true;
        sb.append("components of trust_score, each ranked alone (a seller without evidence of its own gets the others'")
            .append(" average):").append(System.lineSeparator());
      }
      sb.append(String.format(Locale.ROOT, "%-24s %12.3f %17.3f %12.3f %17.3f%s%n", r.getString(0),
          r.<Double>getAs("spearman"), r.<Double>getAs("auc_worst_decile"), r.<Double>getAs("spearman_seller_caused"),
          r.<Double>getAs("auc_worst_decile_seller_caused"),
          truth ? String.format(Locale.ROOT, " %16.3f", r.<Double>getAs("spearman_hidden_quality")) : ""));
    }
    sb.append("seller-caused: the same defects less 1-2 star reviews of orders that arrived late or were returned as")
        .append(" damaged in transit, late or changed mind (see docs/METHODOLOGY.md)").append(System.lineSeparator());
    return sb.toString();
  }
}
