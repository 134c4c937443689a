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

  /**
   * One metric's evidence struct from per-seller sums ({@link StatFamily#metric}) and distinct bad buyers
   * ({@link BadBuyers#counts}, joined as {@code <metric>__buyers}).
   */
  static Column fromSums(String metric) {
    return fromSums(metric, lit(null).cast("double"));
  }

  static Column fromSums(String metric, Column expectedBad) {
    return struct(
            lit(metric).as(MetricCols.METRIC),
            col(StatFamily.bad(metric)).as(MetricCols.BAD),
            col(StatFamily.trials(metric)).as(MetricCols.TRIALS),
            col(StatFamily.n(metric)).as(MetricCols.N_RAW),
            coalesce(col(BadBuyers.column(metric)), lit(0L)).as(MetricCols.BAD_BUYERS),
            expectedBad.as(MetricCols.EXPECTED_BAD))
        .as(metric);
  }

  /** Per-seller sums with the distinct-bad-buyer counts of the given metrics joined. */
  static Dataset<Row> withBuyers(Dataset<Row> perSeller, Dataset<Row> buyerCounts, List<String> metrics) {
    List<Column> cols = new java.util.ArrayList<>();
    cols.add(col(MetricCols.SELLER_ID));
    metrics.forEach(m -> cols.add(col(BadBuyers.column(m))));
    return perSeller.join(buyerCounts.select(cols.toArray(new Column[0])), new String[] {MetricCols.SELLER_ID}, "left");
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
