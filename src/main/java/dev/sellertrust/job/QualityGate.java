package dev.sellertrust.job;

import dev.sellertrust.config.JobConfig;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Data-quality rules with levels, after Deequ: ERROR stops the run before anything is published, WARNING is logged
 * and recorded in the manifest (every quarantined row is in the quarantine table either way).
 */
final class QualityGate {
  private static final Logger LOG = LoggerFactory.getLogger(QualityGate.class);

  private QualityGate() {}

  static void check(Map<String, DatasetCounts> counts, JobConfig.Quality cfg) {
    for (String required : new String[] {"sellers", "orders"}) {
      DatasetCounts c = counts.get(required);
      if (c.rowsAccepted() == 0) {
        throw new QualityException("no valid row in required dataset '" + required + "' (" + c.rowsRead()
            + " read, reasons " + c.quarantinedByReason() + "): see the quarantine reasons in docs/DATA_QUALITY.md");
      }
    }
    for (DatasetCounts c : counts.values()) {
      if (!c.present() || c.rowsQuarantined() == 0) {
        continue;
      }
      double share = c.quarantinedShare();
      if (share > cfg.maxQuarantineShare()) {
        throw new QualityException(String.format(java.util.Locale.ROOT,
            "%s: %.1f%% of rows quarantined (%d of %d; %s), above quality.maxQuarantineShare %.1f%%: fix the input "
                + "or raise the ceiling in the config",
            c.dataset(), 100 * share, c.rowsQuarantined(), c.rowsRead(), c.quarantinedByReason(),
            100 * cfg.maxQuarantineShare()));
      }
      LOG.warn("WARNING {}: {} rows quarantined ({}): see the quarantine table", c.dataset(), c.rowsQuarantined(),
          c.quarantinedByReason());
    }
  }
}
