package dev.sellertrust.job;

import dev.sellertrust.config.RunRequest;
import dev.sellertrust.quality.DatasetCounts;
import dev.sellertrust.quality.InputStage;
import dev.sellertrust.quality.QualityGate;
import dev.sellertrust.quality.ValidationContext;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The inputs after every row, reference and quality rule: what the job publishes from. */
public record ValidatedInputs(InputStage.Checked checked, List<QualityGate.Check> checks) {
  private static final Logger LOG = LoggerFactory.getLogger("dev.sellertrust.progress");

  /** Reads and checks the inputs (timed as one stage), logs what each dataset gave, evaluates the quality rules. */
  static ValidatedInputs of(SparkSession spark, RunRequest req, StageTimer timer, InputStage.Pruning pruning) {
    if (!req.buyerKeyFromEnv()) {
      LOG.warn("environment variable {} is not set: buyer pseudonyms use a random per-run key (not stable across runs)",
          req.config().privacy().buyerKeyEnv());
    }
    ValidationContext ctx = ValidationContext.of(req.snapshotDate(), req.config().quality(), req.buyerKey());
    InputStage.Checked checked = timer.time("read and validate inputs", () -> InputStage.run(spark, req.inputDir(), ctx, pruning));
    for (DatasetCounts c : checked.counts().values()) {
      if (c.present()) {
        LOG.info("{}: {} read, {} accepted, {} quarantined{}", c.dataset(), fmt(c.rowsRead()), fmt(c.rowsAccepted()),
            fmt(c.rowsQuarantined()), c.quarantinedByReason().isEmpty() ? "" : " " + c.quarantinedByReason());
      } else {
        LOG.info("{}: not provided, its components are reported as not available", c.dataset());
      }
    }
    return new ValidatedInputs(checked, QualityGate.check(checked.counts(), req.config().quality()));
  }

  /** Releases the checked rows the input stage kept. */
  void release() {
    checked.datasets().values().stream().filter(d -> d.present()).forEach(d -> d.rows().unpersist());
  }

  private static String fmt(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
