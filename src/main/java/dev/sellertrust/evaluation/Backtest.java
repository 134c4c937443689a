package dev.sellertrust.evaluation;

import static org.apache.spark.sql.functions.*;

import dev.sellertrust.config.RunRequest;
import dev.sellertrust.io.Col;
import dev.sellertrust.io.InputContract;
import dev.sellertrust.job.TrustScoreJob;
import dev.sellertrust.metrics.MetricCols;
import dev.sellertrust.metrics.MetricParams;
import dev.sellertrust.metrics.OrderDefects;
import dev.sellertrust.metrics.OrderFacts;
import dev.sellertrust.metrics.ReturnMetrics;
import dev.sellertrust.metrics.ReviewMetrics;
import dev.sellertrust.metrics.ServiceMetrics;
import dev.sellertrust.quality.AcceptedInputs;
import dev.sellertrust.score.EvidenceBands;
import dev.sellertrust.score.OutputCols;
import dev.sellertrust.score.RankCorrelation;
import dev.sellertrust.spark.Checkpoints;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.StructType;

/**
 * Does the score predict? Scores sellers on the data as it stood at the end of {@code asOf} and compares the ranking
 * with what happened in the next {@code horizonDays}: each seller's order defect rate over orders placed in the
 * horizon. Two baselines run on the same sellers: the plain average rating and an Amazon-style 60-day order defect
 * rate, both as of the same day.
 *
 * <p>Two outcomes are ranked. The order defect rate as Amazon counts it, and the seller-caused defect rate: the same
 * defects less the 1-2 star reviews of orders that arrived late or went back for a logistics reason or a change of
 * mind. The first counts carrier delays and buyer's remorse against the seller, which the score deliberately does not
 * (docs/METHODOLOGY.md, attribution); a method can rank it well by copying that unfairness, so both are reported.
 */
public final class Backtest {
  private Backtest() {}

  public static final StructType SCHEMA = StructType.fromDDL(
      "method STRING, sellers BIGINT, spearman DOUBLE, auc_worst_decile DOUBLE, as_of DATE, horizon_days INT,"
          + " min_future_orders INT, methodology_version STRING, spearman_seller_caused DOUBLE,"
          + " auc_worst_decile_seller_caused DOUBLE, spearman_hidden_quality DOUBLE");
  public static final StructType CHECKS_SCHEMA = StructType.fromDDL(
      "as_of DATE, scored_sellers BIGINT, thin_sellers BIGINT, thin_share DOUBLE, thin_share_top_decile DOUBLE,"
          + " thin_share_bottom_decile DOUBLE, established_sellers BIGINT, spearman_hidden_quality_established DOUBLE,"
          + " spearman_hidden_quality_established_average_rating DOUBLE");

  public static final String TRUST_SCORE = "trust_score";
  public static final String AVG_RATING = "average_rating";
  public static final String ODR_60D = "order_defect_rate_60d";
  /** Only on generated data: the generator's hidden quality, as a reference for what a perfect score would reach. */
  public static final String HIDDEN_QUALITY = "hidden_quality";
  /** The score's components, ranked on their own as a diagnostic: which behaviours forecast the outcome on this data. */
  public static final List<String> COMPONENTS = OutputCols.COMPONENTS;

  /** Return reasons that are not the seller's doing: a low review of such an order is not a seller-caused defect. */
  static final List<String> NOT_SELLER_CAUSED = ReviewMetrics.EXCUSED_RETURN_REASONS;
  private static final String SELLER_DEFECT = "seller_defect";

  /**
   * Per-seller predictions and outcomes, one row per seller with enough future orders.
   *
   * @param components in the order of {@link #COMPONENTS}, each already filled where the seller had no evidence of
   *     its own; null for a component no evaluated seller has
   */
  public record SellerOutcome(String sellerId, double trustScore, double avgRating, double odr60, double futureOdr,
      double futureSellerOdr, Double hiddenQuality, List<Double> components) {}

