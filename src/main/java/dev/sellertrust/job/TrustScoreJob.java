package dev.sellertrust.job;

import dev.sellertrust.config.RunRequest;
import dev.sellertrust.io.Io;
import dev.sellertrust.io.OutputLayout;
import dev.sellertrust.io.SnapshotPublisher;
import dev.sellertrust.output.Outputs;
import dev.sellertrust.output.StagedOutputs;
import dev.sellertrust.quality.AcceptedInputs;
import dev.sellertrust.quality.IncrementalInputs;
import dev.sellertrust.quality.InputStage;
import dev.sellertrust.quality.QualityException;
import dev.sellertrust.spark.SparkSessions;
import dev.sellertrust.spark.SparkWorkCounter;
import dev.sellertrust.state.Computation;
import dev.sellertrust.state.FullRecomputationNeeded;
import dev.sellertrust.state.PriorState;
import dev.sellertrust.state.StateStore;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The batch job: read and check inputs, compute metrics and scores, stage every output, publish atomically. */
public final class TrustScoreJob {
  private static final Logger LOG = LoggerFactory.getLogger("dev.sellertrust.progress");

  private TrustScoreJob() {}

  public static RunResult run(SparkSession spark, RunRequest req) {
    return run(spark, req, false);
  }

  /**
   * @param fullRecomputation recompute from all inputs even when yesterday's state could be continued
   */
  public static RunResult run(SparkSession spark, RunRequest req, boolean fullRecomputation) {
    SparkWorkCounter work = SparkWorkCounter.start(spark.sparkContext());
    try {
      return run(spark, req, fullRecomputation, work);
    } finally {
      // A run that stops early (bad input, failed quality rule) must not leave its listener on a shared session.
      work.unregister();
    }
  }

  private static RunResult run(SparkSession spark, RunRequest req, boolean fullRecomputation, SparkWorkCounter work) {
    StageTimer timer = new StageTimer();
    String runId = req.snapshotDate() + "-" + UUID.randomUUID().toString().substring(0, 8);
    Instant started = Instant.now();
    var hadoop = spark.sparkContext().hadoopConfiguration();
    OutputLayout layout = new OutputLayout(req.outputDir());
    SnapshotPublisher publisher = new SnapshotPublisher(hadoop, layout);
    timer.run("recover", () -> Io.run(publisher::recover));
    StateStore store = new StateStore(hadoop, req.outputDir());
    ComputeStep step = ComputeStep.run(spark, req, store, Computation.plan(store, req, fullRecomputation), timer);
    Computation how = step.how();
    ValidatedInputs v = step.inputs();
    SparkSessions.Execution execution = SparkSessions.Execution.of(spark);
    InputStage.Checked checked = v.checked();
    Computed c = step.computed();
    StateSteps.Chain chain = timer.time("write state",
        () -> StateSteps.write(spark, store, req, how, c, runId, checked.inputBytes()));
    Outputs out = c.outputs();
    StagedOutputs.Staged staged = timer.time("write outputs", () -> StagedOutputs.stage(spark, publisher, runId, out, req));
    List<String> tables = staged.tables();
    timer.time("write report", () -> dev.sellertrust.report.RunReport.writeStaged(spark, req, runId, publisher,
        checked.counts(), timer.millis(), staged.figures(), t -> staged.read(spark, publisher, runId, t)));
    tables.add(dev.sellertrust.report.RunReport.TABLE);
    RunFigures figures = RunFigures.of(spark, publisher, runId, staged, tables, checked, req);
    Map<String, Long> timings = timer.millis();
    SparkWorkCounter.Counts sparkWork = work.stop();
    LOG.info("spark work: {}", sparkWork);
    String manifest = Manifest.toJson(req, runId, started, checked.counts(), v.checks(), tables, figures.sellers(),
        figures.tiers(), timings, figures.policyOutcomes(), how, execution, figures.notCounted(), figures.scoring(),
        figures.policyRepairs(), sparkWork);
    timer.run("publish snapshot", () -> Io.run(() -> publisher.publish(runId, req.snapshotDate(), tables, manifest)));
    // The snapshot is published: only now may its state feed tomorrow's run.
    StateSteps.commitState(store, req, how, c, runId, chain.id(), chain.start());
    v.release();
    return new RunResult(req.snapshotDate().toString(), req.outputDir(), layout.manifest(req.snapshotDate()).toString(),
        figures.sellers(), figures.tiers(), checked.counts(), timer.millis(), how.describe(), sparkWork);
  }

  /**
   * Reads and validates the inputs and evaluates the quality rules, exactly as {@link #run} does before it computes
   * anything; throws {@link dev.sellertrust.io.InputException} or {@link QualityException} when the run must stop.
   */
  public static ValidatedInputs validate(SparkSession spark, RunRequest req) {
    return ValidatedInputs.of(spark, req, new StageTimer(), InputStage.Pruning.NONE);
  }

  /**
   * All outputs as DataFrames, without writing anything, so tests and backtests reuse it. Intermediate tables are
   * local checkpoints: each is computed once, and cutting their lineage keeps the later query plans small (with plain
   * caching, Spark re-planned the whole pipeline inside every derived query).
   */
  public static Outputs compute(InputStage.Checked checked, RunRequest req) {
    return compute(AcceptedInputs.of(checked), req);
  }

  public static Outputs compute(AcceptedInputs checked, RunRequest req) {
    return compute(checked, req, null).outputs();
  }

  /**
   * @param prior null for a full recomputation; otherwise yesterday's state, and {@code checked} needs to hold only
   *     the rows {@link IncrementalInputs#restrict} keeps
   * @throws FullRecomputationNeeded when the prior state cannot give the exact result
   */
  public static Computed compute(AcceptedInputs checked, RunRequest req, PriorState prior) {
    return SumsGraph.of(checked, req, prior);
  }
}
