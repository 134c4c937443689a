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

  public static Column withinLookback(Column eventDate, LocalDate snapshot, int lookbackDays) {
    return eventDate.gt(lit(java.sql.Date.valueOf(snapshot.minusDays(lookbackDays))));
  }
}