  /**
   * @param methods one row per method, {@link #SCHEMA}
   * @param checks one row, {@link #CHECKS_SCHEMA}: the ranking's own checks over every scored seller
   */
  public record Result(Dataset<Row> methods, Dataset<Row> checks) {}

  public static Result run(SparkSession spark, AcceptedInputs all, RunRequest req, int horizonDays,
      int minFutureOrders) {
    return run(spark, all, req, horizonDays, minFutureOrders, null);
  }

  /** @param truth seller_id, true_quality (the generator's seller_truth.csv), or null */
  public static Result run(SparkSession spark, AcceptedInputs all, RunRequest req, int horizonDays,
      int minFutureOrders, Dataset<Row> truth) {
    LocalDate asOf = req.snapshotDate();
    LocalDate end = asOf.plusDays(horizonDays);
    AcceptedInputs past = AsOfView.of(all, asOf);
    List<String> scoreColumns = new ArrayList<>(List.of(MetricCols.SELLER_ID, TRUST_SCORE));
    scoreColumns.addAll(COMPONENTS);
    Dataset<Row> scores = Checkpoints.onDisk(TrustScoreJob.compute(past, req).scores()
        .select(scoreColumns.stream().map(c -> col(c)).toArray(org.apache.spark.sql.Column[]::new)));

    Dataset<Row> future = defects(AsOfView.of(all, end), new MetricParams(end, req.config()))
        .filter(col(MetricCols.ORDER_DATE).gt(lit(java.sql.Date.valueOf(asOf))).and(col(OrderFacts.COUNTS)))
        .groupBy(MetricCols.SELLER_ID)
        .agg(count(lit(1)).as("future_orders"), avg(col(OrderDefects.DEFECT).cast("double")).as("future_odr"),
            avg(col(SELLER_DEFECT).cast("double")).as("future_seller_odr"));
    Dataset<Row> odr60 = defects(past, new MetricParams(asOf, req.config()))
        .filter(col(MetricCols.ORDER_DATE).gt(lit(java.sql.Date.valueOf(asOf.minusDays(60)))).and(col(OrderFacts.COUNTS)))
        .groupBy(MetricCols.SELLER_ID)
        .agg(avg(col(OrderDefects.DEFECT).cast("double")).as("odr60"));
    Dataset<Row> pastReviews = past.accepted(InputContract.REVIEWS);
    Dataset<Row> rating = pastReviews == null
        ? scores.select(col(MetricCols.SELLER_ID), lit(null).cast("double").as("avg_rating"))
        : pastReviews.groupBy(Col.SELLER_ID).agg(avg(col(Col.Reviews.RATING).cast("double")).as("avg_rating"));
    Dataset<Row> quality = truth == null
        ? scores.select(col(MetricCols.SELLER_ID), lit(null).cast("double").as("true_quality"))
        : truth.select(col(MetricCols.SELLER_ID), col("true_quality").cast("double"));
    // Per-seller rows only (never per-order): the evaluation needs ranks over all sellers at once.
    List<String> evaluated = new ArrayList<>(
        List.of(MetricCols.SELLER_ID, TRUST_SCORE, "avg_rating", "odr60", "future_odr", "future_seller_odr", "true_quality"));
    evaluated.addAll(COMPONENTS);
    List<Row> rows = future.filter(col("future_orders").geq(minFutureOrders))
        .join(scores, MetricCols.SELLER_ID)
        .join(rating, new String[] {MetricCols.SELLER_ID}, "left")
        .join(odr60, new String[] {MetricCols.SELLER_ID}, "left")
        .join(quality, new String[] {MetricCols.SELLER_ID}, "left")
        .select(evaluated.stream().map(c -> col(c)).toArray(org.apache.spark.sql.Column[]::new))
        .orderBy(MetricCols.SELLER_ID)
        .collectAsList();
    List<SellerOutcome> outcomes = new ArrayList<>();
    double ratingFill = fill(rows, 2, 3.0);
    double odrFill = fill(rows, 3, 0.0);
    int first = evaluated.size() - COMPONENTS.size();
    double[] componentFill = new double[COMPONENTS.size()];
    for (int k = 0; k < componentFill.length; k++) {
      componentFill[k] = fill(rows, first + k, Double.NaN); // NaN: no evaluated seller has it (its dataset is absent)
    }
    for (Row r : rows) {
      // A baseline without data for a seller gets the average of the others: no information, no advantage. So does a
      // component the seller has no evidence of its own for (published as null; the score uses its peers' prior).
      List<Double> components = new ArrayList<>();
      for (int k = 0; k < componentFill.length; k++) {
        if (Double.isNaN(componentFill[k])) {
          components.add(null);
        } else {
          components.add(r.isNullAt(first + k) ? componentFill[k] : r.getDouble(first + k));
        }
      }
      outcomes.add(new SellerOutcome(r.getString(0), r.getDouble(1), r.isNullAt(2) ? ratingFill : r.getDouble(2),
          r.isNullAt(3) ? odrFill : r.getDouble(3), r.getDouble(4), r.getDouble(5), r.isNullAt(6) ? null : r.getDouble(6),
          components));
    }
    Dataset<Row> methods = spark.createDataFrame(evaluate(outcomes, req, horizonDays, minFutureOrders), SCHEMA);
    Dataset<Row> pastOrders = past.accepted(InputContract.ORDERS).groupBy(Col.SELLER_ID).agg(count(lit(1)).as("past_orders"));
    List<Row> scored = scores.filter(col(TRUST_SCORE).isNotNull())
        .join(pastOrders, new String[] {MetricCols.SELLER_ID}, "left")
        .join(rating, new String[] {MetricCols.SELLER_ID}, "left")
        .join(quality, new String[] {MetricCols.SELLER_ID}, "left")
        .select(col(MetricCols.SELLER_ID), col(TRUST_SCORE), coalesce(col("past_orders"), lit(0L)), col("avg_rating"),
            col("true_quality"))
        .orderBy(MetricCols.SELLER_ID)
        .collectAsList();
    List<ScoredSeller> sellers = new ArrayList<>();
    for (Row r : scored) {
      sellers.add(new ScoredSeller(r.getString(0), r.getDouble(1), r.getLong(2), r.isNullAt(3) ? null : r.getDouble(3),
          r.isNullAt(4) ? null : r.getDouble(4)));
    }
    return new Result(methods, spark.createDataFrame(List.of(checks(sellers, asOf)), CHECKS_SCHEMA));
  }

