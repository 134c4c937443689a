package dev.sellertrust.metrics;

import static org.apache.spark.sql.functions.*;

import dev.sellertrust.config.JobConfig;
import dev.sellertrust.io.Col;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Return behaviour: how often buyers return for reasons the seller controls, in-policy rejections, late first
 * responses, slow refunds, dissatisfied buyers, and the resolution mix (Amazon's Return Dissatisfaction Rate
 * counts the first three; refund speed and the mix are what cross-border buyers ask about).
 */
public final class ReturnMetrics {
  private ReturnMetrics() {}

  public static final String POLICY_WINDOW_DAYS = "policy_window_days";
  static final List<String> SELLER_CAUSED = List.of("defective", "not_as_described", "wrong_item");
  static final List<String> LOGISTICS = List.of("damaged_in_transit", "late_delivery");
  static final String CHANGED_MIND = "changed_mind";

  /**
   * The returns as they stood at {@code end} (a column: the metrics give each row its settle day's end, a backtest
   * one day's end to all): a return requested later is dropped, and a decision, refund or reply stamped later has
   * not happened yet.
   */
  public static Dataset<Row> asOf(Dataset<Row> returns, Column end) {
    Column resolvedLater = col(Col.Returns.RESOLVED_TS).geq(end);
    return returns.filter(col(Col.Returns.REQUESTED_TS).lt(end))
        .withColumn(Col.Returns.STATUS, when(resolvedLater, lit("requested")).otherwise(col(Col.Returns.STATUS)))
        .withColumn(Col.Returns.REJECTION_REASON, when(resolvedLater, lit(null).cast("string"))
            .otherwise(col(Col.Returns.REJECTION_REASON)))
        .withColumn(Col.Returns.RESOLUTION, when(resolvedLater, lit(null).cast("string")).otherwise(col(Col.Returns.RESOLUTION)))
        .withColumn(Col.Returns.REFUND_AMOUNT, when(resolvedLater, lit(null).cast("double"))
            .otherwise(col(Col.Returns.REFUND_AMOUNT)))
        .withColumn(Col.Returns.BUYER_DISSATISFIED, when(resolvedLater, lit(null).cast("boolean"))
            .otherwise(col(Col.Returns.BUYER_DISSATISFIED)))
        .withColumn(Col.Returns.FIRST_RESPONSE_TS, MetricParams.before(col(Col.Returns.FIRST_RESPONSE_TS), end))
        .withColumn(Col.Returns.RESOLVED_TS, MetricParams.before(col(Col.Returns.RESOLVED_TS), end));
  }

