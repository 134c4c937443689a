package dev.sellertrust.metrics;

import static org.apache.spark.sql.functions.*;

import dev.sellertrust.config.JobConfig;
import dev.sellertrust.io.Col;
import java.util.List;
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

  /**
   * The contacts as they stood at {@code end} (per row, or one day's end for a backtest): those opened later are
   * dropped, and a reply, resolution or satisfaction stamped later has not happened yet.
   */
  public static Dataset<Row> asOf(Dataset<Row> tickets, Column end) {
    return tickets.filter(col(Col.Tickets.OPENED_TS).lt(end))
        .withColumn(Col.Tickets.FIRST_RESPONSE_TS, MetricParams.before(col(Col.Tickets.FIRST_RESPONSE_TS), end))
        .withColumn(Col.Tickets.RESOLVED_TS, MetricParams.before(col(Col.Tickets.RESOLVED_TS), end))
        .withColumn(Col.Tickets.SATISFIED, when(col(Col.Tickets.RESOLVED_TS).isNull(), lit(null).cast("boolean"))
            .otherwise(col(Col.Tickets.SATISFIED)));
  }

  public static Dataset<Row> prepare(Dataset<Row> tickets, Dataset<Row> orderKeys, MetricParams p) {
    JobConfig.Service cfg = p.config().service();
    Column date = coalesce(col(MetricCols.ORDER_DATE), to_date(col(Col.Tickets.OPENED_TS)));
    Column opened = col(Col.Tickets.OPENED_TS);
    Column end = p.asOfEnd(date);
    Column reply = when(coalesce(col(Col.Tickets.AUTO_REPLY), lit(false)), col(Col.Tickets.RESOLVED_TS))
        .otherwise(col(Col.Tickets.FIRST_RESPONSE_TS));
    Column replyHours = Evidence.hoursBetween(opened, reply);
    Column ageHours = Evidence.hoursBetween(opened, end);
    Dataset<Row> inLookback = tickets
        .join(orderKeys, col(Col.ORDER_ID).equalTo(col("_o")), "left")
        .filter(Decay.withinLookback(date, p.snapshotDate(), p.config().window().lookbackDays()));
    // As of the row's settle day: a contact opened after its order settled does not count (as feedback windows on
    // Amazon and eBay close), and a reply stamped later has not happened yet.
    return asOf(inLookback, end)
        .select(
            col(Col.SELLER_ID),
            col(Col.ORDER_ID),
            col(MetricCols.BUYER_KEY),
            col(MetricCols.BUYER_COUNTRY),
            Decay.weight(date, p.snapshotDate(), p.config().window().halfLifeDays()).as(MetricCols.W),
            date.as(MetricCols.ATTR_DATE),
            reply.isNotNull().as(DurationHistogram.OBSERVED),
            coalesce(replyHours, ageHours).as(DurationHistogram.HOURS),
            reply.isNotNull().or(ageHours.geq(cfg.responseTargetHours())).as("target_due"),
            coalesce(replyHours.gt(cfg.responseTargetHours()), lit(true)).as("missed_target"),
            reply.isNotNull().or(ageHours.geq(cfg.unansweredAfterHours())).as("unanswered_due"),
            coalesce(replyHours.gt(cfg.unansweredAfterHours()), lit(true)).as("unanswered"));
  }

  /** Per seller and buyer country (null when the contact names no known order). */
  public static final StatFamily FAMILY = new StatFamily("tickets", List.of(MetricCols.BUYER_COUNTRY), metricStats());

  /** Hours to the first human reply, per seller, buyer country and bin. */
  public static final StatFamily RESPONSE_HISTOGRAM =
      DurationHistogram.family("response_histogram", List.of(MetricCols.BUYER_COUNTRY));

  private static List<Stat> metricStats() {
    List<Stat> stats = new java.util.ArrayList<>();
    stats.addAll(StatFamily.metric(Metric.SLOW_RESPONSE, col("target_due"), col("missed_target")));
    stats.addAll(StatFamily.metric(Metric.UNANSWERED, col("unanswered_due"), col("unanswered")));
    return stats;
  }

  public static java.util.Map<String, Column> badBuyers() {
    java.util.Map<String, Column> m = new java.util.LinkedHashMap<>();
    m.put(Metric.SLOW_RESPONSE, col("target_due").and(col("missed_target")));
    m.put(Metric.UNANSWERED, col("unanswered_due").and(col("unanswered")));
    return m;
  }

  public static SellerAggregate aggregate(Dataset<Row> sums, Dataset<Row> buyerCounts) {
    Dataset<Row> perSeller = Evidence.withBuyers(Sums.perSeller(sums, FAMILY), buyerCounts,
            List.of(Metric.SLOW_RESPONSE, Metric.UNANSWERED))
        .select(
            col(MetricCols.SELLER_ID),
            col(StatFamily.ROWS).as("n_tickets"),
            Evidence.fromSums(Metric.SLOW_RESPONSE),
            Evidence.fromSums(Metric.UNANSWERED));
    return SellerAggregate.of(perSeller, Metric.SLOW_RESPONSE, Metric.UNANSWERED);
  }
}
