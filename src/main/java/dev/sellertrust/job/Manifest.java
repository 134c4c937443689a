package dev.sellertrust.job;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sellertrust.config.CodeVersion;
import dev.sellertrust.config.ConfigLoader;
import dev.sellertrust.config.RunRequest;
import dev.sellertrust.policy.PolicyTextRepairs;
import dev.sellertrust.quality.DatasetCounts;
import dev.sellertrust.quality.QualityGate;
import dev.sellertrust.spark.SparkSessions;
import dev.sellertrust.state.Computation;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The snapshot's _MANIFEST.json: what was read, accepted and quarantined, with which config and code, and how long it took. */
public final class Manifest {
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  public static final String FORMAT_VERSION = "1";

  private Manifest() {}

  static String toJson(RunRequest req, String runId, Instant started, Map<String, DatasetCounts> counts,
      List<QualityGate.Check> checks, List<String> tables, long sellers, Map<String, Long> tiers,
      Map<String, Long> timings, Map<String, Object> policyOutcomes, Computation how, SparkSessions.Execution execution,
      Map<String, Map<String, Long>> notCounted, Map<String, Object> scoring, Map<String, Object> policyTextRepairs,
      dev.sellertrust.spark.SparkWorkCounter.Counts sparkWork) {
    ObjectNode m = MAPPER.createObjectNode();
    m.put("manifest_version", FORMAT_VERSION);
    m.put("snapshot_date", req.snapshotDate().toString());
    m.put("run_id", runId);
    m.put("mode", how.mode());
    ObjectNode comp = m.putObject("computation");
    comp.put("mode", how.mode());
    comp.put("state_from", how.incremental() ? how.prior().snapshotDate() : null);
    comp.put("full_reason", how.reason());
    comp.put("settle_days", how.settleDays());
    comp.put("detail", how.describe());
    // How Spark executed the computation (SparkSessions.chooseExecution): it moves run times, not results.
    comp.put("code_generation", execution.generatedCode() ? "on" : "off");
    comp.put("adaptive_execution", execution.adaptive() ? "on" : "off");
    comp.put("shuffle_partitions", execution.shufflePartitions());
    comp.put("auto_broadcast_joins", execution.autoBroadcast() ? "on" : "off");
    m.put("started_at", started.toString());
    m.put("finished_at", Instant.now().toString());
    m.put("methodology_version", req.methodologyVersion());
    m.put("code_version", CodeVersion.get());
    m.put("spark_version", org.apache.spark.package$.MODULE$.SPARK_VERSION());
    m.put("input_dir", req.inputDir());
    ObjectNode ds = m.putObject("datasets");
    for (DatasetCounts c : counts.values()) {
      ObjectNode d = ds.putObject(c.dataset());
      d.put("present", c.present());
      if (c.present()) {
        d.put("location", c.location());
        d.put("format", c.format());
        ArrayNode files = d.putArray("files");
        c.files().forEach(files::add);
        d.put("rows_read", c.rowsRead());
        d.put("rows_accepted", c.rowsAccepted());
        d.put("rows_quarantined", c.rowsQuarantined());
        ObjectNode reasons = d.putObject("quarantined_by_reason");
        c.quarantinedByReason().forEach(reasons::put);
        // Accepted rows the metrics leave aside (older than the lookback, written after the order settled).
        Map<String, Long> left = notCounted.getOrDefault(c.dataset(), Map.of());
        d.put("rows_counted", c.rowsAccepted() - left.values().stream().mapToLong(Long::longValue).sum());
        ObjectNode leftNode = d.putObject("not_counted_by_reason");
        left.forEach(leftNode::put);
      }
    }
    ArrayNode qc = m.putArray("quality_checks");
    for (QualityGate.Check c : checks) {
      ObjectNode n = qc.addObject();
      n.put("rule", c.rule());
      n.put("level", c.level().name());
      n.put("dataset", c.dataset());
      n.put("passed", c.passed());
      n.put("detail", c.detail());
    }
    ObjectNode out = m.putObject("outputs");
    for (String t : tables) {
      out.put(t, t + "/snapshot_date=" + req.snapshotDate());
    }
    m.put("sellers_scored", sellers);
    ObjectNode tierNode = m.putObject("tiers");
    tiers.forEach(tierNode::put);
    m.set("scoring", MAPPER.valueToTree(scoring));
    m.set("policy_clarity_vs_disputes", MAPPER.valueToTree(policyOutcomes));
    // Mis-decoded UTF-8 repaired in the published policies (PolicyTextRepairs): a feed read with the wrong charset.
    m.set("policy_text_repairs", MAPPER.valueToTree(policyTextRepairs));
    try {
      m.set("config", MAPPER.readTree(ConfigLoader.toJson(req.config())));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    // Each Spark job is a scheduling round trip: a rise in these counts is a regression even when times are noisy.
    m.put("spark_jobs", sparkWork.jobs());
    m.put("spark_sql_executions", sparkWork.sqlExecutions());
    m.put("spark_tasks", sparkWork.tasks());
    ObjectNode t = m.putObject("timings_ms");
    timings.forEach(t::put);
    try {
      return MAPPER.writeValueAsString(m);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
