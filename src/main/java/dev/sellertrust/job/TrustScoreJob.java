package dev.sellertrust.job;

import static org.apache.spark.sql.functions.*;

import dev.sellertrust.config.JobConfig;
import dev.sellertrust.config.RunRequest;
import dev.sellertrust.integrity.ReviewIntegrityStage;
import dev.sellertrust.io.InputContract;
import dev.sellertrust.io.OutputLayout;
import dev.sellertrust.io.SnapshotPublisher;
import dev.sellertrust.metrics.Decay;
import dev.sellertrust.metrics.FactTables;
import dev.sellertrust.metrics.MetricCols;
import dev.sellertrust.metrics.MetricParams;
import dev.sellertrust.metrics.SellerSums;
import dev.sellertrust.metrics.StatFamily;
import dev.sellertrust.output.Outputs;
import dev.sellertrust.output.PolicyOutcomes;
import dev.sellertrust.output.ScoringCoverage;
import dev.sellertrust.output.StagedOutputs;
import dev.sellertrust.policy.PolicyStage;
import dev.sellertrust.policy.PolicyTextRepairs;
import dev.sellertrust.quality.AcceptedInputs;
import dev.sellertrust.quality.CheckedDataset;
import dev.sellertrust.quality.DatasetCounts;
import dev.sellertrust.quality.IncrementalInputs;
import dev.sellertrust.quality.InputStage;
import dev.sellertrust.quality.QualityException;
import dev.sellertrust.quality.QualityGate;
import dev.sellertrust.quality.ValidationContext;
import dev.sellertrust.spark.Checkpoints;
import dev.sellertrust.spark.SparkSessions;
import dev.sellertrust.spark.SparkWorkCounter;
import dev.sellertrust.state.Computation;
import dev.sellertrust.state.FullRecomputationNeeded;
import dev.sellertrust.state.PriorState;
import dev.sellertrust.state.StateFingerprints;
import dev.sellertrust.state.StateIo;
import dev.sellertrust.state.StateStore;
import dev.sellertrust.themes.ReviewThemeColumns;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;
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
    Dataset<Row> stagedScores = spark.read().parquet(publisher.stagedTable(runId, OutputLayout.SELLER_SCORES).toString());
    Map<String, Object> scoreFigures = staged.figures().get(OutputLayout.SELLER_SCORES);
    Map<String, Long> tiers = StagedOutputs.tierCounts(scoreFigures);
    if (tiers == null) {
      tiers = StagedOutputs.tierCounts(stagedScores);
    }
    long sellers = tiers.values().stream().mapToLong(Long::longValue).sum();
    Map<String, Object> policyOutcomes = PolicyOutcomes.measure(
        spark.read().parquet(publisher.stagedTable(runId, OutputLayout.SELLER_METRICS).toString()), stagedScores);
    Map<String, Map<String, Long>> notCounted = NotCounted.of(AcceptedInputs.of(checked),
        new MetricParams(req.snapshotDate(), req.config()));
    notCounted.forEach((dataset, reasons) -> LOG.info("{}: read but not counted {}", dataset, reasons));
    Map<String, Object> scoring = ScoringCoverage.measure(scoreFigures,
        staged.figures().get(OutputLayout.SELLER_EVIDENCE),
        () -> spark.read().parquet(publisher.stagedTable(runId, OutputLayout.SELLER_EVIDENCE).toString()),
        staged.figures().get(OutputLayout.SELLER_METRICS), checked.counts(), req.config().zeroPoints());
    Map<String, Object> policyRepairs = tables.contains(OutputLayout.POLICY_CLARITY)
        ? PolicyTextRepairs.measure(staged.figures().get(OutputLayout.POLICY_CLARITY))
        : null;
    Map<String, Long> timings = timer.millis();
    SparkWorkCounter.Counts sparkWork = work.stop();
    LOG.info("spark work: {}", sparkWork);
    String manifest = Manifest.toJson(req, runId, started, checked.counts(), v.checks(), tables, sellers, tiers, timings,
        policyOutcomes, how, generatedCode, notCounted, scoring, policyRepairs, sparkWork);
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
        sellers, tiers, checked.counts(), timer.millis(), how.describe(), sparkWork);
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
   * The outputs and the state a later daily run continues from. The outputs are computed on first use: the state
   * alone is what tomorrow needs, so a caller that only continues the chain (the 30-day simulation of the tests) pays
   * for the sums only; a run asks for both.
   */
  public static final class Computed {
    private final java.util.function.Supplier<Outputs> finish;
    private final SellerSums frozen;
    private final SellerSums exits;
    private final String policyFingerprint;
    private final List<String> families;
    private Outputs outputs;

    /**
     * @param frozen the settled rows' sums as of this snapshot (attribution date on or before snapshot - settleDays)
     * @param exits the same rows' sums as they will stand on the day each leaves the lookback, grouped by attribution
     *     date
     */
    Computed(java.util.function.Supplier<Outputs> finish, SellerSums frozen, SellerSums exits, String policyFingerprint,
        List<String> families) {
      this.finish = finish;
      this.frozen = frozen;
      this.exits = exits;
      this.policyFingerprint = policyFingerprint;
      this.families = families;
    }

    public Outputs outputs() {
      if (outputs == null) {
        outputs = finish.get();
      }
      return outputs;
    }

    /** Itself, with the outputs computed (so that a timed stage measures them). */
    Computed withOutputs() {
      outputs();
      return this;
    }

    public SellerSums frozen() {
      return frozen;
    }

    public SellerSums exits() {
      return exits;
    }

    public String policyFingerprint() {
      return policyFingerprint;
    }

    public List<String> families() {
      return families;
    }
  }

  /**
   * @param prior null for a full recomputation; otherwise yesterday's state, and {@code checked} needs to hold only
   *     the rows {@link IncrementalInputs#restrict} keeps
   * @throws FullRecomputationNeeded when the prior state cannot give the exact result
   */
  public static Computed compute(AcceptedInputs checked, RunRequest req, PriorState prior) {
    MetricParams p = new MetricParams(req.snapshotDate(), req.config());
    JobConfig.Window window = req.config().window();
    LocalDate settledOn = req.snapshotDate().minusDays(window.settleDays());
    LocalDate leftBefore = req.snapshotDate().minusDays(window.lookbackDays());
    Dataset<Row> sellers = checked.accepted(InputContract.SELLERS);

    Dataset<Row> policies = checked.accepted(InputContract.RETURN_POLICIES);
    PolicyStage.Result policy = policies == null ? null : PolicyStage.run(policies, req.snapshotDate());
    // Fingerprinted as it is checkpointed: one query for both.
    Observation seenPolicy = new Observation("policy_fingerprint");
    Dataset<Row> sellerPolicy = policy == null ? null
        : Checkpoints.onDiskNow(StateFingerprints.observePolicy(policy.sellerPolicy(), seenPolicy));
    String policyFingerprint = sellerPolicy == null ? StateFingerprints.policy(null)
        : StateFingerprints.policy(seenPolicy, sellerPolicy);

    Dataset<Row> reviewsRead = checked.accepted(InputContract.REVIEWS);
    // Read by the theme extractor once: the integrity checks, the review facts and review_themes all use its hits.
    ReviewIntegrityStage.Result integrity = ReviewIntegrityStage.run(
        reviewsRead == null ? null : ReviewThemeColumns.withHits(reviewsRead), checked.accepted(InputContract.ORDERS), req);
    FactTables facts = FactTables.prepare(integrity.orders(), sellers, integrity.reviews(), checked.accepted(InputContract.RETURNS),
        checked.accepted(InputContract.SERVICE_TICKETS), sellerPolicy, p);
    List<String> families = facts.sources().keySet().stream().map(StatFamily::name).toList();
    Column attr = col(MetricCols.ATTR_DATE);
    Column cut = lit(java.sql.Date.valueOf(settledOn));
    Column settling = prior == null ? attr.leq(cut) : attr.equalTo(cut);
    double epsilon = Decay.residue(window);
    // One pass over the facts: sums per day of attribution, unweighted. Every row of a day has the same decay weight,
    // so the decayed sums of any set of days follow from these without reading a fact again.
    FactTables used = prior == null ? facts : facts.where(attr.geq(cut));
    SellerSums byDay = SellerSums.of(used, lit(1.0), attr).withoutPairs().checkpointed();
    Column w = Decay.weight(attr, req.snapshotDate(), window.halfLifeDays());
    SellerSums settled = byDay.where(settling, used.where(settling).badBuyerPairs());
    SellerSums newlySettled = settled.weighted(w, false);
    SellerSums exits = settled.weighted(lit(Decay.weightOnLeaving(window)), true);
    SellerSums frozen = (prior == null ? newlySettled
        : prior.sums().scaled(Decay.dailyFactor(window), 1)
            .plus(List.of(newlySettled, prior.leaving().scaled(1.0, -1)), epsilon, leftBefore))
        // The sums follow from the checkpointed per-day sums by one small aggregation, cheaper to run again for the
        // state than to materialise; the pairs come from the facts.
        .pairsCheckpointed();
    SellerSums live = byDay.where(attr.gt(cut), used.where(attr.gt(cut)).badBuyerPairs()).weighted(w, false);
    Dataset<Row> reviews = integrity.reviews();
    return new Computed(() -> OutputsFromSums.of(frozen.plus(List.of(live), epsilon, leftBefore).checkpointed(), sellers,
        sellerPolicy, policy, checked.quarantine(), integrity.table(), req, reviews), frozen, exits, policyFingerprint, families);
  }



  static String fmt(long n) {
    return String.format(java.util.Locale.ROOT, "%,d", n);
  }
}
