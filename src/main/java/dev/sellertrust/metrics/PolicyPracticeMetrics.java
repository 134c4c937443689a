package dev.sellertrust.metrics;

import static org.apache.spark.sql.functions.*;

import dev.sellertrust.io.Col;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Policy against practice: does the seller do what its return policy says? Per return, where the policy states the
 * relevant fact: an "outside the window" rejection inside the stated window, a refund slower than the stated refund
 * timeline (counted from the request, so the item's return transit is allowed for), or a deduction from a full refund
 * although the policy promises free returns without a restocking fee. Exchanges promised but never granted are a
 * per-seller flag (a single return cannot show it).
 */
public final class PolicyPracticeMetrics {
  private PolicyPracticeMetrics() {}

  /** Days of slack on a stated refund timeline: payment networks take a few days to show a refund. */
  static final int REFUND_GRACE_DAYS = 2;
  /** Minimum resolved returns before "never granted an exchange" can be said. */
  static final int MIN_RESOLVED_FOR_EXCHANGE_FLAG = 5;

  private static final String CHECKABLE = "_checkable";
  private static final String BREACH = "_breach";

  /**
   * Each return judged against the policy in force.
   *
   * @param returnFacts from {@link ReturnMetrics#prepare}
   * @param orderFacts from {@link OrderFacts#prepare}
   * @param sellerPolicy seller_id, policy_window_days, refund_timeline_days, return_shipping_paid_by, restocking_fee
   */
  public static Dataset<Row> prepare(Dataset<Row> returnFacts, Dataset<Row> orderFacts, Dataset<Row> sellerPolicy,
      double returnTransitDays) {
    Dataset<Row> amounts = orderFacts.select(col(MetricCols.ORDER_ID).as("_o"), col(Col.Orders.AMOUNT).as("_amount"));
    Dataset<Row> r = returnFacts.drop(ReturnMetrics.POLICY_WINDOW_DAYS)
        .join(sellerPolicy.select(MetricCols.SELLER_ID, ReturnMetrics.POLICY_WINDOW_DAYS, "refund_timeline_days",
            "return_shipping_paid_by", "restocking_fee"), MetricCols.SELLER_ID)
        .join(amounts, col(MetricCols.ORDER_ID).equalTo(col("_o")), "left");
    Column windowCheckable = col("rejected").and(col(ReturnMetrics.POLICY_WINDOW_DAYS).isNotNull());
    Column timelineCheckable = col(DurationHistogram.OBSERVED).and(col("refund_timeline_days").isNotNull());
    Column timelineBreach =
        timelineCheckable.and(col(DurationHistogram.HOURS)
            .gt(col("refund_timeline_days").plus(REFUND_GRACE_DAYS + returnTransitDays).multiply(24)));
    Column freeReturns = col("return_shipping_paid_by").equalTo("seller").and(not(coalesce(col("restocking_fee"), lit(false))));
    Column deductionCheckable =
        freeReturns.and(col(Col.Returns.RESOLUTION).equalTo("refund")).and(col(Col.Returns.REFUND_AMOUNT).isNotNull())
            .and(col("_amount").isNotNull());
    Column deduction = deductionCheckable.and(col(Col.Returns.REFUND_AMOUNT).lt(col("_amount").multiply(0.99)));
    return r.select(
        col(MetricCols.SELLER_ID),
        col(MetricCols.BUYER_KEY),
        col(MetricCols.ATTR_DATE),
        col(MetricCols.W),
        coalesce(windowCheckable, lit(false)).as("window_checkable"),
        coalesce(col("rejected_inside_stated_window"), lit(false)).as("window_breach"),
        coalesce(timelineCheckable, lit(false)).as("timeline_checkable"),
        coalesce(timelineBreach, lit(false)).as("timeline_breach"),
        coalesce(deductionCheckable, lit(false)).as("deduction_checkable"),
        coalesce(deduction, lit(false)).as("deduction"),
        col(Col.Returns.RESOLUTION))
        .withColumn(CHECKABLE, col("window_checkable").or(col("timeline_checkable")).or(col("deduction_checkable")))
        .withColumn(BREACH, col("window_breach").or(col("timeline_breach")).or(col("deduction")));
  }

  public static final StatFamily FAMILY = family();

  private static StatFamily family() {
    Column resolution = col(Col.Returns.RESOLUTION);
    List<Stat> stats = new ArrayList<>(List.of(
        Stat.count("window_checkable", col("window_checkable")),
        Stat.count("window_breaches", col("window_breach")),
        Stat.count("timeline_checkable", col("timeline_checkable")),
        Stat.count("timeline_breaches", col("timeline_breach")),
        Stat.count("deduction_checkable", col("deduction_checkable")),
        Stat.count("deductions", col("deduction")),
        Stat.count("_resolved", resolution.isNotNull().and(resolution.notEqual("none"))),
        Stat.count("_exchanges", resolution.equalTo("exchange"))));
    stats.addAll(StatFamily.metric(Metric.POLICY_MISMATCH, col(CHECKABLE), col(BREACH)));
    return new StatFamily("policy_practice", List.of(), stats);
  }

  public static Map<String, Column> badBuyers() {
    Map<String, Column> m = new LinkedHashMap<>();
    m.put(Metric.POLICY_MISMATCH, col(CHECKABLE).and(col(BREACH)));
    return m;
  }

  /**
   * @param sellerPolicy seller_id, exchange_offered (the policy in force)
   */
  public static SellerAggregate aggregate(Dataset<Row> sums, Dataset<Row> sellerPolicy, Dataset<Row> buyerCounts) {
    Dataset<Row> perSeller = Evidence.withBuyers(Sums.perSeller(sums, FAMILY), buyerCounts, List.of(Metric.POLICY_MISMATCH))
        .join(sellerPolicy.select(col(MetricCols.SELLER_ID), col("exchange_offered")), MetricCols.SELLER_ID)
        .select(
            col(MetricCols.SELLER_ID),
            col("window_checkable"),
            col("window_breaches"),
            col("timeline_checkable"),
            col("timeline_breaches"),
            col("deduction_checkable"),
            col("deductions"),
            Evidence.fromSums(Metric.POLICY_MISMATCH),
            coalesce(col("exchange_offered"), lit(false))
                .and(col("_resolved").geq(MIN_RESOLVED_FOR_EXCHANGE_FLAG)).and(col("_exchanges").equalTo(0))
                .as("exchange_promised_never_granted"));
    return SellerAggregate.of(perSeller, Metric.POLICY_MISMATCH);
  }
}
