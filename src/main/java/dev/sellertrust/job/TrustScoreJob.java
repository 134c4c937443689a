package dev.sellertrust.job;

import dev.sellertrust.config.RunRequest;
import dev.sellertrust.io.OutputLayout;
import dev.sellertrust.io.SnapshotPublisher;
import dev.sellertrust.output.Outputs;
import dev.sellertrust.output.StagedOutputs;
import dev.sellertrust.quality.AcceptedInputs;
import dev.sellertrust.quality.CheckedDataset;
import dev.sellertrust.quality.DatasetCounts;
import dev.sellertrust.quality.IncrementalInputs;
import dev.sellertrust.quality.InputStage;
import dev.sellertrust.quality.QualityException;
import dev.sellertrust.quality.QualityGate;
import dev.sellertrust.quality.ValidationContext;
import dev.sellertrust.spark.SparkSessions;
import dev.sellertrust.spark.SparkWorkCounter;
import dev.sellertrust.state.Computation;
import dev.sellertrust.state.FullRecomputationNeeded;
import dev.sellertrust.state.PriorState;
import dev.sellertrust.state.StateFingerprints;
import dev.sellertrust.state.StateIo;
import dev.sellertrust.state.StateStore;
import java.io.IOException;
import java.io.UncheckedIOException;
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
    timer.time("recover", () -> {
      try {
        publisher.recover();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return null;
    });
    StateStore store = new StateStore(hadoop, req.outputDir());
    Computation how = Computation.plan(store, req, fullRecomputation);
    Validated v = null;
    Computed computed = null;
    if (how.incremental()) {
      try {
        v = validate(spark, req, timer, IncrementalInputs.pruning(req.snapshotDate(), req.config().window().settleDays()));
        // The computation also reads yesterday's state, which grows with the sellers, not with today's input.
        SparkSessions.chooseCodegen(spark, v.checked().inputBytes(), store.bytes(how.prior()));
        Validated read = v;
        Computation plan = how;
        computed = timer.time("compute metrics and scores", () -> continueState(spark, req, store, plan,
            AcceptedInputs.of(read.checked())).withOutputs());
      } catch (FullRecomputationNeeded e) {
        how = how.fallBack(e.getMessage());
        if (v != null) {
          v.checked().datasets().values().stream().filter(CheckedDataset::present).forEach(d -> d.rows().unpersist());
        }
        v = null;
      }
    }
    LOG.info("computation: {}", how.describe());
    if (!how.incremental()) {
      v = validate(spark, req, timer, InputStage.Pruning.NONE);
      AcceptedInputs all = AcceptedInputs.of(v.checked());
      computed = timer.time("compute metrics and scores", () -> compute(all, req, null).withOutputs());
    }
    boolean generatedCode = !SparkSessions.interpreted(spark);
    InputStage.Checked checked = v.checked();
    Computed c = computed;
    String chain = how.incremental() ? how.prior().chain() : runId;
    String chainStart = how.incremental() ? how.prior().chainStart() : req.snapshotDate().toString();
    int exitFiles = how.incremental() ? 1
        : StateIo.exitFiles(checked.inputBytes(), spark.sparkContext().defaultParallelism());
    timer.time("write state", () -> {
      StateIo.write(store, req.snapshotDate(), chain, c.frozen(), c.exits(), c.families(),
          req.config().window().lookbackDays(), exitFiles);
      return null;
    });
    Outputs out = c.outputs();
    StagedOutputs.Staged staged = timer.time("write outputs", () -> StagedOutputs.stage(spark, publisher, runId, out, req));
    List<String> tables = staged.tables();
    timer.time("write report", () -> dev.sellertrust.report.RunReport.writeStaged(spark, req, runId, publisher,
        checked.counts(), timer.millis(), staged.figures()));
    tables.add(dev.sellertrust.report.RunReport.TABLE);
    RunFigures figures = RunFigures.of(spark, publisher, runId, staged, tables, checked, req);
    Map<String, Long> timings = timer.millis();
    SparkWorkCounter.Counts sparkWork = work.stop();
    LOG.info("spark work: {}", sparkWork);
    String manifest = Manifest.toJson(req, runId, started, checked.counts(), v.checks(), tables, figures.sellers(),
        figures.tiers(), timings, figures.policyOutcomes(), how, generatedCode, figures.notCounted(), figures.scoring(),
        figures.policyRepairs(), sparkWork);
    timer.time("publish snapshot", () -> {
      try {
        publisher.publish(runId, req.snapshotDate(), tables, manifest);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return null;
    });
    // The snapshot is published: only now may its state feed tomorrow's run.
    commitState(store, req, how, c, runId, chain, chainStart);
    for (CheckedDataset d : checked.datasets().values()) {
      if (d.present()) {
        d.rows().unpersist();
      }
    }
    return new RunResult(req.snapshotDate().toString(), req.outputDir(), layout.manifest(req.snapshotDate()).toString(),
        figures.sellers(), figures.tiers(), checked.counts(), timer.millis(), how.describe(), sparkWork);
  }

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
    return compute(recent, req, prior);
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

  /** The inputs after every row, reference and quality rule: what the job publishes from. */
  public record Validated(InputStage.Checked checked, List<QualityGate.Check> checks) {}

  /**
   * Reads and validates the inputs and evaluates the quality rules, exactly as {@link #run} does before it computes
   * anything; throws {@link dev.sellertrust.io.InputException} or {@link QualityException} when the run must stop.
   */
  public static Validated validate(SparkSession spark, RunRequest req) {
    return validate(spark, req, new StageTimer(), InputStage.Pruning.NONE);
  }

  private static Validated validate(SparkSession spark, RunRequest req, StageTimer timer,
      InputStage.Pruning pruning) {
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
    return new Validated(checked, QualityGate.check(checked.counts(), req.config().quality()));
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

  static String fmt(long n) {
    return String.format(java.util.Locale.ROOT, "%,d", n);
  }
}