  /**
   * @param policyWindows seller_id, policy_window_days (the stated window, null when unknown); may be null
   */
  public static Dataset<Row> prepare(Dataset<Row> returns, Dataset<Row> orderFacts, Dataset<Row> policyWindows, MetricParams p) {
    JobConfig.Returns cfg = p.config().returns();
    Dataset<Row> orderKeys =
        orderFacts.select(col(MetricCols.ORDER_ID).as("_o"), col(MetricCols.W), col(MetricCols.ATTR_DATE), col(MetricCols.BUYER_KEY),
            col(MetricCols.BUYER_COUNTRY), col(OrderFacts.DELIVERED_TS).as("_delivered_ts"), col(OrderFacts.ORDER_TS).as("_order_ts"));
    Dataset<Row> joined = returns.join(orderKeys, col(Col.ORDER_ID).equalTo(col("_o")));
    if (policyWindows != null) {
      joined = joined.join(policyWindows, Col.SELLER_ID, "left");
    } else {
      joined = joined.withColumn(POLICY_WINDOW_DAYS, lit(null).cast("int"));
    }
    // As of the row's settle day (MetricParams#asOfEnd), as a daily run that settled the row then saw it.
    Column end = p.asOfEnd(col(MetricCols.ATTR_DATE));
    joined = asOf(joined, end);
    Column reason = col(Col.Returns.REASON);
    Column reasonWeight =
        when(reason.isin(SELLER_CAUSED.toArray()), lit(1.0))
            .when(reason.isin(LOGISTICS.toArray()), lit(cfg.logisticsReasonWeight()))
            .when(reason.equalTo(CHANGED_MIND), lit(cfg.changedMindWeight()))
            .otherwise(lit(cfg.otherReasonWeight()));
    Column status = col(Col.Returns.STATUS);
    Column requested = col(Col.Returns.REQUESTED_TS);
    Column ageHours = Evidence.hoursBetween(requested, end);
    Column firstResponseHours = Evidence.hoursBetween(requested, col(Col.Returns.FIRST_RESPONSE_TS));
    Column resolution = col(Col.Returns.RESOLUTION);
    Column refunded =
        status.equalTo("refunded").or(resolution.isin("refund", "partial_refund").and(col(Col.Returns.RESOLVED_TS).isNotNull()));
    Column refundExpected = refunded.or(status.isin("approved", "received")).or(resolution.isin("refund", "partial_refund"));
    Column refundHours = when(refunded, Evidence.hoursBetween(requested, col(Col.Returns.RESOLVED_TS)));
    Column refundTarget = lit(cfg.refundTargetDays() * 24);
    Column rejected = status.equalTo("rejected");
    Column daysSinceDelivery = datediff(to_date(requested), to_date(coalesce(col("_delivered_ts"), col("_order_ts"))));
    // An "outside the window" rejection is in-policy only when the stated window really had passed.
    Column outsideWindowJustified =
        col(Col.Returns.REJECTION_REASON).equalTo("outside_window")
            .and(col(POLICY_WINDOW_DAYS).isNull().or(daysSinceDelivery.gt(col(POLICY_WINDOW_DAYS))));
    return joined.select(
        col(Col.SELLER_ID),
        col(Col.ORDER_ID),
        col(MetricCols.BUYER_KEY),
        col(MetricCols.BUYER_COUNTRY),
        col(MetricCols.W),
        col(MetricCols.ATTR_DATE),
        reason,
        col(Col.Returns.REJECTION_REASON),
        reasonWeight.as("reason_weight"),
        status.isin("approved", "rejected", "received", "refunded", "closed").as("decided"),
        rejected.as("rejected"),
        rejected.and(not(coalesce(outsideWindowJustified, lit(false)))).as("rejected_in_policy"),
        rejected.and(col(Col.Returns.REJECTION_REASON).equalTo("outside_window"))
            .and(col(POLICY_WINDOW_DAYS).isNotNull()).and(daysSinceDelivery.leq(col(POLICY_WINDOW_DAYS)))
            .as("rejected_inside_stated_window"),
        col(Col.Returns.FIRST_RESPONSE_TS).isNotNull().or(ageHours.geq(cfg.responseTargetHours())).as("response_due"),
        coalesce(firstResponseHours.gt(cfg.responseTargetHours()), lit(true)).as("response_late"),
        refundExpected.and(refunded.or(ageHours.geq(refundTarget))).as("refund_due"),
        coalesce(refundHours.gt(refundTarget), lit(true)).as("refund_slow"),
        coalesce(refundHours, ageHours).as(DurationHistogram.HOURS),
        refunded.as(DurationHistogram.OBSERVED),
        refundExpected.as("refund_expected"),
        col(Col.Returns.BUYER_DISSATISFIED).as("dissatisfied"),
        resolution,
        col(Col.Returns.REFUND_AMOUNT));
  }

  static final String RETURNS_W = "returns_w";
  static final String SELLER_RETURNS_W = "seller_returns_w";
  private static final String RESOLVED_W = "resolved_w";
  private static final String REFUND_W = "refund_w";
  private static final String EXCHANGE_W = "exchange_w";
  private static final String REPLACEMENT_W = "replacement_w";
  private static final List<String> METRICS = List.of(Metric.REJECTION, Metric.IN_POLICY_REJECTION,
      Metric.LATE_RETURN_RESPONSE, Metric.SLOW_REFUND, Metric.DISSATISFIED_RETURN);

  /** Hours from request to refund, per seller and bin, over returns that expect a refund. */
  public static final StatFamily REFUND_HISTOGRAM = DurationHistogram.family("refund_histogram", List.of());

  /** Per seller and buyer country, over {@link #prepare}d returns. */
  public static final StatFamily FAMILY = family();

  private static StatFamily family() {
    Column resolution = col(Col.Returns.RESOLUTION);
    List<Stat> stats = new java.util.ArrayList<>(List.of(
        Stat.decayed(RETURNS_W, lit(true)),
        Stat.decayedValue(SELLER_RETURNS_W, col("reason_weight")),
        Stat.count("n_rejected_inside_stated_window", col("rejected_inside_stated_window")),
        Stat.count("n_rejected_outside_window",
            col("rejected").and(col(Col.Returns.REJECTION_REASON).equalTo("outside_window"))),
        Stat.decayed(RESOLVED_W, resolution.isNotNull().and(resolution.notEqual("none"))),
        Stat.decayed(REFUND_W, resolution.isin("refund", "partial_refund")),
        Stat.decayed(EXCHANGE_W, resolution.equalTo("exchange")),
        Stat.decayed(REPLACEMENT_W, resolution.equalTo("replacement"))));
    for (java.util.Map.Entry<String, Column[]> m : metricConditions().entrySet()) {
      stats.addAll(StatFamily.metric(m.getKey(), m.getValue()[0], m.getValue()[1]));
    }
    return new StatFamily("returns", List.of(MetricCols.BUYER_COUNTRY), stats);
  }

