package dev.sellertrust.metrics;

import static org.apache.spark.sql.functions.*;

import dev.sellertrust.config.JobConfig;
import dev.sellertrust.io.Col;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * After-sales responsiveness. The first human reply counts: when the recorded first response was an auto-reply,
 * the ticket's resolution time stands in for it. Open contacts are censored at their age, so "within 24 h" is
 * measured only over contacts old enough to have had 24 h (Etsy's Star Seller uses the same 24 h bar).
 */
public final class ServiceMetrics {
  private ServiceMetrics() {}

  public static Dataset<Row> prepare(Dataset<Row> tickets, Dataset<Row> orderFacts, MetricParams p) {
    JobConfig.Service cfg = p.config().service();
    Dataset<Row> orderKeys =
        orderFacts.select(col(MetricCols.ORDER_ID).as("_o"), col(MetricCols.ORDER_DATE), col(MetricCols.BUYER_KEY),
            col(MetricCols.BUYER_COUNTRY));
    Column date = coalesce(col(MetricCols.ORDER_DATE), to_date(col(Col.Tickets.OPENED_TS)));
    Column opened = col(Col.Tickets.OPENED_TS);
    Column reply =
        when(coalesce(col(Col.Tickets.AUTO_REPLY), lit(false)), col(Col.Tickets.RESOLVED_TS))
            .otherwise(col(Col.Tickets.FIRST_RESPONSE_TS));
    Column replyHours = Evidence.hoursBetween(opened, reply);
    Column ageHours = Evidence.hoursBetween(opened, lit(p.snapshotEnd()));
    return tickets
        .join(orderKeys, col(Col.ORDER_ID).equalTo(col("_o")), "left")
        .filter(Decay.withinLookback(date, p.snapshotDate(), p.config().window().lookbackDays()))
        .select(
            col(Col.SELLER_ID),
            col(Col.ORDER_ID),
            col(MetricCols.BUYER_KEY),
            col(MetricCols.BUYER_COUNTRY),
            Decay.weight(date, p.snapshotDate(), p.config().window().halfLifeDays()).as(MetricCols.W),
            reply.isNotNull().as(DurationHistogram.OBSERVED),
            coalesce(replyHours, ageHours).as(DurationHistogram.HOURS),
            reply.isNotNull().or(ageHours.geq(cfg.responseTargetHours())).as("target_due"),
            coalesce(replyHours.gt(cfg.responseTargetHours()), lit(true)).as("missed_target"),
            reply.isNotNull().or(ageHours.geq(cfg.unansweredAfterHours())).as("unanswered_due"),
            coalesce(replyHours.gt(cfg.unansweredAfterHours()), lit(true)).as("unanswered"));
  }

  public static SellerAggregate aggregate(Dataset<Row> ticketFacts) {
    Dataset<Row> perSeller =
        ticketFacts.groupBy(col(Col.SELLER_ID))
            .agg(
                count(lit(1)).as("n_tickets"),
                Evidence.metric(Metric.SLOW_RESPONSE, col("target_due"), col("missed_target")),
                Evidence.metric(Metric.UNANSWERED, col("unanswered_due"), col("unanswered")));
    return SellerAggregate.of(perSeller, Metric.SLOW_RESPONSE, Metric.UNANSWERED);
  }
}
