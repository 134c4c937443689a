package dev.sellertrust.job;

import static org.apache.spark.sql.functions.*;

import dev.sellertrust.config.JobConfig;
import dev.sellertrust.config.RunRequest;
import dev.sellertrust.integrity.ReviewIntegrityStage;
import dev.sellertrust.io.InputContract;
import dev.sellertrust.metrics.Decay;
import dev.sellertrust.metrics.FactTables;
import dev.sellertrust.metrics.MetricCols;
import dev.sellertrust.metrics.MetricParams;
import dev.sellertrust.metrics.SellerSums;
import dev.sellertrust.metrics.StatFamily;
import dev.sellertrust.policy.PolicyStage;
import dev.sellertrust.quality.AcceptedInputs;
import dev.sellertrust.quality.IncrementalInputs;
import dev.sellertrust.spark.Checkpoints;
import dev.sellertrust.state.FullRecomputationNeeded;
import dev.sellertrust.state.PriorState;
import dev.sellertrust.state.StateFingerprints;
import dev.sellertrust.themes.ReviewThemeColumns;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;

/**
 * The sums graph: policies, review themes and integrity, the facts, their per-day sums, and from them the settled
 * state and the live sums; the outputs follow from the merged sums on first use ({@link OutputsFromSums}).
 */
final class SumsGraph {
  private SumsGraph() {}

  /**
   * @param prior null for a full recomputation; otherwise yesterday's state, and {@code checked} needs to hold only
   *     the rows {@link IncrementalInputs#restrict} keeps
   * @throws FullRecomputationNeeded when the prior state cannot give the exact result
   */
  static Computed of(AcceptedInputs checked, RunRequest req, PriorState prior) {
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
        : Checkpoints.onDisk(StateFingerprints.observePolicy(policy.sellerPolicy(), seenPolicy));
    String policyFingerprint = StateFingerprints.policy(seenPolicy, sellerPolicy);

    Dataset<Row> reviewsRead = checked.accepted(InputContract.REVIEWS);
    // Read by the theme extractor once: the integrity checks, the review facts and review_themes all use its hits.
    ReviewIntegrityStage.Result integrity = ReviewIntegrityStage.run(
        reviewsRead == null ? null : ReviewThemeColumns.withHits(reviewsRead), checked.accepted(InputContract.ORDERS), req);
    FactTables facts = FactTables.prepare(integrity.orders(), sellers, integrity.reviews(), checked.accepted(InputContract.RETURNS),
        checked.accepted(InputContract.SERVICE_TICKETS), sellerPolicy, p, Checkpoints::onDisk);
    List<String> families = facts.sources().keySet().stream().map(StatFamily::name).toList();
    Column attr = col(MetricCols.ATTR_DATE);
    Column cut = lit(java.sql.Date.valueOf(settledOn));
    Column settling = prior == null ? attr.leq(cut) : attr.equalTo(cut);
    double epsilon = Decay.residue(window);
    // One pass over the facts: sums per day of attribution, unweighted. Every row of a day has the same decay weight,
    // so the decayed sums of any set of days follow from these without reading a fact again.
    FactTables used = prior == null ? facts : facts.where(attr.geq(cut));
    SellerSums byDay = Materialised.sums(SellerSums.of(used, lit(1.0), attr).withoutPairs());
    Column w = Decay.weight(attr, req.snapshotDate(), window.halfLifeDays());
    SellerSums settled = byDay.where(settling, used.where(settling).badBuyerPairs());
    SellerSums newlySettled = settled.weighted(w, false);
    SellerSums exits = settled.weighted(lit(Decay.weightOnLeaving(window)), true);
    // The sums follow from the checkpointed per-day sums by one small aggregation, cheaper to run again for the state
    // than to materialise; the pairs come from the facts.
    SellerSums frozen = Materialised.pairs(prior == null ? newlySettled
        : prior.sums().scaled(Decay.dailyFactor(window), 1)
            .plus(List.of(newlySettled, prior.leaving().scaled(1.0, -1)), epsilon, leftBefore));
    SellerSums live = byDay.where(attr.gt(cut), used.where(attr.gt(cut)).badBuyerPairs()).weighted(w, false);
    Dataset<Row> reviews = integrity.reviews();
    return new Computed(() -> OutputsFromSums.of(Materialised.sumsAndPairs(frozen.plus(List.of(live), epsilon, leftBefore)), sellers,
        sellerPolicy, policy, checked.quarantine(), integrity.table(), req, reviews), frozen, exits, policyFingerprint, families);
  }
}
