package dev.sellertrust.job;

import dev.sellertrust.config.RunRequest;
import dev.sellertrust.io.OutputLayout;
import dev.sellertrust.io.SnapshotPublisher;
import dev.sellertrust.metrics.MetricParams;
import dev.sellertrust.output.PolicyOutcomes;
import dev.sellertrust.output.ScoringCoverage;
import dev.sellertrust.output.StagedOutputs;
import dev.sellertrust.policy.PolicyTextRepairs;
import dev.sellertrust.quality.AcceptedInputs;
import dev.sellertrust.quality.InputStage;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the manifest and the run summary say of the staged outputs: sellers per tier, policy clarity against disputes,
 * rows read but not counted, scoring coverage and policy text repairs. Taken from the figures observed while the
 * tables were written where those suffice.
 */
record RunFigures(long sellers, Map<String, Long> tiers, Map<String, Object> policyOutcomes,
    Map<String, Map<String, Long>> notCounted, Map<String, Object> scoring, Map<String, Object> policyRepairs) {
  private static final Logger LOG = LoggerFactory.getLogger("dev.sellertrust.progress");

  static RunFigures of(SparkSession spark, SnapshotPublisher publisher, String runId, StagedOutputs.Staged staged,
      List<String> tables, InputStage.Checked checked, RunRequest req) {
    Dataset<Row> stagedScores = staged.read(spark, publisher, runId, OutputLayout.SELLER_SCORES);
    Map<String, Object> scoreFigures = staged.figures().get(OutputLayout.SELLER_SCORES);
    Map<String, Long> tiers = StagedOutputs.tierCounts(scoreFigures);
    if (tiers == null) {
      tiers = StagedOutputs.tierCounts(stagedScores);
    }
    long sellers = tiers.values().stream().mapToLong(Long::longValue).sum();
    Map<String, Object> policyOutcomes = PolicyOutcomes.measure(
        staged.read(spark, publisher, runId, OutputLayout.SELLER_METRICS), stagedScores);
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
    return new RunFigures(sellers, tiers, policyOutcomes, notCounted, scoring, policyRepairs);
  }
}
