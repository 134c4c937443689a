package dev.sellertrust.metrics;

import static org.apache.spark.sql.functions.*;

import dev.sellertrust.io.Col;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Orders within the lookback, each with its decay weight, seller country and delivery outcome. Every event of other
 * datasets is attributed to its order's date through this table (Amazon's ODR also dates defects by order date).
 */
public final class OrderFacts {
  private OrderFacts() {}

  public static final String ELIGIBLE = "delivery_eligible";
  public static final String LATE = "late";
  public static final String COUNTS = "counts";
  /**
   * Not delivered as of the order's settle day: no delivery stamp and not marked delivered. An order marked delivered
   * without a time (most orders of many exports) was delivered at an unknown time, not lost.
   */
  public static final String UNDELIVERED = "undelivered";
  public static final String DELIVERED_TS = Col.Orders.DELIVERED_TS;
  public static final String ORDER_TS = Col.Orders.ORDER_TS;

  /**
   * Every order's date and buyer, for attributing events, whatever the order's age: an event of an order older than
   * the lookback is then outside it too (attributing it to its own date instead would move it when its order left
   * the window).
   */
  public static Dataset<Row> keys(Dataset<Row> orders) {
    return orders.select(col(Col.ORDER_ID).as("_o"), to_date(col(Col.Orders.ORDER_TS)).as(MetricCols.ORDER_DATE),
        col(MetricCols.BUYER_KEY), col(Col.Orders.BUYER_COUNTRY).as(MetricCols.BUYER_COUNTRY));
  }

  /**
   * The orders as they stood at {@code end} (per row, or one day's end for a backtest): those placed later are
   * dropped, and a delivery stamped later has not happened (the order is still shipped). A status change without a
   * timestamp (a cancellation) cannot be dated, so it stays.
   */
  public static Dataset<Row> asOf(Dataset<Row> orders, Column end) {
    Column deliveredLater = col(Col.Orders.DELIVERED_TS).geq(end);
    Column status = col(Col.Orders.STATUS);
    return orders.filter(col(Col.Orders.ORDER_TS).lt(end))
        .withColumn(Col.Orders.STATUS, when(deliveredLater.and(status.equalTo("delivered")), lit("shipped"))
            .otherwise(status))
        .withColumn(Col.Orders.DELIVERED_TS, MetricParams.before(col(Col.Orders.DELIVERED_TS), end));
  }

  public static Dataset<Row> prepare(Dataset<Row> orders, Dataset<Row> sellers, MetricParams p) {
    Column orderDate = to_date(col(Col.Orders.ORDER_TS));
    Column promised = col(Col.Orders.PROMISED_DELIVERY_DATE);
    Column status = col(Col.Orders.STATUS);
    Column deliveredTs = col(Col.Orders.DELIVERED_TS);
    Column delivered = deliveredTs.isNotNull();
    Column asOf = p.asOfDate(orderDate);
    // An order counts once its promise is due: delivered, declared undelivered, or past the promised date.
    Column eligible =
        promised.isNotNull()
            .and(status.notEqual("cancelled"))
            .and(delivered.or(status.equalTo("undelivered")).or(promised.lt(asOf)));
    Column late =
        eligible.and(
            when(delivered, to_date(deliveredTs).gt(promised)).otherwise(lit(true)));
    // As of the order's settle day: a delivery stamped later has not happened yet.
    return asOf(orders, p.asOfEnd(orderDate))
        .filter(Decay.withinLookback(orderDate, p.snapshotDate(), p.config().window().lookbackDays()))
        .join(sellers.select(col(Col.SELLER_ID), col(Col.Sellers.COUNTRY).as(MetricCols.SELLER_COUNTRY)), Col.SELLER_ID)
        .select(
            col(Col.SELLER_ID),
            col(Col.ORDER_ID),
            col(MetricCols.BUYER_KEY),
            col(Col.Orders.BUYER_COUNTRY),
            col(MetricCols.SELLER_COUNTRY),
            col(Col.Orders.ORDER_TS),
            deliveredTs.as(Col.Orders.DELIVERED_TS),
            col(Col.Orders.AMOUNT),
            orderDate.as(MetricCols.ORDER_DATE),
            orderDate.as(MetricCols.ATTR_DATE),
            Decay.weight(orderDate, p.snapshotDate(), p.config().window().halfLifeDays()).as(MetricCols.W),
            status.notEqual("cancelled").as(COUNTS),
            status.notEqual("cancelled").and(deliveredTs.isNull()).and(status.notEqual("delivered")).as(UNDELIVERED),
            eligible.as(ELIGIBLE),
            late.as(LATE));
  }
}
