package dev.sellertrust.metrics;

import static org.apache.spark.sql.functions.*;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The long evidence table: one row per seller and binomial metric (seller_id, metric, bad, trials, n_raw,
 * bad_buyers, expected_bad). Each concern aggregates all its metrics in one pass as struct columns, then
 * {@link #toLong} unpivots them, so no input is scanned twice.
 */
public final class Evidence {
  private Evidence() {}

  /** One metric's aggregates as a struct: weighted bad and trial sums, raw trial count, distinct bad buyers. */
  static Column metric(String metric, Column isTrial, Column isBad) {
    return metric(metric, isTrial, isBad, lit(null).cast("double"));
  }

  static Column metric(String metric, Column isTrial, Column isBad, Column expectedBad) {
    Column w = col(MetricCols.W);
    Column trial = coalesce(isTrial, lit(false));
    Column bad = trial.and(coalesce(isBad, lit(false)));
    return struct(
            lit(metric).as(MetricCols.METRIC),
            sum(when(bad, w).otherwise(0.0)).as(MetricCols.BAD),
            sum(when(trial, w).otherwise(0.0)).as(MetricCols.TRIALS),
            count(when(trial, lit(1))).as(MetricCols.N_RAW),
            // HyperLogLog++ is exact in practice at the small counts floors look at (a few buyers), and mergeable.
            approx_count_distinct(when(bad, col(MetricCols.BUYER_KEY))).as(MetricCols.BAD_BUYERS),
            expectedBad.as(MetricCols.EXPECTED_BAD))
        .as(metric);
  }

  static Dataset<Row> toLong(Dataset<Row> wide, List<String> metrics) {
    Column[] structs = metrics.stream().map(m -> col(m)).toArray(Column[]::new);
    return wide.select(col(MetricCols.SELLER_ID), explode(array(structs)).as("e"))
        .select(
            col(MetricCols.SELLER_ID),
            col("e." + MetricCols.METRIC).as(MetricCols.METRIC),
            col("e." + MetricCols.BAD).as(MetricCols.BAD),
            col("e." + MetricCols.TRIALS).as(MetricCols.TRIALS),
            col("e." + MetricCols.N_RAW).as(MetricCols.N_RAW),
            col("e." + MetricCols.BAD_BUYERS).as(MetricCols.BAD_BUYERS),
            col("e." + MetricCols.EXPECTED_BAD).as(MetricCols.EXPECTED_BAD));
  }

  static Column hoursBetween(Column from, Column to) {
    return unix_micros(to).minus(unix_micros(from)).divide(3.6e9);
  }
}
