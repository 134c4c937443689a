package dev.sellertrust.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sellertrust.SparkTestBase;
import dev.sellertrust.bench.CompareSnapshots;
import dev.sellertrust.config.ConfigLoader;
import dev.sellertrust.config.JobConfig;
import dev.sellertrust.config.RunRequest;
import dev.sellertrust.generate.GeneratorSpec;
import dev.sellertrust.generate.MarketplaceGenerator;
import dev.sellertrust.io.OutputLayout;
import dev.sellertrust.output.OutputSchemas;
import dev.sellertrust.output.ScoreExport;
import dev.sellertrust.policy.PolicyClarity;
import dev.sellertrust.spark.SparkSessions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole job on a generated marketplace whose hidden seller quality is known: outputs, schemas, traceability,
 * and how well the score ranks the truth.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EndToEndTest extends SparkTestBase {
  static final LocalDate SNAPSHOT = LocalDate.of(2026, 11, 28);

  @TempDir static Path tmp;
  Path output;
  Path truthDir;
  RunResult result;
  SparkSessions.Execution ranWith;
  Map<String, Double> truth = new HashMap<>();
  Map<String, Map<String, String>> truthRows = new HashMap<>();

  @BeforeAll
  void runJobOnGeneratedData() throws IOException {
    Path input = tmp.resolve("input");
    truthDir = tmp.resolve("truth");
    MarketplaceGenerator.generate(
        GeneratorSpec.of(300, 40_000, input).withSeed(7).withTruth(truthDir).withPeriod(SNAPSHOT, 365), spark);
    output = tmp.resolve("out");
    JobConfig cfg = ConfigLoader.defaults();
    RunRequest req = new RunRequest(input.toString(), output.toString(), SNAPSHOT, cfg,
        ConfigLoader.methodologyVersion(cfg), "test-key", true);
    result = TrustScoreJob.run(spark, req);
    ranWith = SparkSessions.Execution.of(spark);
    List<String> lines = Files.readAllLines(truthDir.resolve("seller_truth.csv"));
    List<String> header = List.of(lines.get(0).split(","));
    int id = header.indexOf("seller_id");
    int q = header.indexOf("true_quality");
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",", -1);
      truth.put(f[id], Double.parseDouble(f[q]));
      Map<String, String> m = new HashMap<>();
      for (int i = 0; i < header.size() && i < f.length; i++) {
        m.put(header.get(i), f[i]);
      }
      truthRows.put(f[id], m);
    }
  }

  private Dataset<Row> table(String name) {
    return spark.read().parquet(new OutputLayout(output.toString()).table(name, SNAPSHOT).toString());
  }

  @Test
  void publishesEveryTableWithItsDeclaredSchema() {
    assertSchema(OutputSchemas.SELLER_SCORES, table(OutputLayout.SELLER_SCORES).schema());
    assertSchema(OutputSchemas.SELLER_METRICS, table(OutputLayout.SELLER_METRICS).schema());
    assertSchema(OutputSchemas.SELLER_CORRIDOR_METRICS, table(OutputLayout.CORRIDOR_METRICS).schema());
    assertSchema(PolicyClarity.OUTPUT_SCHEMA, table(OutputLayout.POLICY_CLARITY).schema());
    assertSchema(OutputSchemas.QUARANTINE, table(OutputLayout.QUARANTINE).schema());
    assertSchema(OutputSchemas.REVIEW_INTEGRITY, table(OutputLayout.REVIEW_INTEGRITY).schema());
    assertTrue(Files.exists(output.resolve("exports/snapshot_date=2026-11-28/seller_scores.jsonl")));
    assertTrue(Files.exists(output.resolve("manifests/snapshot_date=2026-11-28/_MANIFEST.json")));
    assertFalse(Files.exists(output.resolve("_staging")), "staging is cleaned after publishing");
  }

  private static void assertSchema(StructType expected, StructType actual) {
    assertEquals(expected.fieldNames().length, actual.fieldNames().length, "columns of " + actual.simpleString());
    for (int i = 0; i < expected.fields().length; i++) {
      assertEquals(expected.fields()[i].name(), actual.fields()[i].name());
      assertEquals(expected.fields()[i].dataType(), actual.fields()[i].dataType(), expected.fields()[i].name());
    }
  }

  @Test
  void scoresEverySellerOnceWithinItsInterval() {
    Dataset<Row> scores = table(OutputLayout.SELLER_SCORES);
    assertEquals(300, scores.count());
    assertEquals(300, scores.select("seller_id").distinct().count());
    for (Row r : scores.collectAsList()) {
      double s = r.getAs("trust_score");
      double lo = r.getAs("trust_score_low");
      double hi = r.getAs("trust_score_high");
      assertTrue(0 <= lo && lo <= s + 1e-6 && s <= hi + 1e-6 && hi <= 100, "interval of " + r);
    }
  }

  @Test
  void manifestReconcilesEveryDataset() throws IOException {
    JsonNode m = new ObjectMapper().readTree(output.resolve("manifests/snapshot_date=2026-11-28/_MANIFEST.json").toFile());
    for (String ds : List.of("sellers", "orders", "reviews", "returns", "service_tickets", "return_policies")) {
      JsonNode d = m.get("datasets").get(ds);
      assertTrue(d.get("present").asBoolean(), ds);
      assertEquals(d.get("rows_read").asLong(), d.get("rows_accepted").asLong() + d.get("rows_quarantined").asLong(), ds);
      assertTrue(d.get("rows_read").asLong() > 0, ds);
    }
    assertEquals(ConfigLoader.methodologyVersion(ConfigLoader.defaults()), m.get("methodology_version").asText());
    assertEquals("off", m.get("computation").get("code_generation").asText(), "a small input runs interpreted");
    assertNotNull(m.get("timings_ms").get("total"));
    assertTrue(m.get("spark_jobs").asLong() > 0, "the run's Spark jobs are counted");
    assertTrue(m.get("spark_sql_executions").asLong() > 0, "the run's SQL executions are counted");
    assertTrue(m.get("spark_tasks").asLong() >= m.get("spark_jobs").asLong(), "every job runs at least one task");
  }

  @Test
  void scoreIsTheWeightedMeanOfItsPublishedComponents() {
    JobConfig.Weights w = ConfigLoader.defaults().weights();
    int checked = 0;
    int heldSeen = 0;
    for (Row r : table(OutputLayout.SELLER_SCORES).collectAsList()) {
      String[] comps = {"review_component", "returns_component", "service_component", "delivery_component", "policy_component"};
      double[] weights = {w.reviews(), w.returns(), w.service(), w.delivery(), w.policy()};
      double num = 0;
      double den = 0;
      boolean all = true;
      for (int i = 0; i < comps.length; i++) {
        Object v = r.getAs(comps[i]);
        if (v == null) {
          all = false;
        } else {
          num += weights[i] * (Double) v;
          den += weights[i];
        }
      }
      // A seller below the evidence floor may be held inside the band of better-evidenced sellers; it says so.
      int ri = r.fieldIndex("reasons");
      boolean held = !r.isNullAt(ri) && r.<String>getList(ri).stream().anyMatch(x -> x.startsWith("thin_evidence:"));
      if (held) {
        assertEquals("insufficient_evidence", r.getAs("tier"), "held seller " + r.getAs("seller_id"));
        heldSeen++;
      } else if (all) {
        assertEquals(num / den, (Double) r.getAs("trust_score"), 0.05, "score of " + r.getAs("seller_id"));
        checked++;
      }
    }
    assertTrue(checked > 50, "sellers with every component: " + checked);
    assertTrue(heldSeen < checked / 5, "held sellers are a few thin ones: " + heldSeen);
  }

  @Test
  void rankingFollowsTheHiddenQuality() {
    assertTrue(spearman(30) >= 0.8, "Spearman over sellers with >= 30 orders: " + spearman(30));
    assertTrue(spearman(50) >= 0.9, "Spearman over sellers with >= 50 orders: " + spearman(50));
  }

  private double spearman(int minOrders) {
    List<double[]> pairs = new ArrayList<>();
    for (Row r : table(OutputLayout.SELLER_SCORES).filter("n_orders >= " + minOrders).collectAsList()) {
      pairs.add(new double[] {r.<Double>getAs("trust_score"), truth.get(r.<String>getAs("seller_id"))});
    }
    assertTrue(pairs.size() >= 40, "sellers with >= " + minOrders + " orders: " + pairs.size());
    return dev.sellertrust.score.RankCorrelation.spearman(
        pairs.stream().mapToDouble(p -> p[0]).toArray(), pairs.stream().mapToDouble(p -> p[1]).toArray());
  }

  @Test
  void thinEvidenceNeverGetsAConfidentVerdict() {
    List<Row> small = table(OutputLayout.SELLER_SCORES).filter("n_orders < 5").collectAsList();
    assertFalse(small.isEmpty());
    for (Row r : small) {
      assertTrue(r.<Boolean>getAs("provisional"), "provisional " + r);
      assertEquals("insufficient_evidence", r.getAs("tier"));
    }
    List<Row> ranked = table(OutputLayout.SELLER_SCORES).orderBy("trust_score").collectAsList();
    long smallAtEnds = 0;
    for (Row r : ranked.subList(0, 20)) {
      smallAtEnds += r.<Long>getAs("n_orders") < 5 ? 1 : 0;
    }
    for (Row r : ranked.subList(ranked.size() - 20, ranked.size())) {
      smallAtEnds += r.<Long>getAs("n_orders") < 5 ? 1 : 0;
    }
    assertTrue(smallAtEnds <= 4, "sellers with < 5 orders among the 20 best and 20 worst: " + smallAtEnds);
  }

  @Test
  void exportHasOneEscapedJsonObjectPerSeller() throws IOException {
    List<String> lines = Files.readAllLines(output.resolve("exports/snapshot_date=2026-11-28/seller_scores.jsonl"));
    assertEquals(300, lines.size());
    ObjectMapper mapper = new ObjectMapper();
    for (String line : lines) {
      JsonNode o = mapper.readTree(line);
      assertEquals(ScoreExport.SCHEMA_VERSION, o.get("schema_version").asText());
      assertTrue(o.get("review_integrity").get("flag").isBoolean());
      assertTrue(o.get("reasons").isArray());
      assertTrue(o.has("components") && o.get("components").has("policy"));
    }
  }

  @Test
  void policyAgainstPracticeFindsThePlantedMismatches() {
    // The generator plants mismatches and counts how many visible rows show each; a seller with evidence must be
    // caught, and an honest seller must not be flagged.
    String[][] kinds = {
      {"evidence_outside_window", "policy_window_breaches"},
      {"evidence_refund_slow", "refund_timeline_breaches"},
      {"evidence_shipping_deduction", "free_return_refund_deductions"}
    };
    for (String[] k : kinds) {
      int planted = 0;
      int caught = 0;
      int falseAlarms = 0;
      for (Row r : table(OutputLayout.SELLER_METRICS).select("seller_id", k[1]).collectAsList()) {
        Map<String, String> t = truthRows.get(r.getString(0));
        long found = r.isNullAt(1) ? 0 : r.getLong(1);
        boolean plantedHere = Long.parseLong(t.get(k[0])) > 0;
        planted += plantedHere ? 1 : 0;
        caught += plantedHere && found > 0 ? 1 : 0;
        falseAlarms += !plantedHere && found > 0 ? 1 : 0;
      }
      assertTrue(planted > 0, k[0] + ": the generator planted some");
      assertTrue(caught >= 0.8 * planted, k[1] + ": caught " + caught + " of " + planted);
      assertTrue(falseAlarms <= Math.max(1, 0.05 * 300), k[1] + ": false alarms " + falseAlarms);
    }
  }

  @Test
  void manifestReportsWhetherClearerPoliciesGoWithFewerDisputes() throws IOException {
    JsonNode m = new ObjectMapper().readTree(output.resolve("manifests/snapshot_date=2026-11-28/_MANIFEST.json").toFile());
    JsonNode r = m.get("policy_clarity_vs_disputes");
    assertTrue(r.get("sellers").asLong() > 20, r.toString());
    double rho = r.get("spearman_clarity_dissatisfied").asDouble();
    assertTrue(rho >= -1 && rho <= 1, r.toString());
    JsonNode repairs = m.get("policy_text_repairs");
    assertTrue(repairs.get("policies").asLong() > 0, repairs.toString());
    assertTrue(repairs.get("policies_repaired").asLong() <= repairs.get("policies").asLong(), repairs.toString());
    assertTrue(repairs.get("sequences_repaired").asLong() >= repairs.get("policies_repaired").asLong(), repairs.toString());
  }

  @Test
  void aLargeRunsExecutionPublishesTheSameSnapshotAsASmallRuns() throws Exception {
    // This input is small, so the run above chose interpreted expressions, no adaptive execution and no automatic
    // broadcast joins, as a local run of it would; large inputs run Spark's generated code with adaptive execution.
    // Both ways must publish the same tables.
    assertEquals(new SparkSessions.Execution(false, false, 1, false), ranWith, "a small input's execution");
    Path generated = tmp.resolve("out-generated-code");
    JobConfig cfg = ConfigLoader.defaults();
    RunRequest req = new RunRequest(tmp.resolve("input").toString(), generated.toString(), SNAPSHOT, cfg,
        ConfigLoader.methodologyVersion(cfg), "test-key", true);
    withSettings(Map.of(SparkSessions.AUTO_CODEGEN, "false", SparkSessions.WHOLE_STAGE_CODEGEN, "true",
        SparkSessions.CODEGEN_FACTORY_MODE, "FALLBACK", SparkSessions.AUTO_SHUFFLE_PARTITIONS, "false",
        SparkSessions.ADAPTIVE, "true", SparkSessions.SHUFFLE_PARTITIONS, "4", SparkSessions.AUTO_BROADCAST, "10m"),
        () -> TrustScoreJob.run(spark, req));
    assertEquals(List.of(), CompareSnapshots.compare(output.toString(), generated.toString(), SNAPSHOT.toString()));
    JsonNode m = new ObjectMapper().readTree(
        generated.resolve("manifests/snapshot_date=2026-11-28/_MANIFEST.json").toFile());
    assertEquals("on", m.get("computation").get("code_generation").asText());
    assertEquals("on", m.get("computation").get("adaptive_execution").asText());
    assertEquals(4, m.get("computation").get("shuffle_partitions").asInt());
    assertEquals("on", m.get("computation").get("auto_broadcast_joins").asText());
  }
}
