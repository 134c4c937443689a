package dev.sellertrust.metrics;

import static org.apache.spark.sql.functions.*;

import dev.sellertrust.io.Col;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Policy against practice: does the seller do what its return policy says? Per return, where the policy states the
 * relevant fact: an "outside the window" rejection inside the stated window, a refund slower than the stated refund
 * timeline (counted from the request, so the item's return transit is allowed for), or a deduction from a full refund although the policy promises free returns without a restocking fee.
 * Exchanges promised but never granted are a per-seller flag (a single return cannot show it).
 */
public final class PolicyPracticeMetrics {
  private PolicyPracticeMetrics() {}

  /** Days of slack on a stated refund timeline: payment networks take a few days to show a refund. */
  static final int REFUND_GRACE_DAYS = 2;
  /** Minimum resolved returns before "never granted an exchange" can be said. */
  static final int MIN_RESOLVED_FOR_EXCHANGE_FLAG = 5;

  /**
   * @param returnFacts from {@link ReturnMetrics#prepare}
   * @param orderFacts from {@link OrderFacts#prepare}
   * @param sellerPolicy seller_id, policy_window_days, refund_timeline_days, return_shipping_paid_by, restocking_fee,
   *     exchange_offered (the policy in force)
   */
  public static SellerAggregate aggregate(Dataset<Row> returnFacts, Dataset<Row> orderFacts, Dataset<Row> sellerPolicy,
      double returnTransitDays) {
    Dataset<Row> amounts = orderFacts.select(col(MetricCols.ORDER_ID).as("_o"), col(Col.Orders.AMOUNT).as("_amount"));
    Dataset<Row> r = returnFacts.join(sellerPolicy, MetricCols.SELLER_ID)
        .join(amounts, col(MetricCols.ORDER_ID).equalTo(col("_o")), "left");
    Column windowCheckable = col("rejected").and(col(ReturnMetrics.POLICY_WINDOW_DAYS).isNotNull());
    Column windowBreach = col("rejected_inside_stated_window");
    Column timelineCheckable = col(DurationHistogram.OBSERVED).and(col("refund_timeline_days").isNotNull());
    Column timelineBreach =
        timelineCheckable.and(col(DurationHistogram.HOURS)
            .gt(col("refund_timeline_days").plus(REFUND_GRACE_DAYS + returnTransitDays).multiply(24)));
    Column freeReturns = col("return_shipping_paid_by").equalTo("seller").and(not(coalesce(col("restocking_fee"), lit(false))));
    Column deductionCheckable =
        freeReturns.and(col(Col.Returns.RESOLUTION).equalTo("refund")).and(col(Col.Returns.REFUND_AMOUNT).isNotNull())
            .and(col("_amount").isNotNull());
    Column deduction = deductionCheckable.and(col(Col.Returns.REFUND_AMOUNT).lt(col("_amount").multiply(0.99)));
    Column checkable = windowCheckable.or(timelineCheckable).or(deductionCheckable);
    Column breach = coalesce(windowBreach, lit(false)).or(coalesce(timelineBreach, lit(false))).or(coalesce(deduction, lit(false)));
    Column resolved = col(Col.Returns.RESOLUTION).isNotNull().and(col(Col.Returns.RESOLUTION).notEqual("none"));
    Dataset<Row> perSeller =
        r.groupBy(col(MetricCols.SELLER_ID))
            .agg(
                count(when(windowCheckable, lit(1))).as("window_checkable"),
                count(when(windowBreach, lit(1))).as("window_breaches"),
                count(when(timelineCheckable, lit(1))).as("timeline_checkable"),
                count(when(timelineBreach, lit(1))).as("timeline_breaches"),
                count(when(deductionCheckable, lit(1))).as("deduction_checkable"),
                count(when(deduction, lit(1))).as("deductions"),
                count(when(resolved, lit(1))).as("_resolved"),
                count(when(col(Col.Returns.RESOLUTION).equalTo("exchange"), lit(1))).as("_exchanges"),
                max(coalesce(col("exchange_offered"), lit(false))).as("_exchange_offered"),
                Evidence.metric(Metric.POLICY_MISMATCH, checkable, breach))
            .withColumn("exchange_promised_never_granted",
                col("_exchange_offered").and(col("_resolved").geq(MIN_RESOLVED_FOR_EXCHANGE_FLAG)).and(col("_exchanges").equalTo(0)))
            .drop("_resolved", "_exchanges", "_exchange_offered");
    return SellerAggregate.of(perSeller, Metric.POLICY_MISMATCH);
  }
}