  /** A seller with a score as of the as-of date, whatever its future orders. */
  record ScoredSeller(String sellerId, double trustScore, long pastOrders, Double avgRating, Double hiddenQuality) {
    boolean thin() {
      return pastOrders < EvidenceBands.THIN_ORDERS;
    }
  }

  /**
   * Where thin sellers land in the ranking (their share of the top and bottom tenth against their share of all
   * scored sellers; shrinkage should keep them out of both ends), and, on generated data, how the score of every
   * established seller ranks with the hidden quality, next to the plain average rating's ranking.
   */
  static Row checks(List<ScoredSeller> sellers, LocalDate asOf) {
    int n = sellers.size();
    List<ScoredSeller> byScore = new ArrayList<>(sellers);
    byScore.sort(java.util.Comparator.comparingDouble(ScoredSeller::trustScore).thenComparing(ScoredSeller::sellerId));
    int tenth = (int) Math.ceil(n * 0.1);
    long thin = sellers.stream().filter(ScoredSeller::thin).count();
    Double top = n == 0 ? null : thinShare(byScore.subList(n - tenth, n));
    Double bottom = n == 0 ? null : thinShare(byScore.subList(0, tenth));
    List<ScoredSeller> established = sellers.stream()
        .filter(s -> s.pastOrders() >= EvidenceBands.ESTABLISHED_ORDERS && s.hiddenQuality() != null).toList();
    Double scoreVsQuality = null;
    Double ratingVsQuality = null;
    if (established.size() >= 3) {
      double[] quality = established.stream().mapToDouble(ScoredSeller::hiddenQuality).toArray();
      double ratingFill = established.stream().filter(s -> s.avgRating() != null).mapToDouble(ScoredSeller::avgRating)
          .average().orElse(3.0);
      scoreVsQuality = RankCorrelation.spearman(established.stream().mapToDouble(ScoredSeller::trustScore).toArray(),
          quality);
      ratingVsQuality = RankCorrelation.spearman(established.stream()
          .mapToDouble(s -> s.avgRating() == null ? ratingFill : s.avgRating()).toArray(), quality);
    }
    return new GenericRowWithSchema(new Object[] {java.sql.Date.valueOf(asOf), (long) n, thin,
        n == 0 ? null : (double) thin / n, top, bottom, (long) established.size(), scoreVsQuality, ratingVsQuality},
        CHECKS_SCHEMA);
  }

