package dev.sellertrust.job;

import static org.apache.spark.sql.functions.*;

import dev.sellertrust.io.Col;
import dev.sellertrust.io.InputContract;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The data as it stood at the end of a past day: rows created later are dropped, and what happened to a row later
 * (a delivery, a reply, a refund) is undone, so a backtest scores only what was knowable then.
 */
public final class AsOfView {
  private AsOfView() {}

  public static AcceptedInputs of(AcceptedInputs in, LocalDate day) {
    Timestamp end = Timestamp.from(day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    Column e = lit(end);
    AcceptedInputs out = in;
    Dataset<Row> sellers = in.accepted(InputContract.SELLERS);
    out = out.with(InputContract.SELLERS, sellers.filter(col(Col.Sellers.JOINED_DATE).isNull()
        .or(col(Col.Sellers.JOINED_DATE).leq(lit(java.sql.Date.valueOf(day))))));
    Dataset<Row> orders = in.accepted(InputContract.ORDERS).filter(col(Col.Orders.ORDER_TS).lt(e));
    Column deliveredLater = col(Col.Orders.DELIVERED_TS).geq(e);
    orders = orders
        .withColumn(Col.Orders.STATUS, when(deliveredLater, lit("shipped")).otherwise(col(Col.Orders.STATUS)))
        .withColumn(Col.Orders.DELIVERED_TS, when(deliveredLater, lit(null).cast("timestamp")).otherwise(col(Col.Orders.DELIVERED_TS)));
    out = out.with(InputContract.ORDERS, orders);
    Dataset<Row> reviews = in.accepted(InputContract.REVIEWS);
    if (reviews != null) {
      out = out.with(InputContract.REVIEWS, reviews.filter(col(Col.Reviews.REVIEW_TS).lt(e)));
    }
    Dataset<Row> returns = in.accepted(InputContract.RETURNS);
    if (returns != null) {
      Column resolvedLater = col(Col.Returns.RESOLVED_TS).geq(e);
      out = out.with(InputContract.RETURNS, returns.filter(col(Col.Returns.REQUESTED_TS).lt(e))
          .withColumn(Col.Returns.FIRST_RESPONSE_TS, before(Col.Returns.FIRST_RESPONSE_TS, e))
          .withColumn(Col.Returns.STATUS, when(resolvedLater, lit("requested")).otherwise(col(Col.Returns.STATUS)))
          .withColumn(Col.Returns.REJECTION_REASON, when(resolvedLater, lit(null).cast("string")).otherwise(col(Col.Returns.REJECTION_REASON)))
          .withColumn(Col.Returns.RESOLUTION, when(resolvedLater, lit(null).cast("string")).otherwise(col(Col.Returns.RESOLUTION)))
          .withColumn(Col.Returns.REFUND_AMOUNT, when(resolvedLater, lit(null).cast("double")).otherwise(col(Col.Returns.REFUND_AMOUNT)))
          .withColumn(Col.Returns.BUYER_DISSATISFIED, when(resolvedLater, lit(null).cast("boolean")).otherwise(col(Col.Returns.BUYER_DISSATISFIED)))
          .withColumn(Col.Returns.RESOLVED_TS, before(Col.Returns.RESOLVED_TS, e)));
    }
    Dataset<Row> tickets = in.accepted(InputContract.SERVICE_TICKETS);
    if (tickets != null) {
      out = out.with(InputContract.SERVICE_TICKETS, tickets.filter(col(Col.Tickets.OPENED_TS).lt(e))
          .withColumn(Col.Tickets.FIRST_RESPONSE_TS, before(Col.Tickets.FIRST_RESPONSE_TS, e))
          .withColumn(Col.Tickets.RESOLVED_TS, before(Col.Tickets.RESOLVED_TS, e))
          .withColumn(Col.Tickets.SATISFIED, when(col(Col.Tickets.RESOLVED_TS).isNull(), lit(null).cast("boolean")).otherwise(col(Col.Tickets.SATISFIED))));
    }
    Dataset<Row> policies = in.accepted(InputContract.RETURN_POLICIES);
    if (policies != null) {
      out = out.with(InputContract.RETURN_POLICIES, policies.filter(col(Col.Policies.EFFECTIVE_DATE).isNull()
          .or(col(Col.Policies.EFFECTIVE_DATE).leq(lit(java.sql.Date.valueOf(day))))));
    }
    return out;
  }

  private static Column before(String tsCol, Column end) {
    return when(col(tsCol).lt(end), col(tsCol));
  }
}
