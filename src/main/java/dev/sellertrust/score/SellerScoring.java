package dev.sellertrust.score;

import static org.apache.spark.sql.functions.*;

import dev.sellertrust.config.JobConfig;
import dev.sellertrust.metrics.Metric;
import dev.sellertrust.metrics.MetricCols;
import dev.sellertrust.spark.Materialise;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Combines posteriors into components, the trust score, its credible interval, tier and reasons (docs/METHODOLOGY.md).
 * Every sub-score is 100 * (1 - rate / zeroPoint), clamped to 0-100, on the posterior rate; a component is the
 * weighted mean of its sub-scores, the score the weighted mean of the available components. Variances add with the
 * squared weights (sub-metrics treated as independent), which the interval then turns into bounds.
 */
public final class SellerScoring {
  private SellerScoring() {}

  public record Result(Dataset<Row> scores, Dataset<Row> metrics) {}

  static final List<String> BINOMIAL_METRICS =
      List.of(Metric.NEGATIVE_REVIEW, Metric.SELLER_RETURN, Metric.ANY_RETURN, Metric.REJECTION,
          Metric.IN_POLICY_REJECTION, Metric.LATE_RETURN_RESPONSE, Metric.SLOW_REFUND, Metric.DISSATISFIED_RETURN,
          Metric.SLOW_RESPONSE, Metric.UNANSWERED, Metric.LATE_DELIVERY, Metric.DELIVERY_COMPLAINT, Metric.ORDER_DEFECT,
          Metric.POLICY_MISMATCH);

  /**
   * The per-seller frame with scores, intervals, tiers and reasons, which both published tables ({@link #tables}) read.
   *
   * @param materialise how the joined per-seller frame is materialised every few joins and between the steps
   */
  public static Dataset<Row> scored(ScoringInputs in, JobConfig cfg, Materialise materialise) {
    Dataset<Row> base = in.sellers().select(col(MetricCols.SELLER_ID)).join(in.peers(), MetricCols.SELLER_ID);
    base = base.join(widePosteriors(in.posteriors()), new String[] {MetricCols.SELLER_ID}, "left");
    base = leftJoin(base, in.orderSummary());
    base = leftJoin(base, in.reviewSummary());
    // Materialised every few joins: once the per-seller tables are too big to broadcast (600k sellers), every join
    // of the chain is a sort-merge join in one stage, and each of its sorters holds at least a memory page for the
    // whole task; ten of them with the pivot's aggregation left a task no memory in a 2 GB heap (docs/BENCHMARKS.md).
    base = materialise.apply(base);
    base = leftJoin(base, in.returnSummary());
    base = leftJoin(base, in.ticketSummary());
    base = leftJoin(base, in.responseTimes());
    base = materialise.apply(base);
    base = leftJoin(base, in.refundTimes());
    base = leftJoin(base, in.ratings());
    base = leftJoin(base, in.policies());

    return EvidenceFloorBand.apply(new Components(cfg, in).apply(base, materialise), cfg);
  }

