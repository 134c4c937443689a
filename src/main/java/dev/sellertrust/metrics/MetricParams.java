package dev.sellertrust.metrics;

import dev.sellertrust.config.JobConfig;
import java.io.Serializable;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** The run's snapshot and config, as the metric transforms need them. */
public record MetricParams(LocalDate snapshotDate, JobConfig config) implements Serializable {

  /** Exclusive end of the snapshot day in UTC: the "now" against which open contacts are censored. */
  public Timestamp snapshotEnd() {
    return Timestamp.from(snapshotDate.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
  }
}
