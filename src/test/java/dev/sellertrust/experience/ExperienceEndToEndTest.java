package dev.sellertrust.experience;

import static org.apache.spark.sql.functions.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sellertrust.SparkTestBase;
import dev.sellertrust.changes.ChangeFeed;
import dev.sellertrust.changes.Changes;
import dev.sellertrust.cli.QueryCommand;
import dev.sellertrust.cli.TrustScoreCli;
import dev.sellertrust.config.ConfigLoader;
import dev.sellertrust.config.JobConfig;
import dev.sellertrust.config.RunRequest;
import dev.sellertrust.explain.ExplainText;
import dev.sellertrust.explain.SellerExplanation;
import dev.sellertrust.generate.GeneratorSpec;
import dev.sellertrust.generate.MarketplaceGenerator;
import dev.sellertrust.io.InputException;
import dev.sellertrust.job.TrustScoreJob;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real run on a small generated marketplace, then everything a person or platform meets: report.html (also rendered in headless Chromium), the exports against their JSON Schemas,
 * the change feed, explain, and the query recipes of docs/ANALYSTS.md.
 */
class ExperienceEndToEndTest extends SparkTestBase {
  static final LocalDate SNAPSHOT = LocalDate.of(2026, 11, 30);
  static final int SELLERS = 40;
  static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir static Path tmp;
  static String out;

  @BeforeAll
  static void oneRun() throws IOException {
    // One real run: the job's compute stage costs minutes even on tiny data (its plans are large), so the second
    // snapshot of the change-feed test is made by the change-feed code itself against this published one.
    Path a = tmp.resolve("input_a");
    MarketplaceGenerator.generate(GeneratorSpec.of(SELLERS, 3_000, a).withTruth(tmp.resolve("truth_a")));
    out = tmp.resolve("out").toString();
    JobConfig cfg = ConfigLoader.defaults();
    TrustScoreJob.run(spark, new RunRequest(a.toString(), out, SNAPSHOT, cfg, ConfigLoader.methodologyVersion(cfg),
        "test-key", true));
  }

  static Path report(LocalDate d) {
    return report(out, d);
  }

  static Path report(String outputDir, LocalDate d) {
    return Path.of(outputDir, "reports", "snapshot_date=" + d, "report.html");
  }

  private static String withBacktest;

  /**
   * A copy of the output with a backtest for the snapshot (in the format `trust-score backtest` writes) and the
   * report rewritten by `trust-score report`: the copy leaves the run's own output as the job published it.
   */
  static synchronized String outputWithBacktest() throws IOException {
    if (withBacktest == null) {
      Path copy = tmp.resolve("out_with_backtest");
      try (var paths = Files.walk(Path.of(out))) {
        for (Path p : paths.toList()) {
          Path target = copy.resolve(Path.of(out).relativize(p).toString());
          if (Files.isDirectory(p)) {
            Files.createDirectories(target);
          } else {
            Files.copy(p, target);
          }
        }
      }
      spark.createDataFrame(List.of(
              org.apache.spark.sql.RowFactory.create("trust_score", 40L, 0.42, 0.81),
              org.apache.spark.sql.RowFactory.create("average_rating", 40L, 0.18, 0.64)),
              org.apache.spark.sql.types.StructType.fromDDL("method string, sellers bigint, spearman double, auc_worst_decile double"))
          .coalesce(1).write().parquet(copy.resolve("backtests/as_of=" + SNAPSHOT + "/backtest.parquet").toString());
      spark.createDataFrame(List.of(org.apache.spark.sql.RowFactory.create(java.sql.Date.valueOf(SNAPSHOT), 120L, 30L,
              0.25, 0.0, 0.125, 40L, 0.91, 0.88)), dev.sellertrust.evaluation.Backtest.CHECKS_SCHEMA)
          .coalesce(1).write().parquet(copy.resolve("backtests/as_of=" + SNAPSHOT + "/checks.parquet").toString());
      assertEquals(0, TrustScoreCli.execute("report", "--output", copy.toString()));
      withBacktest = copy.toString();
    }
    return withBacktest;
  }

