package dev.sellertrust.metrics;

import static org.apache.spark.sql.functions.*;

import java.time.LocalDate;
import org.apache.spark.sql.Column;

/**
 * Exponential time decay: an event weighs 0.5^(age_days / halfLife). Unlike a window cliff, a score never jumps
 * when an old event crosses a boundary, and decayed sums merge across days (sum_today = sum_yesterday * f + new).
 */
public final class Decay {
  private Decay() {}

  public static Column weight(Column eventDate, LocalDate snapshot, double halfLifeDays) {
    Column age = datediff(lit(java.sql.Date.valueOf(snapshot)), eventDate);
    return pow(lit(0.5), greatest(age, lit(0)).divide(halfLifeDays));
  }

  /** One day's decay: a decayed sum as of day d+1 is the sum as of day d times this. */
  public static double dailyFactor(dev.sellertrust.config.JobConfig.Window w) {
    return Math.pow(0.5, 1.0 / w.halfLifeDays());
  }

  /** The weight an event has on the day it leaves the lookback (and is subtracted from a running sum). */
  public static double weightOnLeaving(dev.sellertrust.config.JobConfig.Window w) {
    return Math.pow(0.5, w.lookbackDays() / w.halfLifeDays());
  }

  /**
   * Below this a running decayed sum is rounding residue of additions and subtractions that cancel: a millionth of
   * the smallest weight any event can have, far above double rounding (1e-16 relative) at any realistic volume.
   */
  public static double residue(dev.sellertrust.config.JobConfig.Window w) {
    return 1e-6 * weightOnLeaving(w);
  }

  public static Column withinLookback(Column eventDate, LocalDate snapshot, int lookbackDays) {
    return eventDate.gt(lit(java.sql.Date.valueOf(snapshot.minusDays(lookbackDays))));
  }
}
