package dev.sellertrust.metrics;

import static org.apache.spark.sql.functions.*;

import org.apache.spark.sql.Column;

/**
 * One additive quantity summed over fact rows per seller (and its family's keys). Every aggregate the score needs is
 * a sum of such quantities or a function of sums, which is what makes daily runs mergeable: yesterday's decayed sums
 * times the daily decay factor, plus the new rows, are today's sums.
 *
 * @param perRow the row's value before decay weighting (0 when the row does not count)
 * @param kind whether the value is weighted by the row's decay weight, and its type
 */
public record Stat(String name, Column perRow, Kind kind) {

  public enum Kind {
    /** Weighted by the decay weight: scaled by 0.5^(1/halfLife) from one day to the next. Double. */
    DECAYED,
    /** A count of rows: never scaled. Long, so merged counts stay exact. */
    COUNT,
    /** A plain sum of a value (e.g. star ratings): never scaled. Double. */
    PLAIN
  }

  /** Decayed weight of the rows where {@code condition} holds (null counts as false). */
  public static Stat decayed(String name, Column condition) {
    return new Stat(name, when(coalesce(condition, lit(false)), lit(1.0)).otherwise(lit(0.0)), Kind.DECAYED);
  }

  /** Decayed sum of a per-row value (null counts as 0). */
  public static Stat decayedValue(String name, Column value) {
    return new Stat(name, coalesce(value.cast("double"), lit(0.0)), Kind.DECAYED);
  }

  /** Number of rows where {@code condition} holds. */
  public static Stat count(String name, Column condition) {
    return new Stat(name, when(coalesce(condition, lit(false)), lit(1L)).otherwise(lit(0L)), Kind.COUNT);
  }

  /** Plain sum of a value (null counts as 0). */
  public static Stat plain(String name, Column value) {
    return new Stat(name, coalesce(value.cast("double"), lit(0.0)), Kind.PLAIN);
  }
}
