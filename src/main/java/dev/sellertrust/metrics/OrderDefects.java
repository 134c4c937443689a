package dev.sellertrust.metrics;

import static org.apache.spark.sql.functions.*;

import dev.sellertrust.io.Col;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Order defect rate, after Amazon's ODR: an order is defective when it got a 1-2 star review, a return for a reason
 * the seller controls (defective, not as described, wrong item), or an after-sales contact left unanswered past the
 * limit. Each order counts once however many defects it had; distinct buyers give the floor for penalties.
 */
public final class OrderDefects {
  private OrderDefects() {}

  public static final String DEFECT = "defect";

  /** From the orders family ({@link DeliveryMetrics#FAMILY}), which sums the defect flag with the orders. */
  public static SellerAggregate aggregate(Dataset<Row> orderSums, Dataset<Row> buyerCounts) {
    Dataset<Row> perSeller = Evidence.withBuyers(Sums.perSeller(orderSums, DeliveryMetrics.FAMILY), buyerCounts,
            List.of(Metric.ORDER_DEFECT))
        .select(col(MetricCols.SELLER_ID), Evidence.fromSums(Metric.ORDER_DEFECT));
    return SellerAggregate.of(perSeller, Metric.ORDER_DEFECT);
  }

  /** The order facts with a {@link #DEFECT} flag per order. Any of the event fact tables may be null (absent). */
  public static Dataset<Row> flagged(Dataset<Row> orderFacts, Dataset<Row> reviewFacts, Dataset<Row> returnFacts,
      Dataset<Row> ticketFacts) {
    List<Dataset<Row>> sources = new ArrayList<>();
    if (reviewFacts != null) {
      sources.add(reviewFacts.filter(col(Col.Reviews.RATING).leq(2)).select(col(Col.ORDER_ID)));
    }
    if (returnFacts != null) {
      sources.add(returnFacts.filter(col(Col.Returns.REASON).isin(ReturnMetrics.SELLER_CAUSED.toArray())).select(col(Col.ORDER_ID)));
    }
    if (ticketFacts != null) {
      sources.add(ticketFacts.filter(col("unanswered_due").and(col("unanswered"))).select(col(Col.ORDER_ID)));
    }
    Dataset<Row> defective = null;
    for (Dataset<Row> s : sources) {
      Dataset<Row> keyed = s.filter(col(Col.ORDER_ID).isNotNull());
      defective = defective == null ? keyed : defective.union(keyed);
    }
    if (defective == null) {
      return orderFacts.withColumn(DEFECT, lit(false));
    }
    Dataset<Row> ids = defective.distinct().withColumn(DEFECT, lit(true)).withColumnRenamed(Col.ORDER_ID, "_d");
    return orderFacts.join(ids, col(Col.ORDER_ID).equalTo(col("_d")), "left")
        .withColumn(DEFECT, coalesce(col(DEFECT), lit(false)))
        .drop("_d");
  }
}
