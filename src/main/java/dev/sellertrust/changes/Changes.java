package dev.sellertrust.changes;

import static org.apache.spark.sql.functions.*;

import dev.sellertrust.score.OutputCols;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What a platform must re-import between two published snapshots: one row per seller that is new, gone, changed
 * tier, or whose score moved by more than {@code points}. A seller can both change tier and move, so the types are
 * an array; "new" and "gone" stand alone. Unchanged sellers are not listed: an importer applies the feed on top of
 * the previous snapshot's seller_scores.jsonl.
 */
public final class Changes {
  private Changes() {}

  public static final String NEW = "new";
  public static final String GONE = "gone";
  public static final String TIER_CHANGED = "tier_changed";
  public static final String MOVED = "moved";

  public static final String CHANGE_TYPES = "change_types";
  public static final String OLD_SCORE = "old_trust_score";
  public static final String NEW_SCORE = "new_trust_score";
  public static final String DELTA = "delta";
  public static final String OLD_TIER = "old_tier";
  public static final String NEW_TIER = "new_tier";

  /**
   * @param previous seller_scores of the previous published snapshot (an empty frame when there is none)
   * @param current seller_scores of this snapshot
   * @param points a move strictly larger than this (in score points, 0-100 scale) counts as "moved"
   */
  public static Dataset<Row> between(Dataset<Row> previous, Dataset<Row> current, double points) {
    if (!(points >= 0)) {
      throw new IllegalArgumentException("change points must be a non-negative number, got " + points);
    }
    Dataset<Row> prev = previous.select(col(OutputCols.SELLER_ID), col(OutputCols.TRUST_SCORE).as(OLD_SCORE),
        col(OutputCols.TIER).as(OLD_TIER), lit(true).as("_in_prev"));
    Dataset<Row> cur = current.select(col(OutputCols.SELLER_ID), col(OutputCols.TRUST_SCORE).as(NEW_SCORE),
        col(OutputCols.TIER).as(NEW_TIER), col(OutputCols.REASONS), lit(true).as("_in_cur"));
    Dataset<Row> joined = prev.join(cur, new String[] {OutputCols.SELLER_ID}, "full_outer");
    Column inPrev = coalesce(col("_in_prev"), lit(false));
    Column inCur = coalesce(col("_in_cur"), lit(false));
    Column delta = round(col(NEW_SCORE).minus(col(OLD_SCORE)), 2);
    Column tierChanged = inPrev.and(inCur).and(not(col(OLD_TIER).eqNullSafe(col(NEW_TIER))));
    Column moved = inPrev.and(inCur).and(coalesce(abs(delta).gt(points), lit(false)));
    Column types = when(not(inPrev), array(lit(NEW)))
        .when(not(inCur), array(lit(GONE)))
        .otherwise(filter(array(when(tierChanged, lit(TIER_CHANGED)), when(moved, lit(MOVED))), Column::isNotNull));
    return joined
        .select(col(OutputCols.SELLER_ID), types.as(CHANGE_TYPES), col(OLD_SCORE), col(NEW_SCORE), delta.as(DELTA),
            col(OLD_TIER), col(NEW_TIER), col(OutputCols.REASONS))
        .filter(size(col(CHANGE_TYPES)).gt(0));
  }
}
