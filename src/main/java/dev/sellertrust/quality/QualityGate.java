package dev.sellertrust.quality;

import dev.sellertrust.config.JobConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Data-quality rules with levels, after Deequ: every rule is evaluated on the reconciled counts in one pass and
 * reported (log and manifest); a failed rule of level ERROR then stops the run before anything is published (exit
 * code 4), a failed WARNING is only reported. Every quarantined row is in the quarantine table either way.
 */
public final class QualityGate {
  private static final Logger LOG = LoggerFactory.getLogger(QualityGate.class);

  public enum Level { ERROR, WARNING }

  /** One rule's outcome on one dataset. */
  public record Check(String rule, Level level, String dataset, boolean passed, String detail) {}

  /** The declared rules: name, level and what they check. Documented in docs/DATA_QUALITY.md. */
  public static final List<String> RULES = List.of(
      "required_dataset_has_valid_rows (ERROR): sellers and orders each have at least one accepted row",
      "quarantine_share_within_ceiling (ERROR): per dataset, quarantined / read <= quality.maxQuarantineShare",
      "no_quarantined_rows (WARNING): per dataset, no row was quarantined",
      "optional_dataset_present (WARNING): reviews, returns, service_tickets, return_policies were provided");

  private QualityGate() {}

  /** Evaluates every rule, logs failures, and throws on the first failed ERROR rule after reporting all of them. */
  public static List<Check> check(Map<String, DatasetCounts> counts, JobConfig.Quality cfg) {
    List<Check> checks = evaluate(counts, cfg);
    Check firstError = null;
    for (Check c : checks) {
      if (c.passed()) {
        continue;
      }
      if (c.level() == Level.ERROR) {
        LOG.error("ERROR {} on {}: {}", c.rule(), c.dataset(), c.detail());
        firstError = firstError == null ? c : firstError;
      } else {
        LOG.warn("WARNING {} on {}: {}", c.rule(), c.dataset(), c.detail());
      }
    }
    if (firstError != null) {
      throw new QualityException(firstError.dataset() + ": " + firstError.detail());
    }
    return checks;
  }

  static List<Check> evaluate(Map<String, DatasetCounts> counts, JobConfig.Quality cfg) {
    List<Check> out = new ArrayList<>();
    for (String required : new String[] {"sellers", "orders"}) {
      DatasetCounts c = counts.get(required);
      out.add(new Check("required_dataset_has_valid_rows", Level.ERROR, required, c.rowsAccepted() > 0,
          c.rowsAccepted() > 0 ? c.rowsAccepted() + " rows accepted"
              : "no valid row in required dataset '" + required + "' (" + c.rowsRead() + " read, reasons "
                  + c.quarantinedByReason() + "): fix the file; reason codes are explained in docs/DATA_QUALITY.md"));
    }
    for (DatasetCounts c : counts.values()) {
      if (!c.present()) {
        out.add(new Check("optional_dataset_present", Level.WARNING, c.dataset(), false,
            "not provided: its components are reported as not available"));
        continue;
      }
      double share = c.quarantinedShare();
      boolean within = share <= cfg.maxQuarantineShare();
      out.add(new Check("quarantine_share_within_ceiling", Level.ERROR, c.dataset(), within,
          String.format(Locale.ROOT, "%.1f%% of rows quarantined (%d of %d; %s)%s", 100 * share, c.rowsQuarantined(),
              c.rowsRead(), c.quarantinedByReason(), within ? ""
                  : String.format(Locale.ROOT, ", above quality.maxQuarantineShare %.1f%%: fix the input or raise the "
                      + "ceiling in the config", 100 * cfg.maxQuarantineShare()))));
      out.add(new Check("no_quarantined_rows", Level.WARNING, c.dataset(), c.rowsQuarantined() == 0,
          c.rowsQuarantined() == 0 ? "none" : c.rowsQuarantined() + " rows quarantined " + c.quarantinedByReason()
              + ": see the quarantine table"));
    }
    return out;
  }
}
