package dev.sellertrust.metrics;

import static org.apache.spark.sql.functions.*;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Late delivery with corridor attribution: for each seller, the lateness its corridors (seller country -> buyer
 * country) show for OTHER sellers is its expected lateness; the score holds only part of that against the seller.
 * Leaving the seller out keeps a dominant seller from excusing itself with its own delays.
 */
public final class DeliveryMetrics {
  private DeliveryMetrics() {}

  public static SellerAggregate aggregate(Dataset<Row> orderFacts) {
    Column w = col(MetricCols.W);
    Column elig = col(OrderFacts.ELIGIBLE);
    Dataset<Row> perCorridor =
        orderFacts.groupBy(col(MetricCols.SELLER_ID), col(MetricCols.SELLER_COUNTRY), col(MetricCols.BUYER_COUNTRY))
            .agg(
                sum(when(elig, w).otherwise(0.0)).as("elig_w"),
                sum(when(col(OrderFacts.LATE), w).otherwise(0.0)).as("late_w"));
    Dataset<Row> corridor =
        perCorridor.groupBy(col(MetricCols.SELLER_COUNTRY), col(MetricCols.BUYER_COUNTRY))
            .agg(sum("elig_w").as("c_elig"), sum("late_w").as("c_late"));
    Column othersTrials = col("c_elig").minus(col("elig_w"));
    Column othersRate =
        when(othersTrials.gt(1e-9), col("c_late").minus(col("late_w")).divide(othersTrials)).otherwise(lit(0.0));
    Dataset<Row> expected =
        perCorridor.join(corridor, new String[] {MetricCols.SELLER_COUNTRY, MetricCols.BUYER_COUNTRY})
            .groupBy(MetricCols.SELLER_ID)
            .agg(sum(othersRate.multiply(col("elig_w"))).as("expected_late_w"));
    Dataset<Row> perSeller =
        orderFacts.groupBy(MetricCols.SELLER_ID)
            .agg(
                count(when(col(OrderFacts.COUNTS), lit(1))).as("n_orders"),
                sum(when(col(OrderFacts.COUNTS), w).otherwise(0.0)).as("orders_w"),
                Evidence.metric(Metric.LATE_DELIVERY, elig, col(OrderFacts.LATE)))
            .join(expected, MetricCols.SELLER_ID);
    Dataset<Row> withExpected =
        perSeller.withColumn(Metric.LATE_DELIVERY,
                col(Metric.LATE_DELIVERY).withField(MetricCols.EXPECTED_BAD, col("expected_late_w")))
            .drop("expected_late_w");
    return SellerAggregate.of(withExpected, Metric.LATE_DELIVERY);
  }
}
