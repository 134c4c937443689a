package dev.sellertrust.metrics;

import dev.sellertrust.config.JobConfig;
import static org.apache.spark.sql.functions.*;

import java.io.Serializable;
import java.time.LocalDate;
import org.apache.spark.sql.Column;

/** The run's snapshot and config, as the metric transforms need them. */
public record MetricParams(LocalDate snapshotDate, JobConfig config) implements Serializable {

  /**
   * The day a row is judged at: the snapshot day, but never later than its attribution date plus the settle horizon.
   * A row older than the horizon is settled (its ticket answered or never to be, its return closed): judging it as of
   * then instead of today makes its contribution constant, so a daily run can fold it into the state once.
   */
  public Column asOfDate(Column attrDate) {
    return least(lit(java.sql.Date.valueOf(snapshotDate)), date_add(attrDate, config.window().settleDays()));
  }

  /**
   * Exclusive end of {@link #asOfDate}: the "now" against which a row's open cases are censored. What is stamped at or
   * after it (an event created, a reply, a refund, a delivery) has not happened for this row: a settled row stays as
   * it was on its settle day, so a recomputation and a daily run that folded it then agree whatever comes later.
   */
  public Column asOfEnd(Column attrDate) {
    return date_add(asOfDate(attrDate), 1).cast("timestamp");
  }

  /** The timestamp if it is before {@code end}, else null (not happened yet as of the row's settle day). */
  public static Column before(Column ts, Column end) {
    return when(ts.lt(end), ts);
  }
}