  private static double thinShare(List<ScoredSeller> group) {
    return group.isEmpty() ? 0.0 : (double) group.stream().filter(ScoredSeller::thin).count() / group.size();
  }

  /** The mean of column {@code i} over the rows where it is not null, or {@code none} when it is null everywhere. */
  private static double fill(List<Row> rows, int i, double none) {
    return rows.stream().filter(r -> !r.isNullAt(i)).mapToDouble(r -> r.getDouble(i)).average().orElse(none);
  }

  /** One row per method: how its ranking agrees with each outcome (higher goodness = fewer later defects). */
  static List<Row> evaluate(List<SellerOutcome> outcomes, RunRequest req, int horizonDays, int minFutureOrders) {
    double[] bad = outcomes.stream().mapToDouble(o -> -o.futureOdr()).toArray();
    double[] sellerBad = outcomes.stream().mapToDouble(o -> -o.futureSellerOdr()).toArray();
    boolean known = !outcomes.isEmpty() && outcomes.stream().allMatch(o -> o.hiddenQuality() != null);
    double[] quality = known ? outcomes.stream().mapToDouble(SellerOutcome::hiddenQuality).toArray() : null;
    List<Row> table = new ArrayList<>();
    table.add(result(TRUST_SCORE, outcomes.stream().mapToDouble(SellerOutcome::trustScore).toArray(), bad, sellerBad, quality,
        req, horizonDays, minFutureOrders));
    table.add(result(AVG_RATING, outcomes.stream().mapToDouble(SellerOutcome::avgRating).toArray(), bad, sellerBad, quality,
        req, horizonDays, minFutureOrders));
    table.add(result(ODR_60D, outcomes.stream().mapToDouble(o -> -o.odr60()).toArray(), bad, sellerBad, quality,
        req, horizonDays, minFutureOrders));
    if (known) {
      table.add(result(HIDDEN_QUALITY, quality, bad, sellerBad, quality, req, horizonDays, minFutureOrders));
    }
    for (int k = 0; k < COMPONENTS.size(); k++) {
      int at = k;
      if (outcomes.isEmpty() || outcomes.get(0).components().get(at) == null) {
        continue;
      }
      table.add(result(COMPONENTS.get(k), outcomes.stream().mapToDouble(o -> o.components().get(at)).toArray(), bad,
          sellerBad, quality, req, horizonDays, minFutureOrders));
    }
    return table;
  }

