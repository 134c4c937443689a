package dev.sellertrust.evaluation;

import static org.apache.spark.sql.functions.*;

import dev.sellertrust.io.Col;
import dev.sellertrust.io.InputContract;
import dev.sellertrust.metrics.OrderFacts;
import dev.sellertrust.metrics.ReturnMetrics;
import dev.sellertrust.metrics.ServiceMetrics;
import dev.sellertrust.quality.AcceptedInputs;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The data as it stood at the end of a past day: rows created later are dropped, and what happened to a row later
 * (a delivery, a reply, a refund) is undone, so a backtest scores only what was knowable then. The metrics read every
 * row as of its own settle day with the same transforms ({@code asOf} of each dataset's metrics).
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
    out = out.with(InputContract.ORDERS, OrderFacts.asOf(in.accepted(InputContract.ORDERS), e));
    Dataset<Row> reviews = in.accepted(InputContract.REVIEWS);
    if (reviews != null) {
      out = out.with(InputContract.REVIEWS, reviews.filter(col(Col.Reviews.REVIEW_TS).lt(e)));
    }
    Dataset<Row> returns = in.accepted(InputContract.RETURNS);
    if (returns != null) {
      out = out.with(InputContract.RETURNS, ReturnMetrics.asOf(returns, e));
    }
    Dataset<Row> tickets = in.accepted(InputContract.SERVICE_TICKETS);
    if (tickets != null) {
      out = out.with(InputContract.SERVICE_TICKETS, ServiceMetrics.asOf(tickets, e));
    }
    Dataset<Row> policies = in.accepted(InputContract.RETURN_POLICIES);
    if (policies != null) {
      out = out.with(InputContract.RETURN_POLICIES, policies.filter(col(Col.Policies.EFFECTIVE_DATE).isNull()
          .or(col(Col.Policies.EFFECTIVE_DATE).leq(lit(java.sql.Date.valueOf(day))))));
    }
    return out;
  }
}
