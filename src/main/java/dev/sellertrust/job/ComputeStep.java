package dev.sellertrust.job;

import dev.sellertrust.config.RunRequest;
import dev.sellertrust.quality.AcceptedInputs;
import dev.sellertrust.quality.IncrementalInputs;
import dev.sellertrust.quality.InputStage;
import dev.sellertrust.spark.SparkSessions;
import dev.sellertrust.state.Computation;
import dev.sellertrust.state.FullRecomputationNeeded;
import dev.sellertrust.state.StateStore;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reading, checking and computing, as the plan says: yesterday's state continued with the recent rows, or, when that
 * cannot give the exact result, a full recomputation from all inputs.
 *
 * @param how the computation that ran (a fallen-back plan says why)
 */
record ComputeStep(Computation how, ValidatedInputs inputs, Computed computed) {
  private static final Logger LOG = LoggerFactory.getLogger("dev.sellertrust.progress");
  private static final String STAGE = "compute metrics and scores";

  static ComputeStep run(SparkSession spark, RunRequest req, StateStore store, Computation planned, StageTimer timer) {
    Computation how = planned;
    if (how.incremental()) {
      ValidatedInputs v = null;
      try {
        v = ValidatedInputs.of(spark, req, timer,
            IncrementalInputs.pruning(req.snapshotDate(), req.config().window().settleDays()));
        // The computation also reads yesterday's state, which grows with the sellers, not with today's input.
        SparkSessions.chooseExecution(spark, v.checked().inputBytes(), store.bytes(how.prior()));
        AcceptedInputs read = AcceptedInputs.of(v.checked());
        Computation plan = how;
        Computed computed = timer.time(STAGE,
            () -> StateSteps.continueState(spark, req, store, plan, read).withOutputs());
        LOG.info("computation: {}", how.describe());
        return new ComputeStep(how, v, computed);
      } catch (FullRecomputationNeeded e) {
        how = how.fallBack(e.getMessage());
        if (v != null) {
          v.release();
        }
      }
    }
    LOG.info("computation: {}", how.describe());
    ValidatedInputs v = ValidatedInputs.of(spark, req, timer, InputStage.Pruning.NONE);
    AcceptedInputs all = AcceptedInputs.of(v.checked());
    Computed computed = timer.time(STAGE, () -> TrustScoreJob.compute(all, req, null).withOutputs());
    return new ComputeStep(how, v, computed);
  }
}