  private static Row result(String method, double[] goodness, double[] futureGoodness, double[] futureSellerGoodness,
      double[] hiddenQuality, RunRequest req, int horizon, int min) {
    return RowFactory.create(method, (long) goodness.length, RankCorrelation.spearman(goodness, futureGoodness),
        aucWorstDecile(goodness, futureGoodness), java.sql.Date.valueOf(req.snapshotDate()), horizon, min,
        req.methodologyVersion(), RankCorrelation.spearman(goodness, futureSellerGoodness),
        aucWorstDecile(goodness, futureSellerGoodness),
        hiddenQuality == null ? null : RankCorrelation.spearman(goodness, hiddenQuality));
  }

  /**
   * AUC of finding the worst decile (the 10% of sellers with the highest future defect rate) by ranking on the
   * prediction: the probability that a worst-decile seller is ranked below another seller (ties count half).
   */
  static double aucWorstDecile(double[] goodness, double[] futureGoodness) {
    int n = goodness.length;
    if (n < 10) {
      return Double.NaN;
    }
    double[] sorted = futureGoodness.clone();
    Arrays.sort(sorted);
    double cut = sorted[Math.max(0, (int) Math.ceil(n * 0.1) - 1)];
    List<Double> pos = new ArrayList<>();
    List<Double> neg = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      (futureGoodness[i] <= cut ? pos : neg).add(goodness[i]);
    }
    if (pos.isEmpty() || neg.isEmpty()) {
      return Double.NaN;
    }
    double wins = 0;
    for (double p : pos) {
      for (double q : neg) {
        wins += p < q ? 1 : p == q ? 0.5 : 0;
      }
    }
    return wins / ((double) pos.size() * neg.size());
  }

  /** Order facts with the defect flag and the seller-caused defect flag. */
  private static Dataset<Row> defects(AcceptedInputs in, MetricParams p) {
    Dataset<Row> sellers = in.accepted(InputContract.SELLERS);
    Dataset<Row> orderFacts = OrderFacts.prepare(in.accepted(InputContract.ORDERS), sellers, p);
    Dataset<Row> reviews = in.accepted(InputContract.REVIEWS);
    Dataset<Row> returns = in.accepted(InputContract.RETURNS);
    Dataset<Row> tickets = in.accepted(InputContract.SERVICE_TICKETS);
    Dataset<Row> orderKeys = OrderFacts.keys(in.accepted(InputContract.ORDERS));
    Dataset<Row> reviewFacts = reviews == null ? null : ReviewMetrics.prepare(reviews, orderKeys, null, p);
    Dataset<Row> returnFacts = returns == null ? null : ReturnMetrics.prepare(returns, orderFacts, null, p);
    Dataset<Row> ticketFacts = tickets == null ? null : ServiceMetrics.prepare(tickets, orderKeys, p);
    Dataset<Row> all = OrderDefects.flagged(orderFacts, reviewFacts, returnFacts, ticketFacts);
    if (reviewFacts == null) {
      return all.withColumn(SELLER_DEFECT, col(OrderDefects.DEFECT));
    }
    // The same defect definition, fed only the reviews of orders that neither arrived late nor went back for a reason
    // outside the seller's control.
    Dataset<Row> excused = orderFacts.filter(col(OrderFacts.LATE)).select(col(Col.ORDER_ID));
    if (returnFacts != null) {
      excused = excused.union(
          returnFacts.filter(col(Col.Returns.REASON).isin(NOT_SELLER_CAUSED.toArray())).select(col(Col.ORDER_ID)));
    }
    Dataset<Row> sellerReviews = reviewFacts.join(excused.distinct().withColumnRenamed(Col.ORDER_ID, "_excused"),
        col(Col.ORDER_ID).equalTo(col("_excused")), "left_anti");
    Dataset<Row> sellerFlag = OrderDefects.flagged(orderFacts, sellerReviews, returnFacts, ticketFacts)
        .select(col(Col.ORDER_ID).as("_o"), col(OrderDefects.DEFECT).as(SELLER_DEFECT));
    return all.join(sellerFlag, col(Col.ORDER_ID).equalTo(col("_o"))).drop("_o");
  }
}
