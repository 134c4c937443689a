package dev.sellertrust.metrics;

import static org.apache.spark.sql.functions.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Distinct buyers behind each bad outcome, for the floors (one angry buyer is one defect however many items). Kept as
 * (seller, metric, buyer, latest attribution date) pairs, exact and mergeable: a distinct count over a sliding window
 * cannot be decremented, but pairs can be dropped once their latest date leaves the window.
 */
public final class BadBuyers {
  private BadBuyers() {}

  public static final String LATEST = "latest_attr_date";
  /**
   * A 64-bit hash of the buyer pseudonym: the saved state then holds no pseudonym at all, and a collision between two
   * buyers of one seller (about n^2 / 2^65) is far below anything a count of a few buyers can show.
   */
  public static final String BUYER = "buyer_hash";
  /** Prefix of an order id standing in for an unknown buyer (a buyer key is hex, so the two never meet). */
  static final String ORDER_STAND_IN = "order:";

  /**
   * (seller_id, metric, buyer_hash, latest_attr_date) for every bad outcome with a known buyer or, where the export
   * names no buyer, a known order: an order whose buyer is unknown counts as a buyer of its own. Real exports often
   * leave the buyer out (the Olist one names it on one order in ten), and without the stand-in no seller there could
   * ever reach a penalty's distinct-buyer floor, however many of its orders failed.
   */
  public static Dataset<Row> pairs(Dataset<Row> facts, Map<String, Column> badByMetric) {
    List<Column> tagged = new ArrayList<>();
    badByMetric.forEach((m, bad) -> tagged.add(when(coalesce(bad, lit(false)), lit(m))));
    Column buyer = java.util.Arrays.asList(facts.columns()).contains(MetricCols.ORDER_ID)
        ? coalesce(col(MetricCols.BUYER_KEY), concat(lit(ORDER_STAND_IN), col(MetricCols.ORDER_ID)))
        : col(MetricCols.BUYER_KEY);
    return facts
        .select(col(MetricCols.SELLER_ID), buyer.as(MetricCols.BUYER_KEY), col(MetricCols.ATTR_DATE),
            explode(array(tagged.toArray(new Column[0]))).as(MetricCols.METRIC))
        .filter(col(MetricCols.METRIC).isNotNull().and(col(MetricCols.BUYER_KEY).isNotNull()))
        .groupBy(col(MetricCols.SELLER_ID), col(MetricCols.METRIC), xxhash64(col(MetricCols.BUYER_KEY)).as(BUYER))
        .agg(max(col(MetricCols.ATTR_DATE)).as(LATEST));
  }

  /** Pairs from several sources as one set, without those whose latest date is on or before {@code leftBefore}. */
  public static Dataset<Row> merge(List<Dataset<Row>> parts, LocalDate leftBefore) {
    Dataset<Row> union = null;
    for (Dataset<Row> p : parts) {
      Dataset<Row> aligned = p.select(col(MetricCols.SELLER_ID), col(MetricCols.METRIC), col(BUYER), col(LATEST));
      union = union == null ? aligned : union.union(aligned);
    }
    return union.filter(col(LATEST).gt(lit(java.sql.Date.valueOf(leftBefore))))
        .groupBy(col(MetricCols.SELLER_ID), col(MetricCols.METRIC), col(BUYER))
        .agg(max(col(LATEST)).as(LATEST));
  }

  /** One row per seller with a {@code <metric>__buyers} column per metric (null when the seller has none). */
  public static Dataset<Row> counts(Dataset<Row> pairs, List<String> metrics) {
    List<Column> aggs = new ArrayList<>();
    for (String m : metrics) {
      aggs.add(count(when(col(MetricCols.METRIC).equalTo(m), lit(1))).as(column(m)));
    }
    return pairs.groupBy(col(MetricCols.SELLER_ID))
        .agg(aggs.get(0), aggs.subList(1, aggs.size()).toArray(new Column[0]));
  }

  public static String column(String metric) {
    return metric + "__buyers";
  }
}
