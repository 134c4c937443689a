package dev.sellertrust.metrics;

import static org.apache.spark.sql.functions.*;

import dev.sellertrust.io.Col;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Cross-border view: per seller and buyer market, the same measures buyers in that market experience. */
public final class CorridorMetrics {
  private CorridorMetrics() {}

  private static final String[] KEYS = {MetricCols.SELLER_ID, MetricCols.BUYER_COUNTRY};

  /** Any fact table except orders may be null (dataset absent): its columns are then null. */
  public static Dataset<Row> compute(Dataset<Row> orderFacts, Dataset<Row> reviewFacts, Dataset<Row> returnFacts,
      Dataset<Row> ticketFacts) {
    Column w = col(MetricCols.W);
    Dataset<Row> out =
        orderFacts.groupBy(col(MetricCols.SELLER_ID), col(MetricCols.SELLER_COUNTRY), col(MetricCols.BUYER_COUNTRY))
            .agg(
                count(when(col(OrderFacts.COUNTS), lit(1))).as("orders"),
                sum(when(col(OrderFacts.COUNTS), w).otherwise(0.0)).as("_orders_w"),
                sum(when(col(OrderFacts.ELIGIBLE), w).otherwise(0.0)).as("_elig_w"),
                sum(when(col(OrderFacts.LATE), w).otherwise(0.0)).as("_late_w"))
            .withColumn("late_delivery_rate", when(col("_elig_w").gt(0), col("_late_w").divide(col("_elig_w"))));
    if (returnFacts != null) {
      Dataset<Row> r = returnFacts.filter(col(MetricCols.BUYER_COUNTRY).isNotNull())
          .groupBy(col(MetricCols.SELLER_ID), col(MetricCols.BUYER_COUNTRY))
          .agg(sum(w).as("_returns_w"));
      out = out.join(r, KEYS, "left")
          .withColumn("return_rate", when(col("_orders_w").gt(0), coalesce(col("_returns_w"), lit(0.0)).divide(col("_orders_w"))));
    } else {
      out = out.withColumn("return_rate", lit(null).cast("double"));
    }
    if (reviewFacts != null) {
      Dataset<Row> rv = reviewFacts.filter(col(MetricCols.BUYER_COUNTRY).isNotNull())
          .groupBy(col(MetricCols.SELLER_ID), col(MetricCols.BUYER_COUNTRY))
          .agg(avg(col(Col.Reviews.RATING).cast("double")).as("avg_rating"), count(lit(1)).as("reviews"));
      out = out.join(rv, KEYS, "left");
    } else {
      out = out.withColumn("avg_rating", lit(null).cast("double")).withColumn("reviews", lit(null).cast("long"));
    }
    if (ticketFacts != null) {
      Dataset<Row> t = DurationHistogram.quantiles(
          ticketFacts.filter(col(MetricCols.BUYER_COUNTRY).isNotNull()),
          List.of(MetricCols.SELLER_ID, MetricCols.BUYER_COUNTRY),
          new double[] {0.5}, new String[] {"first_response_p50_hours"});
      out = out.join(t, KEYS, "left");
    } else {
      out = out.withColumn("first_response_p50_hours", lit(null).cast("double"));
    }
    return out.select(
        col(MetricCols.SELLER_ID),
        col(MetricCols.SELLER_COUNTRY),
        col(MetricCols.BUYER_COUNTRY),
        col(MetricCols.SELLER_COUNTRY).notEqual(col(MetricCols.BUYER_COUNTRY)).as("cross_border"),
        col("orders"),
        col("return_rate"),
        col("late_delivery_rate"),
        col("avg_rating"),
        coalesce(col("reviews"), lit(0L)).as("reviews"),
        col("first_response_p50_hours"));
  }
}
