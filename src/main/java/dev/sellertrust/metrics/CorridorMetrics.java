package dev.sellertrust.metrics;

import static org.apache.spark.sql.functions.*;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Cross-border view: per seller and buyer market, the same measures buyers in that market experience. */
public final class CorridorMetrics {
  private CorridorMetrics() {}

  private static final String[] KEYS = {MetricCols.SELLER_ID, MetricCols.BUYER_COUNTRY};
  private static final List<String> KEY_LIST = List.of(KEYS);

  /**
   * From the families' sums; any sums except the orders' may be null (dataset absent): their columns are then null.
   * Events that name no known order have no buyer country and stay out of every corridor.
   */
  public static Dataset<Row> compute(Dataset<Row> orderSums, Dataset<Row> sellers, Dataset<Row> reviewSums,
      Dataset<Row> returnSums, Dataset<Row> responseHistogram) {
    Dataset<Row> out = DeliveryMetrics.withSellerCountry(orderSums, sellers)
        .withColumn("late_delivery_rate", when(col(DeliveryMetrics.ELIG_W).gt(0),
            col(DeliveryMetrics.LATE_W).divide(col(DeliveryMetrics.ELIG_W))));
    if (returnSums != null) {
      Dataset<Row> r = returnSums.filter(col(MetricCols.BUYER_COUNTRY).isNotNull())
          .select(col(MetricCols.SELLER_ID), col(MetricCols.BUYER_COUNTRY), col(ReturnMetrics.RETURNS_W));
      out = out.join(r, KEYS, "left")
          .withColumn("return_rate", when(col(DeliveryMetrics.ORDERS_W).gt(0),
              coalesce(col(ReturnMetrics.RETURNS_W), lit(0.0)).divide(col(DeliveryMetrics.ORDERS_W))));
    } else {
      out = out.withColumn("return_rate", lit(null).cast("double"));
    }
    if (reviewSums != null) {
      String n = StatFamily.n(Metric.NEGATIVE_REVIEW);
      Dataset<Row> rv = reviewSums.filter(col(MetricCols.BUYER_COUNTRY).isNotNull())
          .select(col(MetricCols.SELLER_ID), col(MetricCols.BUYER_COUNTRY),
              col(ReviewMetrics.RATING_SUM).divide(col(n)).as("avg_rating"), col(n).as("reviews"));
      out = out.join(rv, KEYS, "left");
    } else {
      out = out.withColumn("avg_rating", lit(null).cast("double")).withColumn("reviews", lit(null).cast("long"));
    }
    if (responseHistogram != null) {
      Dataset<Row> t = DurationHistogram.quantiles(
          responseHistogram.filter(col(MetricCols.BUYER_COUNTRY).isNotNull()), ServiceMetrics.RESPONSE_HISTOGRAM,
          KEY_LIST, new double[] {0.5}, new String[] {"first_response_p50_hours"});
      out = out.join(t, KEYS, "left");
    } else {
      out = out.withColumn("first_response_p50_hours", lit(null).cast("double"));
    }
    return out.select(
        col(MetricCols.SELLER_ID),
        col(MetricCols.SELLER_COUNTRY),
        col(MetricCols.BUYER_COUNTRY),
        col(MetricCols.SELLER_COUNTRY).notEqual(col(MetricCols.BUYER_COUNTRY)).as("cross_border"),
        col(DeliveryMetrics.ORDERS).as("orders"),
        col("return_rate"),
        col("late_delivery_rate"),
        col("avg_rating"),
        coalesce(col("reviews"), lit(0L)).as("reviews"),
        col("first_response_p50_hours"));
  }
}