  static Path export(LocalDate d, String file) {
    return Path.of(out, "exports", "snapshot_date=" + d, file);
  }

  static List<JsonNode> lines(Path p) throws IOException {
    List<JsonNode> rows = new ArrayList<>();
    for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        rows.add(MAPPER.readTree(line));
      }
    }
    return rows;
  }

  // ---- report.html ----

  @Test
  void reportIsPublishedWithEachSnapshotAndIsSelfContained() throws IOException {
    for (LocalDate d : List.of(SNAPSHOT)) {
      String html = Files.readString(report(d));
      assertTrue(html.contains("snapshot " + d), d + ": title names the snapshot");
      for (String id : List.of("scores", "components", "sellers", "corridors", "policy", "quality", "changes", "backtest", "run")) {
        assertTrue(html.contains("<section id=\"" + id + "\">"), d + ": section " + id);
      }
      // Nothing is loaded from anywhere: no src/href to a URL, no @import, no url().
      Matcher ext = Pattern.compile("(?i)(src|href)\\s*=\\s*\"(?!#)[^\"]*\"|@import|url\\(").matcher(html);
      assertFalse(ext.find(), d + ": external reference " + (ext.hitEnd() ? "" : ext.group()));
      assertTrue(html.contains("No backtest for this snapshot"), "no backtest folder, so the report says so");
    }
    assertTrue(Files.readString(report(SNAPSHOT)).contains("no earlier one to compare"));
    JsonNode manifest = MAPPER.readTree(Path.of(out, "manifests", "snapshot_date=" + SNAPSHOT, "_MANIFEST.json").toFile());
    assertEquals("reports/snapshot_date=" + SNAPSHOT, manifest.path("outputs").path("reports").asText());
  }

  @Test
  void reportRewrittenAfterABacktestShowsItsFiguresAndChecks() throws IOException {
    String html = Files.readString(report(outputWithBacktest(), SNAPSHOT));
    assertFalse(html.contains("No backtest for this snapshot"));
    assertTrue(html.contains("Of all 120 scored sellers, those with fewer than 10 orders are 25.0%"), "checks.parquet read");
    assertTrue(html.contains("Spearman correlation with the generator's hidden quality is 0.910 (average rating: 0.880)"));
  }

  @Test
  void reportRendersInHeadlessChromiumWithEveryChartDrawn() throws Exception {
    String chromium = findChromium();
    if (chromium == null) {
      if ("true".equals(System.getenv("CI"))) {
        fail("chromium is not installed: .ci/run must install it (apt-get install -y chromium)");
      }
      Assumptions.assumeTrue(false, "chromium not installed");
    }
    Path html = report(outputWithBacktest(), SNAPSHOT);
    String dom = runChromium(chromium, "--dump-dom", html);
    Matcher body = Pattern.compile("<body([^>]*)>").matcher(dom);
    assertTrue(body.find(), "no <body> in the dumped DOM: " + dom.substring(0, Math.min(300, dom.length())));
    String attrs = body.group(1);
    assertTrue(attrs.contains("data-report-ready=\"true\""), "the report script did not finish: " + attrs);
    assertFalse(attrs.contains("data-js-errors"), "script errors: " + attrs);
    assertFalse(attrs.contains("data-charts-empty"), "charts without marks: " + attrs);
    int total = intAttr(attrs, "data-charts-total");
    int drawn = intAttr(attrs, "data-charts-drawn");
    int inSource = countMatches(Files.readString(html), "<svg class=\"chart\"");
    assertEquals(inSource, total, "every chart in the file is in the rendered page");
    assertEquals(total, drawn, "every chart has marks");
    assertTrue(total >= 16, "score, 5 components, best, worst, 2 corridors, 3 policy, quality, changes, 2 backtest, "
        + "timings; got " + total);

    Path png = Path.of("target", "report-screenshot.png");
    Files.deleteIfExists(png);
    runChromium(chromium, "--screenshot=" + png.toAbsolutePath(), html);
    assertTrue(Files.size(png) > 20_000, "a screenshot with content");
  }

  static String findChromium() {
    for (String c : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser")) {
      if (new File(c).canExecute()) {
        return c;
      }
    }
    return null;
  }

  static String runChromium(String chromium, String action, Path html) throws Exception {
    Path profile = Files.createTempDirectory(tmp, "chromium");
    List<String> cmd = List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars",
        "--user-data-dir=" + profile, "--window-size=1366,900", action, html.toUri().toString());
    Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    byte[] stdout = p.getInputStream().readAllBytes();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("chromium did not finish in 120 s");
    }
    assertEquals(0, p.exitValue(), "chromium exit code for " + action);
    return new String(stdout, StandardCharsets.UTF_8);
  }

  static int intAttr(String attrs, String name) {
    Matcher m = Pattern.compile(name + "=\"(\\d+)\"").matcher(attrs);
    assertTrue(m.find(), name + " missing in " + attrs);
    return Integer.parseInt(m.group(1));
  }

  static int countMatches(String s, String needle) {
    int n = 0;
    for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }

  @Test
  void reportCommandRewritesThePublishedReportWithTheBacktestFigures() throws IOException {
    String html = Files.readString(report(outputWithBacktest(), SNAPSHOT));
    assertFalse(html.contains("No backtest for this snapshot"));
    assertTrue(html.contains("<td>trust_score</td><td class=\"n\">40</td><td class=\"n\">0.420</td><td class=\"n\">0.810</td>"),
        "backtest row from the parquet");
    assertTrue(html.contains("id=\"chart-backtest-spearman\"") && html.contains("id=\"chart-backtest-auc\""));
    assertTrue(html.contains("rewritten after the run"));
    // Everything else is still there, from the published tables and the manifest.
    String original = Files.readString(report(SNAPSHOT));
    for (String id : List.of("chart-score-by-tier", "chart-corridor-late", "chart-quality", "chart-changes", "chart-timings")) {
      assertTrue(original.contains("id=\"" + id + "\"") && html.contains("id=\"" + id + "\""), id);
    }
  }

  // ---- exports and their schemas ----

  @Test
  void everyExportLineMatchesItsJsonSchema() throws IOException {
    JsonNode scoresSchema = MAPPER.readTree(Path.of("docs/schemas/seller_scores.v1.schema.json").toFile());
    JsonNode changesSchema = MAPPER.readTree(Path.of("docs/schemas/changes.v1.schema.json").toFile());
    int checked = 0;
    for (LocalDate d : List.of(SNAPSHOT)) {
      for (Object[] e : new Object[][] {{"seller_scores.jsonl", scoresSchema}, {"changes.jsonl", changesSchema}}) {
        List<JsonNode> rows = lines(export(d, (String) e[0]));
        assertFalse(rows.isEmpty(), d + " " + e[0] + " is empty");
        for (JsonNode row : rows) {
          List<String> errors = JsonSchemaSubset.validate((JsonNode) e[1], row);
          assertTrue(errors.isEmpty(), d + " " + e[0] + " line for " + row.path("seller_id") + ": " + errors);
          checked++;
        }
      }
    }
    assertEquals(2 * SELLERS, checked, "every seller in the scores, and as new in the first change feed");
    // A second snapshot's feed, with every change type, through the job's own JSON writer settings.
    List<JsonNode> feed = secondSnapshotFeed();
    for (JsonNode row : feed) {
      List<String> errors = JsonSchemaSubset.validate(changesSchema, row);
      assertTrue(errors.isEmpty(), "second feed, " + row.path("seller_id") + ": " + errors);
    }
  }

  @Test
  void theSchemasRejectWhatTheyShould() throws IOException {
    JsonNode schema = MAPPER.readTree(Path.of("docs/schemas/seller_scores.v1.schema.json").toFile());
    ObjectNode good = (ObjectNode) lines(export(SNAPSHOT, "seller_scores.jsonl")).get(0);
    assertTrue(JsonSchemaSubset.validate(schema, good).isEmpty());
    ObjectNode missing = good.deepCopy();
    missing.remove("tier");
    ObjectNode badTier = good.deepCopy();
    badTier.put("tier", "excellent");
    ObjectNode extra = good.deepCopy();
    extra.put("surprise", 1);
    ObjectNode outOfRange = good.deepCopy();
    outOfRange.put("trust_score", 101.0);
    ObjectNode badComponent = good.deepCopy();
    ((ObjectNode) badComponent.get("components")).put("reviews", "high");
    ObjectNode badDate = good.deepCopy();
    badDate.put("snapshot_date", "30/11/2026");
    ObjectNode badIntegrity = good.deepCopy();
    ((ObjectNode) badIntegrity.get("review_integrity")).put("flag", "yes");
    for (ObjectNode bad : List.of(missing, badTier, extra, outOfRange, badComponent, badDate, badIntegrity)) {
      assertFalse(JsonSchemaSubset.validate(schema, bad).isEmpty(), "should be rejected: " + bad);
    }
    ObjectNode unknownKeyword = MAPPER.createObjectNode().put("type", "string").put("format", "date");
    assertThrows(IllegalArgumentException.class, () -> JsonSchemaSubset.validate(unknownKeyword, good.get("seller_id")));
  }

  // ---- change feed ----

  /**
   * The next day's scores, made from the published ones: 3 sellers gone, one new, one moved by 20 points, one re-tiered
   * by 1 point; then the change feed exactly as the job builds it against the published snapshot, as JSON lines.
   */
  static List<JsonNode> secondSnapshotFeed() throws IOException {
    Dataset<Row> published = spark.read().parquet(out + "/seller_scores/snapshot_date=" + SNAPSHOT);
    List<String> ids = published.select("seller_id").orderBy("seller_id").as(Encoders.STRING()).collectAsList();
    Dataset<Row> next = published
        .filter(not(col("seller_id").isin(ids.get(0), ids.get(1), ids.get(2))))
        .withColumn("trust_score", when(col("seller_id").equalTo(ids.get(3)),
            when(col("trust_score").gt(50), col("trust_score").minus(20)).otherwise(col("trust_score").plus(20)))
            .otherwise(col("trust_score")))
        .withColumn("trust_score", when(col("seller_id").equalTo(ids.get(4)), col("trust_score").plus(1)).otherwise(col("trust_score")))
        .withColumn("tier", when(col("seller_id").equalTo(ids.get(4)),
            when(col("tier").equalTo("caution"), lit("fair")).otherwise(lit("caution"))).otherwise(col("tier")))
        .unionByName(published.filter(col("seller_id").equalTo(ids.get(5))).withColumn("seller_id", lit("S_NEW")));
    ChangeFeed.Feed feed = ChangeFeed.against(spark, out, SNAPSHOT.plusDays(1), next, 5.0);
    assertEquals(SNAPSHOT, feed.previous(), "compares with the latest published snapshot before its date");
    Path dir = Files.createTempDirectory(tmp, "feed");
    feed.rows().coalesce(1).write().mode("overwrite").option("ignoreNullFields", "false").json(dir.resolve("j").toString());
    List<JsonNode> rows = new ArrayList<>();
    try (var files = Files.list(dir.resolve("j"))) {
      for (Path part : files.filter(f -> f.getFileName().toString().startsWith("part-")).toList()) {
        rows.addAll(lines(part));
      }
    }
    return rows;
  }

  @Test
  void firstSnapshotListsEverySellerAsNewAndTheNextOneComparesWithIt() throws IOException {
    List<JsonNode> first = lines(export(SNAPSHOT, "changes.jsonl"));
    assertEquals(SELLERS, first.size());
    for (JsonNode r : first) {
      assertEquals(List.of(Changes.NEW), types(r));
      assertTrue(r.get("previous_snapshot_date").isNull());
    }
    Map<String, List<String>> byType = new HashMap<>();
    for (JsonNode r : secondSnapshotFeed()) {
      assertEquals(SNAPSHOT.toString(), r.get("previous_snapshot_date").asText());
      for (String t : types(r)) {
        byType.computeIfAbsent(t, k -> new ArrayList<>()).add(r.get("seller_id").asText());
      }
      if (types(r).contains(Changes.GONE)) {
        assertTrue(r.get("new_trust_score").isNull() && r.get("new_tier").isNull(), r.toString());
      }
      if (types(r).contains(Changes.MOVED)) {
        assertEquals(20.0, Math.abs(r.get("delta").asDouble()), 1e-6, r.toString());
      }
    }
    assertEquals(3, byType.getOrDefault(Changes.GONE, List.of()).size(), byType.toString());
    assertEquals(List.of("S_NEW"), byType.get(Changes.NEW));
    assertEquals(1, byType.getOrDefault(Changes.MOVED, List.of()).size(), byType.toString());
    assertEquals(1, byType.getOrDefault(Changes.TIER_CHANGED, List.of()).size(), byType.toString());
  }

  static List<String> types(JsonNode r) {
    List<String> out = new ArrayList<>();
    r.get("change_types").forEach(t -> out.add(t.asText()));
    return out;
  }

  // ---- explain ----

  @Test
  void explainGivesScoreComponentsPolicyCorridorsAndHistory() throws IOException {
    String seller = lines(export(SNAPSHOT, "seller_scores.jsonl")).get(0).get("seller_id").asText();
    ObjectNode e = SellerExplanation.explain(spark, out, seller, null);
    assertEquals(SNAPSHOT.toString(), e.get("snapshot_date").asText(), "latest snapshot by default");
    assertEquals(5, e.get("components").size());
    for (JsonNode c : e.get("components")) {
      assertFalse(c.get("metrics").isEmpty(), c.get("component") + " has its metrics");
      for (JsonNode m : c.get("metrics")) {
        assertTrue(m.has("value") && m.has("peer_median") && m.has("versus_peers"), m.toString());
      }
    }
    // Every rate with evidence is benchmarked against its peers' pooled rate, which lies in [0, 1].
    List<JsonNode> pooled = new ArrayList<>();
    e.get("components").forEach(c -> c.get("metrics").forEach(m -> {
      if (m.has("peer_pooled") && !m.get("peer_pooled").isNull()) {
        pooled.add(m);
      }
    }));
    assertTrue(pooled.size() >= 10, "pooled benchmarks: " + pooled);
    pooled.stream().filter(m -> m.get("metric").asText().endsWith("_rate")).forEach(m -> assertTrue(
        m.get("peer_pooled").asDouble() >= 0 && m.get("peer_pooled").asDouble() <= 1, m.toString()));
    assertTrue(e.get("peer_sellers").asLong() >= 1);
    assertEquals(1, e.get("history").size(), "the one published snapshot");
    assertEquals(SNAPSHOT.toString(), e.get("history").get(0).get("snapshot_date").asText());
    assertEquals(e.get("trust_score").asDouble(), e.get("history").get(0).get("trust_score").asDouble(), 1e-9);
    assertFalse(e.get("corridors").isEmpty());
    // Every evidence row of the seller is shown under a component, the delivery complaints included.
    java.util.Set<String> shown = new java.util.TreeSet<>();
    e.get("components").forEach(c -> c.get("rate_evidence").forEach(r -> shown.add(r.get("metric").asText())));
    java.util.Set<String> evidence = new java.util.TreeSet<>(spark.read()
        .parquet(out + "/seller_evidence/snapshot_date=" + SNAPSHOT)
        .filter(org.apache.spark.sql.functions.col("seller_id").equalTo(seller)).select("metric")
        .as(org.apache.spark.sql.Encoders.STRING()).collectAsList());
    assertTrue(evidence.contains("delivery_complaint"), evidence.toString());
    assertEquals(evidence, shown);
    // The order defect rate is half of the review component (docs/METHODOLOGY.md §3), so it is shown there.
    java.util.Map<String, java.util.Set<String>> byComponent = new java.util.TreeMap<>();
    e.get("components").forEach(c -> c.get("rate_evidence").forEach(r -> byComponent
        .computeIfAbsent(c.get("component").asText(), k -> new java.util.TreeSet<>()).add(r.get("metric").asText())));
    assertTrue(byComponent.get("reviews").contains("order_defect"), byComponent.toString());
    String text = ExplainText.render(e);
    for (String part : List.of("Seller " + seller, "Trust score", "Components", "Return policy", "Corridors", "History")) {
      assertTrue(text.contains(part), "text has " + part + ":\n" + text);
    }
  }

  @Test
  void explainPolicyFactsComeWithTheirEvidenceSnippets() {
    // Find a seller with a published policy, then check that each stated fact's snippet is there.
    String seller = spark.read().parquet(out + "/policy_clarity/snapshot_date=" + SNAPSHOT)
        .filter("size(evidence) > 0").orderBy("seller_id").first().getString(0);
    JsonNode p = SellerExplanation.explain(spark, out, seller, SNAPSHOT).get("policies").get(0);
    assertFalse(p.get("evidence").isEmpty());
    for (JsonNode ev : p.get("evidence")) {
      assertFalse(ev.get("snippet").asText().isBlank(), ev.toString());
      assertTrue(p.get("facts").has(ev.get("fact").asText()), "evidence for a listed fact: " + ev);
    }
  }

  @Test
  void explainCliPrintsJsonAndFailsClearlyForAnUnknownSellerOrSnapshot() throws Exception {
    String seller = lines(export(SNAPSHOT, "seller_scores.jsonl")).get(1).get("seller_id").asText();
    String json = captureStdout(() -> assertEquals(0, TrustScoreCli.execute("explain", "--output", out, "--seller", seller, "--json")));
    assertEquals(seller, MAPPER.readTree(json).get("seller_id").asText());
    InputException unknown = assertThrows(InputException.class, () -> SellerExplanation.explain(spark, out, "NOPE", null));
    assertTrue(unknown.getMessage().contains("'NOPE' is not in snapshot " + SNAPSHOT), unknown.getMessage());
    assertEquals(3, TrustScoreCli.execute("explain", "--output", out, "--seller", "NOPE"));
    assertEquals(3, TrustScoreCli.execute("explain", "--output", out, "--seller", seller, "--snapshot-date", "2020-01-01"));
  }

  interface Body {
    void run() throws Exception;
  }

  static String captureStdout(Body body) throws Exception {
    PrintStream old = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      body.run();
    } finally {
      System.setOut(old);
    }
    return buf.toString(StandardCharsets.UTF_8);
  }

  // ---- docs/ANALYSTS.md ----

  @Test
  void everyQueryCommandRecipeInAnalystsGuideRuns() throws IOException {
    String doc = Files.readString(Path.of("docs/ANALYSTS.md"));
    Matcher m = Pattern.compile("jobs/trust-score query --output out(?: --snapshot-date \\S+)? \"((?:[^\"\\\\]|\\\\.)*)\"")
        .matcher(doc);
    QueryCommand.registerViews(spark, out, SNAPSHOT);
    int n = 0;
    while (m.find()) {
      String sql = m.group(1).replace("\\\"", "\"");
      try {
        spark.sql(sql).collectAsList();
      } catch (Exception e) {
        fail("recipe failed: " + sql + "\n" + e.getMessage());
      }
      n++;
    }
    assertTrue(n >= 4, "recipes found: " + n);
  }

  @Test
  void queryReportsASqlMistakeOnOneLineWithUsageExitCode() {
    assertEquals(2, TrustScoreCli.execute("query", "--output", out, "select nope from seller_scores"));
    assertNotNull(out);
  }
}
