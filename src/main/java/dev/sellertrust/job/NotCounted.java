package dev.sellertrust.job;

import static org.apache.spark.sql.functions.*;

import dev.sellertrust.io.Col;
import dev.sellertrust.io.InputContract;
import dev.sellertrust.metrics.Decay;
import dev.sellertrust.metrics.MetricParams;
import dev.sellertrust.metrics.OrderFacts;
import dev.sellertrust.metrics.ReviewMetrics;
import dev.sellertrust.quality.AcceptedInputs;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Accepted rows that the metrics read but do not count, by dataset and reason, for the manifest: with them, rows read
 * = counted + quarantined + not counted, and nothing leaves the computation unseen.
 */
final class NotCounted {
  private NotCounted() {}

  static final String OUTSIDE_LOOKBACK = ReviewMetrics.REASON_OUTSIDE_LOOKBACK;

  /** dataset -> reason -> rows; datasets with nothing left out are absent. */
  static Map<String, Map<String, Long>> of(AcceptedInputs in, MetricParams p) {
    Map<String, Map<String, Long>> out = new LinkedHashMap<>();
    Dataset<Row> orders = in.accepted(InputContract.ORDERS);
    if (orders == null) {
      return out;
    }
    Dataset<Row> old = orders.filter(not(Decay.withinLookback(to_date(col(Col.Orders.ORDER_TS)), p.snapshotDate(),
        p.config().window().lookbackDays()))).select(lit(OUTSIDE_LOOKBACK).as("reason"));
    Dataset<Row> byReason = old.groupBy("reason").agg(count(lit(1)).as("rows")).withColumn("dataset",
        lit(InputContract.ORDERS.name()));
    Dataset<Row> reviews = in.accepted(InputContract.REVIEWS);
    if (reviews != null) {
      byReason = byReason.unionByName(ReviewMetrics.notCounted(reviews, OrderFacts.keys(orders), p)
          .withColumn("dataset", lit(InputContract.REVIEWS.name())));
    }
    // One small action for every dataset and reason.
    for (Row r : byReason.collectAsList()) {
      out.computeIfAbsent(r.getAs("dataset"), k -> new TreeMap<>()).put(r.getAs("reason"), r.<Long>getAs("rows"));
    }
    return out;
  }
}
