package dev.sellertrust.job;

import dev.sellertrust.config.RunRequest;
import dev.sellertrust.quality.AcceptedInputs;
import dev.sellertrust.quality.IncrementalInputs;
import dev.sellertrust.state.Computation;
import dev.sellertrust.state.FullRecomputationNeeded;
import dev.sellertrust.state.PriorState;
import dev.sellertrust.state.StateFingerprints;
import dev.sellertrust.state.StateIo;
import dev.sellertrust.state.StateStore;
import org.apache.spark.sql.SparkSession;

/** The runner's two steps on the incremental state: continue yesterday's, and commit today's once published. */
final class StateSteps {
  private StateSteps() {}

  /**
   * Continues yesterday's state with the rows of the settle horizon.
   *
   * @param inputs accepted rows (all of them, or only those partition pruning read)
   * @throws FullRecomputationNeeded when the inputs or the state do not allow an exact continuation
   */
  static Computed continueState(SparkSession spark, RunRequest req, StateStore store, Computation how,
      AcceptedInputs inputs) {
    AcceptedInputs recent = IncrementalInputs.restrict(inputs, req.snapshotDate(), req.config().window().settleDays());
    PriorState prior = StateIo.read(spark, store, how.prior(), req.snapshotDate(), req.config().window());
    return TrustScoreJob.compute(recent, req, prior);
  }

  /** The chain of daily states this run's state belongs to, and the day the chain started. */
  record Chain(String id, String start) {}

  /** Writes this run's state, not yet committed: a daily run's continues yesterday's chain, a full run starts one. */
  static Chain write(SparkSession spark, StateStore store, RunRequest req, Computation how, Computed c, String runId,
      long inputBytes) {
    Chain chain = how.incremental() ? new Chain(how.prior().chain(), how.prior().chainStart())
        : new Chain(runId, req.snapshotDate().toString());
    int exitFiles = how.incremental() ? 1 : StateIo.exitFiles(inputBytes, spark.sparkContext().defaultParallelism());
    StateIo.write(store, req.snapshotDate(), chain.id(), c.frozen(), c.exits(), c.families(),
        req.config().window().lookbackDays(), exitFiles);
    return chain;
  }

  /** Makes the written state of this run the one tomorrow continues from, and drops what no rerun needs. */
  static void commitState(StateStore store, RunRequest req, Computation how, Computed c, String runId, String chain,
      String chainStart) {
    store.commit(new StateStore.StateInfo(StateStore.FORMAT_VERSION, req.snapshotDate().toString(), chain, chainStart,
        how.incremental() ? "incremental" : "full", runId, req.methodologyVersion(), StateFingerprints.config(req),
        StateFingerprints.buyerKey(req), c.policyFingerprint(), c.families()));
    if (!how.incremental()) {
      store.retireOtherChains(req.snapshotDate(), chain);
    }
    store.prune(chain, chainStart, req.config().window().lookbackDays(), req.config().window().settleDays());
  }
}
