package dev.sellertrust.score;

import static org.apache.spark.sql.functions.*;

import dev.sellertrust.config.JobConfig;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Keeps a seller below the evidence floor (fewer than tiers.minOrders orders and tiers.minReviews reviews) out of both
 * ends of the ranking. Its posterior is the best estimate there is, but on a marketplace of many small sellers the
 * few with a single one-star review would otherwise outnumber, at the bottom, the sellers whose many reviews show a
 * real problem; a buyer reading the extremes must only meet sellers with evidence. So its score is held strictly
 * inside the range that leaves the tiers.floorBandShare of all sellers at each end to sellers above the floor, and
 * its interval is widened to contain the held score. It is insufficient_evidence either way.
 */
final class EvidenceFloorBand {
  static final String HELD_REASON = "thin_evidence: score held inside the range of better-evidenced sellers";

  private EvidenceFloorBand() {}

  static Column belowFloor(JobConfig.Tiers t) {
    return coalesce(col("n_orders"), lit(0L)).lt(t.minOrders())
        .and(coalesce(col("n_reviews"), lit(0L)).lt(t.minReviews()));
  }

  /** {@code scored}: one row per seller with score, score_low, score_high, reasons, n_orders, n_reviews. */
  static Dataset<Row> apply(Dataset<Row> scored, JobConfig cfg) {
    JobConfig.Tiers t = cfg.tiers();
    if (t.floorBandShare() <= 0) {
      return scored;
    }
    Column above = not(belowFloor(t)).and(col("score").isNotNull());
    // Bounds on the published (rounded) scores, one cent inside, so ties at a bound cannot rank a held seller past it.
    Dataset<Row> ranked = scored.agg(
        count(col("score")).as("_scored"),
        sort_array(collect_list(when(above, round(col("score"), 2)))).as("_above"));
    Column k = ceil(col("_scored").multiply(t.floorBandShare())).cast("int");
    Column m = size(col("_above"));
    Column enough = k.gt(0).and(m.geq(k));
    Dataset<Row> bounds = ranked.select(
        when(enough, element_at(col("_above"), k).plus(0.01)).as("_band_low"),
        when(enough, element_at(col("_above"), m.minus(k).plus(1)).minus(0.01)).as("_band_high"));
    Dataset<Row> d = scored.crossJoin(broadcast(bounds));
    // Too few sellers above the floor for both ends: the middle of what they span.
    Column mid = col("_band_low").plus(col("_band_high")).divide(2.0);
    Column low = when(col("_band_low").gt(col("_band_high")), mid).otherwise(col("_band_low"));
    Column high = when(col("_band_low").gt(col("_band_high")), mid).otherwise(col("_band_high"));
    Column held = least(greatest(col("score"), low), high);
    Column moves = belowFloor(t).and(col("score").isNotNull()).and(col("_band_low").isNotNull())
        .and(held.notEqual(col("score")));
    return d.withColumn("_held", moves)
        .withColumn("score", when(col("_held"), held).otherwise(col("score")))
        .withColumn("score_low", when(col("_held"), least(col("score_low"), col("score"))).otherwise(col("score_low")))
        .withColumn("score_high", when(col("_held"), greatest(col("score_high"), col("score"))).otherwise(col("score_high")))
        .withColumn(OutputCols.REASONS, when(col("_held"),
            slice(concat(array(lit(HELD_REASON)), coalesce(col(OutputCols.REASONS), array().cast("array<string>"))), 1,
                cfg.reasons().max()))
            .otherwise(col(OutputCols.REASONS)))
        .drop("_band_low", "_band_high", "_held");
  }
}
