package dev.sellertrust.metrics;

import static org.apache.spark.sql.functions.*;

import dev.sellertrust.spark.Materialise;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The per-row facts every metric is summed from, one table per input (null = dataset absent). Every row carries its
 * attribution date ({@link MetricCols#ATTR_DATE}) and decay weight ({@link MetricCols#W}).
 *
 * @param orders order facts with the {@link OrderDefects#DEFECT} flag
 * @param practice returns judged against the seller's policy (null without policies or returns)
 */
public record FactTables(Dataset<Row> orders, Dataset<Row> reviews, Dataset<Row> returns, Dataset<Row> tickets,
    Dataset<Row> practice) {

  /**
   * @param sellerPolicy the policy in force per seller (null without policies)
   * @param materialise how the fact tables are materialised: each is read by the sums, the pairs and the tables after it
   */
  public static FactTables prepare(Dataset<Row> orders, Dataset<Row> sellers, Dataset<Row> reviews,
      Dataset<Row> returns, Dataset<Row> tickets, Dataset<Row> sellerPolicy, MetricParams p, Materialise materialise) {
    Dataset<Row> orderFacts = materialise.apply(OrderFacts.prepare(orders, sellers, p));
    Dataset<Row> orderKeys = OrderFacts.keys(orders);
    Dataset<Row> returnFacts = returns == null ? null
        : materialise.apply(ReturnMetrics.prepare(returns, orderFacts,
            sellerPolicy == null ? null : sellerPolicy.select(MetricCols.SELLER_ID, ReturnMetrics.POLICY_WINDOW_DAYS), p));
    Dataset<Row> reviewFacts = reviews == null ? null
        : materialise.apply(ReviewMetrics.prepare(reviews, orderKeys, ReviewMetrics.excusedOrders(orderFacts, returnFacts), p));
    Dataset<Row> ticketFacts = tickets == null ? null : materialise.apply(ServiceMetrics.prepare(tickets, orderKeys, p));
    Dataset<Row> practice = returnFacts == null || sellerPolicy == null ? null
        : PolicyPracticeMetrics.prepare(returnFacts, orderFacts, sellerPolicy, p.config().returns().returnTransitDays());
    Dataset<Row> flagged = materialise.apply(OrderDefects.flagged(orderFacts, reviewFacts, returnFacts, ticketFacts));
    return new FactTables(flagged, reviewFacts, returnFacts, ticketFacts, practice);
  }

  /** Every present family with the facts it sums, in a fixed order. */
  public Map<StatFamily, Dataset<Row>> sources() {
    Map<StatFamily, Dataset<Row>> m = new LinkedHashMap<>();
    m.put(DeliveryMetrics.FAMILY, orders);
    if (reviews != null) {
      m.put(ReviewMetrics.FAMILY, reviews);
    }
    if (returns != null) {
      m.put(ReturnMetrics.FAMILY, returns);
      m.put(ReturnMetrics.REFUND_HISTOGRAM, DurationHistogram.binned(returns.filter(col("refund_expected"))));
    }
    if (tickets != null) {
      m.put(ServiceMetrics.FAMILY, tickets);
      m.put(ServiceMetrics.RESPONSE_HISTOGRAM, DurationHistogram.binned(tickets));
    }
    if (practice != null) {
      m.put(PolicyPracticeMetrics.FAMILY, practice);
    }
    return m;
  }

  /** (seller, metric, buyer) pairs of bad outcomes from every present table. */
  public Dataset<Row> badBuyerPairs() {
    List<Dataset<Row>> parts = new ArrayList<>();
    parts.add(BadBuyers.pairs(orders, DeliveryMetrics.badBuyers()));
    if (reviews != null) {
      parts.add(BadBuyers.pairs(reviews, ReviewMetrics.badBuyers()));
    }
    if (returns != null) {
      parts.add(BadBuyers.pairs(returns, ReturnMetrics.badBuyers()));
    }
    if (tickets != null) {
      parts.add(BadBuyers.pairs(tickets, ServiceMetrics.badBuyers()));
    }
    if (practice != null) {
      parts.add(BadBuyers.pairs(practice, PolicyPracticeMetrics.badBuyers()));
    }
    return parts.stream().reduce(Dataset::union).orElseThrow();
  }

  /** The same tables restricted to rows whose attribution date satisfies {@code condition}. */
  public FactTables where(Column condition) {
    UnaryOperator<Dataset<Row>> f = d -> d == null ? null : d.filter(condition);
    return new FactTables(f.apply(orders), f.apply(reviews), f.apply(returns), f.apply(tickets), f.apply(practice));
  }
}