  /** Trial and bad condition of each return metric. */
  private static java.util.Map<String, Column[]> metricConditions() {
    java.util.Map<String, Column[]> m = new java.util.LinkedHashMap<>();
    m.put(Metric.REJECTION, new Column[] {col("decided"), col("rejected")});
    m.put(Metric.IN_POLICY_REJECTION, new Column[] {col("decided"), col("rejected_in_policy")});
    m.put(Metric.LATE_RETURN_RESPONSE, new Column[] {col("response_due"), col("response_late")});
    m.put(Metric.SLOW_REFUND, new Column[] {col("refund_due"), col("refund_slow")});
    m.put(Metric.DISSATISFIED_RETURN, new Column[] {col("dissatisfied").isNotNull(), col("dissatisfied")});
    return m;
  }

  public static java.util.Map<String, Column> badBuyers() {
    java.util.Map<String, Column> m = new java.util.LinkedHashMap<>();
    metricConditions().forEach((k, v) -> m.put(k, coalesce(v[0], lit(false)).and(coalesce(v[1], lit(false)))));
    m.put(Metric.SELLER_RETURN, col(Col.Returns.REASON).isin(SELLER_CAUSED.toArray()));
    return m;
  }

  public static SellerAggregate aggregate(Dataset<Row> sums, Dataset<Row> buyerCounts) {
    List<String> withBuyers = new java.util.ArrayList<>(METRICS);
    withBuyers.add(Metric.SELLER_RETURN);
    Column resolved = col(RESOLVED_W);
    List<Column> cols = new java.util.ArrayList<>(List.of(
        col(MetricCols.SELLER_ID),
        col(StatFamily.ROWS).as("n_returns"),
        col(RETURNS_W),
        col(SELLER_RETURNS_W),
        coalesce(col(BadBuyers.column(Metric.SELLER_RETURN)), lit(0L)).as("seller_caused_return_buyers"),
        col("n_rejected_inside_stated_window"),
        col("n_rejected_outside_window")));
    METRICS.forEach(m -> cols.add(Evidence.fromSums(m)));
    cols.add(when(resolved.gt(0), col(REFUND_W).divide(resolved)).as("refund_share"));
    cols.add(when(resolved.gt(0), col(EXCHANGE_W).divide(resolved)).as("exchange_share"));
    cols.add(when(resolved.gt(0), col(REPLACEMENT_W).divide(resolved)).as("replacement_share"));
    Dataset<Row> perSeller = Evidence.withBuyers(Sums.perSeller(sums, FAMILY), buyerCounts, withBuyers)
        .select(cols.toArray(new Column[0]));
    return SellerAggregate.of(perSeller, METRICS.toArray(new String[0]));
  }

  /** Return-rate evidence needs the order counts: returns per order, raw and weighted by attribution. */
  public static Dataset<Row> rateEvidence(Dataset<Row> returnSummary, Dataset<Row> orderSummary) {
    Dataset<Row> j = orderSummary.select(col(MetricCols.SELLER_ID), col("orders_w"), col("n_orders"))
        .join(returnSummary.select(col(MetricCols.SELLER_ID), col("returns_w"), col("seller_returns_w"), col("n_returns"),
                col("seller_caused_return_buyers")),
            new String[] {MetricCols.SELLER_ID}, "left");
    return j.select(
            col(MetricCols.SELLER_ID),
            explode(array(
                rateStruct(Metric.SELLER_RETURN, coalesce(col("seller_returns_w"), lit(0.0)),
                    coalesce(col("seller_caused_return_buyers"), lit(0L))),
                rateStruct(Metric.ANY_RETURN, coalesce(col("returns_w"), lit(0.0)), lit(null).cast("long")))).as("e"))
        .select(col(MetricCols.SELLER_ID), col("e.*"));
  }

  private static Column rateStruct(String metric, Column bad, Column badBuyers) {
    return struct(
        lit(metric).as(MetricCols.METRIC),
        least(bad, col("orders_w")).as(MetricCols.BAD),
        col("orders_w").as(MetricCols.TRIALS),
        col("n_orders").as(MetricCols.N_RAW),
        badBuyers.as(MetricCols.BAD_BUYERS),
        lit(null).cast("double").as(MetricCols.EXPECTED_BAD));
  }
}
