package dev.sellertrust.metrics;

import static org.apache.spark.sql.functions.*;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What a seller's corridors (seller country -> buyer country) predict for a rate: on each of its lanes, the rate of
 * the OTHER sellers there, times the seller's own trials there, summed. Leaving the seller out keeps a dominant seller
 * from excusing itself with its own record. Lanes with a null country (reviews naming no known order) are lanes too.
 */
final class CorridorExpectation {
  private CorridorExpectation() {}

  /**
   * @param lanes one row per seller and lane: seller_id, seller_country, buyer_country and the {@code bad} and
   *     {@code trials} sums
   * @return seller_id and the expected bad outcomes as {@code as}
   */
  static Dataset<Row> fromOtherSellers(Dataset<Row> lanes, String bad, String trials, String as) {
    Dataset<Row> corridor = lanes.groupBy(MetricCols.SELLER_COUNTRY, MetricCols.BUYER_COUNTRY)
        .agg(sum(trials).as("_corridor_trials"), sum(bad).as("_corridor_bad"));
    Column othersTrials = col("_corridor_trials").minus(col(trials));
    Column othersRate = when(othersTrials.gt(1e-9), col("_corridor_bad").minus(col(bad)).divide(othersTrials))
        .otherwise(lit(0.0));
    return lanes.alias("_l").join(corridor.alias("_c"),
            col("_l." + MetricCols.SELLER_COUNTRY).eqNullSafe(col("_c." + MetricCols.SELLER_COUNTRY))
                .and(col("_l." + MetricCols.BUYER_COUNTRY).eqNullSafe(col("_c." + MetricCols.BUYER_COUNTRY))))
        .groupBy(col("_l." + MetricCols.SELLER_ID).as(MetricCols.SELLER_ID))
        .agg(sum(othersRate.multiply(col(trials))).as(as));
  }
}