  /** The seller_scores and seller_metrics rows from the per-seller frame of {@link #scored}. */
  public static Result tables(Dataset<Row> scored, String methodologyVersion) {
    Dataset<Row> scores =
        scored.select(
            col(MetricCols.SELLER_ID),
            round(col("score"), 2).as(OutputCols.TRUST_SCORE),
            round(col("score_low"), 2).as(OutputCols.TRUST_SCORE_LOW),
            round(col("score_high"), 2).as(OutputCols.TRUST_SCORE_HIGH),
            col(OutputCols.TIER),
            col(OutputCols.PROVISIONAL),
            round(col(OutputCols.EVIDENCE_SHARE), 3).as(OutputCols.EVIDENCE_SHARE),
            round(col(OutputCols.REVIEW_COMPONENT), 2).as(OutputCols.REVIEW_COMPONENT),
            round(col(OutputCols.RETURNS_COMPONENT), 2).as(OutputCols.RETURNS_COMPONENT),
            round(col(OutputCols.SERVICE_COMPONENT), 2).as(OutputCols.SERVICE_COMPONENT),
            round(col(OutputCols.DELIVERY_COMPONENT), 2).as(OutputCols.DELIVERY_COMPONENT),
            round(col(OutputCols.POLICY_COMPONENT), 2).as(OutputCols.POLICY_COMPONENT),
            coalesce(col("n_orders"), lit(0L)).as(OutputCols.N_ORDERS),
            coalesce(col("n_reviews"), lit(0L)).as(OutputCols.N_REVIEWS),
            coalesce(col("n_returns"), lit(0L)).as(OutputCols.N_RETURNS),
            coalesce(col("n_tickets"), lit(0L)).as(OutputCols.N_TICKETS),
            col(OutputCols.REASONS),
            col(ScoreCols.PEER_GROUP).as(OutputCols.PEER_GROUP),
            lit(methodologyVersion).as(OutputCols.METHODOLOGY_VERSION));
    Dataset<Row> metrics =
        scored.select(
            col(MetricCols.SELLER_ID),
            col(ScoreCols.PEER_GROUP),
            coalesce(col("n_orders"), lit(0L)).as("n_orders"),
            col("avg_rating"),
            col(RatingPosteriors.POST_RATING).as("bayes_rating"),
            col(RatingPosteriors.PEER_RATING).as("peer_rating"),
            col(RatingPosteriors.RATING_PRIOR_STRENGTH),
            observed(Metric.NEGATIVE_REVIEW).as("negative_review_rate"),
            observed(Metric.ANY_RETURN).as("return_rate"),
            observed(Metric.SELLER_RETURN).as("seller_return_rate"),
            observed(Metric.REJECTION).as("return_rejection_rate"),
            observed(Metric.IN_POLICY_REJECTION).as("in_policy_rejection_rate"),
            observed(Metric.LATE_RETURN_RESPONSE).as("late_return_response_rate"),
            observed(Metric.DISSATISFIED_RETURN).as("dissatisfied_return_rate"),
            col("refund_time_p50_hours"),
            observed(Metric.SLOW_REFUND).as("slow_refund_rate"),
            col("first_response_p50_hours"),
            col("first_response_p90_hours"),
            lit(1.0).minus(observed(Metric.SLOW_RESPONSE)).as("response_within_24h_rate"),
            observed(Metric.UNANSWERED).as("unanswered_rate"),
            col("refund_share"),
            col("exchange_share"),
            col("replacement_share"),
            observed(Metric.LATE_DELIVERY).as("late_delivery_rate"),
            when(col(Metric.LATE_DELIVERY + "_trials").gt(0),
                col(Metric.LATE_DELIVERY + "_expected").divide(col(Metric.LATE_DELIVERY + "_trials")))
                .as("corridor_late_delivery_rate"),
            observed(Metric.ORDER_DEFECT).as("order_defect_rate"),
            col(Metric.ORDER_DEFECT + "_buyers").as("order_defect_buyers"),
            col("clarity_score").as("policy_clarity_score"),
            observed(Metric.POLICY_MISMATCH).as("policy_mismatch_rate"),
            col("window_checkable").as("policy_window_checkable"),
            col("window_breaches").as("policy_window_breaches"),
            col("timeline_checkable").as("refund_timeline_checkable"),
            col("timeline_breaches").as("refund_timeline_breaches"),
            col("deduction_checkable").as("free_return_refunds_checkable"),
            col("deductions").as("free_return_refund_deductions"),
            col("exchange_promised_never_granted"),
            lit(methodologyVersion).as(OutputCols.METHODOLOGY_VERSION));
    return new Result(scores, metrics);
  }

  /** The time-weighted observed rate bad / trials (null without trials). */
  static Column observed(String metric) {
    return when(col(metric + "_trials").gt(0), col(metric + "_bad").divide(col(metric + "_trials")));
  }

  private static Dataset<Row> widePosteriors(Dataset<Row> posteriors) {
    List<Column> aggs = new ArrayList<>();
    aggs.add(first(col(ScoreCols.PEER_GROUP)).as("_any_group"));
    for (String m : BINOMIAL_METRICS) {
      Column is = col(MetricCols.METRIC).equalTo(m);
      aggs.add(max(when(is, col(ScoreCols.POST_MEAN))).as(m + "_mean"));
      aggs.add(max(when(is, col(ScoreCols.POST_VAR))).as(m + "_var"));
      aggs.add(max(when(is, col(ScoreCols.PEER_RATE))).as(m + "_peer"));
      aggs.add(max(when(is, col(MetricCols.BAD))).as(m + "_bad"));
      aggs.add(max(when(is, col(MetricCols.TRIALS))).as(m + "_trials"));
      aggs.add(max(when(is, col(MetricCols.N_RAW))).as(m + "_n"));
      aggs.add(max(when(is, col(MetricCols.BAD_BUYERS))).as(m + "_buyers"));
      aggs.add(max(when(is, col(MetricCols.EXPECTED_BAD))).as(m + "_expected"));
      aggs.add(max(when(is, col(ScoreCols.PRIOR_STRENGTH))).as(m + "_k"));
    }
    aggs.add(max(when(col(MetricCols.METRIC).equalTo(Metric.ORDER_DEFECT), col(ScoreCols.PEER_GROUP))).as("_odr_group"));
    return posteriors.groupBy(col(MetricCols.SELLER_ID))
        .agg(aggs.get(0), aggs.subList(1, aggs.size()).toArray(new Column[0]))
        .withColumn(ScoreCols.PEER_GROUP, coalesce(col("_odr_group"), col("_any_group")))
        .drop("_odr_group", "_any_group");
  }

  private static Dataset<Row> leftJoin(Dataset<Row> base, Dataset<Row> table) {
    return table == null ? base : base.join(table, new String[] {MetricCols.SELLER_ID}, "left");
  }
}
