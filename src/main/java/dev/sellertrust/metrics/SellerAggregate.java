package dev.sellertrust.metrics;

import dev.sellertrust.spark.Materialise;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * One concern's per-seller aggregate: plain metric columns plus one struct column per binomial metric.
 * Computed in one pass and small (a row per seller), so the runner materialises it and both views read it.
 */
public record SellerAggregate(Dataset<Row> perSeller, List<String> metrics) {

  public Dataset<Row> evidence() {
    return Evidence.toLong(perSeller, metrics);
  }

  /** The plain columns (counts, rates, quantiles) without the metric structs. */
  public Dataset<Row> summary() {
    return perSeller.drop(metrics.toArray(new String[0]));
  }

  /** The same aggregate with its table materialised by {@code materialise}: both views read it. */
  public SellerAggregate materialised(Materialise materialise) {
    return new SellerAggregate(materialise.apply(perSeller), metrics);
  }

  static SellerAggregate of(Dataset<Row> perSeller, String... metrics) {
    return new SellerAggregate(perSeller, new ArrayList<>(Arrays.asList(metrics)));
  }
}
