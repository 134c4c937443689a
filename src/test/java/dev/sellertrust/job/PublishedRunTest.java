package dev.sellertrust.job;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sellertrust.SparkTestBase;
import dev.sellertrust.cli.TablePrinter;
import dev.sellertrust.config.JobConfig;
import dev.sellertrust.io.OutputLayout;
import dev.sellertrust.quality.Fixture;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.WriterAppender;
import org.apache.logging.log4j.core.layout.PatternLayout;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole job on a small fixture with bad rows in several datasets, published three times: snapshot D1, snapshot D0,
 * then D1 again. Checks the published manifest's reconciliation, the quarantine table, that no buyer id or review text
 * reaches any output or log line, that the export is valid escaped JSON, and that the rerun gives the same rows and
 * export without touching D0.
 */
class PublishedRunTest extends SparkTestBase {
  private static final LocalDate D1 = Fixture.SNAPSHOT;
  private static final LocalDate D0 = D1.minusDays(1);
  private static final String FORMULA_SELLER = "=HYPERLINK(\"http://evil.example\",\"x\")";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path tmp;
  private static Path output;
  private static String log;
  private static Map<String, List<String>> firstRunTables;
  private static byte[] firstExport;
  private static Map<String, String> d0BeforeRerun;

  @BeforeAll
  static void publishThreeTimes() throws IOException {
    Map<String, String> files = Fixture.base();
    files.put("sellers.csv", Fixture.SELLERS + "\"=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",Evil Ltd,GB,home,2024-01-01\n");
    files.put("orders.csv", Fixture.ORDERS
        + "O13,S1,BUYER-SECRET-77,GB,2026-04-01T10:00:00Z,2026-04-05,,lost,1.00,GBP\n");
    files.put("reviews.csv", Fixture.REVIEWS
        + "V11,S1,O01,five,2026-04-06T10:00:00Z,en,Title,PRIVATE-REVIEW-TEXT eleven,true\n"
        + "V12,S1,O01,4,2026-04-06T10:00:00Z,en,Title,PRIVATE-REVIEW-TEXT twelve,true,extra\n");
    files.put("service_tickets.csv", Fixture.TICKETS
        + "T07,S1,O01,email,delivery,2026-04-07T08:00:00Z,2026-04-07T07:00:00Z,,,,\n");
    Path input = tmp.resolve("in");
    output = tmp.resolve("out");
    Fixture.write(input, files);
    JobConfig cfg = Fixture.tolerantConfig(tmp);
    StringWriter captured = new StringWriter();
    WriterAppender appender = capture(captured);
    try {
      // clearCache: the job persists intermediate tables for its one run per JVM; in a shared test session their plans
      // would pile up and slow every later analysis.
      TrustScoreJob.run(spark, Fixture.request(input, output, D1, cfg));
      spark.catalog().clearCache();
      firstRunTables = tables(D1);
      firstExport = Files.readAllBytes(export(D1));
      TrustScoreJob.run(spark, Fixture.request(input, output, D0, cfg));
      spark.catalog().clearCache();
      d0BeforeRerun = KillRecoveryTestFiles.of(output, D0);
      TrustScoreJob.run(spark, Fixture.request(input, output, D1, cfg));
      spark.catalog().clearCache();
    } finally {
      release(appender);
    }
    log = captured.toString();
  }

  @Test
  void manifestReconcilesEveryDatasetWithTheQuarantineTable() {
    JsonNode m = Fixture.manifest(output, D1);
    Map<String, Integer> records = Map.of("sellers", 4, "orders", 13, "reviews", 12, "returns", 6,
        "service_tickets", 7, "return_policies", 3);
    Dataset<Row> q = spark.read().parquet(table(OutputLayout.QUARANTINE, D1));
    for (Iterator<Map.Entry<String, JsonNode>> it = m.get("datasets").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode d = e.getValue();
      long read = d.get("rows_read").asLong();
      long quarantined = d.get("rows_quarantined").asLong();
      assertEquals(records.get(e.getKey()).longValue(), read, e.getKey() + ": rows read = records in the file");
      assertEquals(read, d.get("rows_accepted").asLong() + quarantined, e.getKey() + ": read = accepted + quarantined");
      assertEquals(quarantined, q.filter(q.col("dataset").equalTo(e.getKey())).count(), e.getKey() + ": quarantine table");
      long byReason = 0;
      for (JsonNode n : d.get("quarantined_by_reason")) {
        byReason += n.asLong();
      }
      assertEquals(quarantined, byReason, e.getKey() + ": quarantined_by_reason");
    }
    assertTrue(m.get("quality_checks").size() >= 2 * records.size(), m.get("quality_checks").toString());
  }

  @Test
  void quarantineHoldsEachBadRowWithItsReasonAndPseudonymisedRecord() {
    List<String> rows = spark.read().parquet(table(OutputLayout.QUARANTINE, D1))
        .select("dataset", "reason_code", "raw_record").collectAsList().stream().map(Row::mkString).toList();
    assertTrue(rows.stream().anyMatch(r -> r.startsWith("ordersinvalid_enum:status{\"order_id\":\"O13\"")), rows.toString());
    assertTrue(rows.stream().anyMatch(r -> r.startsWith("reviewsinvalid_integer:rating{\"review_id\":\"V11\"")), rows.toString());
    assertTrue(rows.stream().anyMatch(r -> r.startsWith("reviewsmalformed_row[malformed line withheld")), rows.toString());
    assertTrue(rows.stream().anyMatch(r -> r.startsWith("service_ticketsnegative_duration:first_response_ts")), rows.toString());
    assertTrue(rows.stream().anyMatch(r -> r.contains("\"text\":\"[withheld: 26 chars]\"")), rows.toString());
  }

  @Test
  void noBuyerIdOrReviewTextInAnyOutputFile() throws IOException {
    List<Path> all;
    try (Stream<Path> s = Files.walk(output)) {
      all = s.filter(Files::isRegularFile).toList();
    }
    int parquet = 0;
    for (Path f : all) {
      String name = f.getFileName().toString();
      if (name.endsWith(".parquet")) {
        Dataset<Row> d = spark.read().parquet(f.toString());
        for (String c : d.columns()) {
          assertFalse(c.contains("buyer_id") || c.contains("buyer_key"), f + " has column " + c);
        }
        // review_themes carries, by design, a snippet of at most 80 characters of the text that shows each theme
        // (the evidence a reader checks a theme by): everything else of it, and every other table, has no text.
        if (f.toString().contains("/" + OutputLayout.REVIEW_THEMES + "/")) {
          for (Row r : d.select("snippet").collectAsList()) {
            String snippet = r.getString(0);
            assertTrue(snippet == null || snippet.length() <= 80, "snippet longer than 80 characters: " + snippet);
            assertFalse(snippet != null && snippet.contains(Fixture.BUYER_MARKER), "buyer id in snippet " + snippet);
          }
          d = d.drop("snippet");
        }
        for (Row r : d.collectAsList()) {
          assertNoPersonalData(f + " row " + r.mkString("|"), r.mkString("|"));
        }
        parquet++;
      } else if (!name.endsWith(".crc")) {
        assertNoPersonalData(f.toString(), Files.readString(f, StandardCharsets.UTF_8));
      }
    }
    assertTrue(parquet >= 5, "parquet files scanned: " + parquet);
  }

  @Test
  void logsNameNoBuyerAndQuoteNoReviewText() {
    assertTrue(log.contains("read and validate inputs"), "log captured: " + log.length() + " chars");
    assertTrue(log.contains("orders: 13 read, 12 accepted, 1 quarantined"), log);
    assertNoPersonalData("log", log);
  }

  @Test
  void exportIsValidJsonWithEveryValueEscaped() throws IOException {
    List<String> lines = Files.readAllLines(export(D1), StandardCharsets.UTF_8);
    assertEquals(4, lines.size());
    boolean found = false;
    for (String l : lines) {
      JsonNode n = JSON.readTree(l);
      found |= FORMULA_SELLER.equals(n.get("seller_id").asText());
    }
    assertTrue(found, "the seller id with quotes round-trips through the JSON export: " + lines);
  }

  @Test
  void csvForPeopleNeutralisesFormulas() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    TablePrinter.printCsv(new PrintStream(bytes, true, StandardCharsets.UTF_8),
        spark.read().parquet(table(OutputLayout.SELLER_SCORES, D1)).select("seller_id", "tier"), 100);
    String csv = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(csv.contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\""), csv);
    for (String line : csv.split("\n")) {
      assertFalse(line.startsWith("="), "a cell a spreadsheet would run: " + line);
    }
  }

  @Test
  void rerunOfTheSameDateGivesTheSameRowsAndExport() throws IOException {
    assertEquals(firstRunTables, tables(D1));
    assertArrayEquals(firstExport, Files.readAllBytes(export(D1)), "export byte for byte");
  }

  @Test
  void rerunLeavesOtherDatesUntouched() throws IOException {
    assertFalse(d0BeforeRerun.isEmpty());
    assertEquals(d0BeforeRerun, KillRecoveryTestFiles.of(output, D0));
  }

  /** Only the two required datasets: the optional ones are reported as absent and the run still publishes. */
  @Test
  void runWithoutOptionalDatasetsPublishes() {
    Path in = tmp.resolve("in-required-only");
    Path out = tmp.resolve("out-required-only");
    Fixture.write(in, Map.of("sellers.csv", Fixture.SELLERS, "orders.csv", Fixture.ORDERS));
    RunResult r = TrustScoreJob.run(spark, Fixture.request(in, out, D1, Fixture.tolerantConfig(tmp)));
    spark.catalog().clearCache();
    assertEquals(3, r.sellersScored());
    assertFalse(r.counts().get("reviews").present());
    assertFalse(Fixture.manifest(out, D1).get("datasets").get("reviews").get("present").asBoolean());
  }

  // ---------------------------------------------------------------- helpers

  private static void assertNoPersonalData(String where, String text) {
    assertFalse(text.contains(Fixture.BUYER_MARKER), "buyer id in " + where);
    assertFalse(text.contains(Fixture.TEXT_MARKER), "review text in " + where);
  }

  private static String table(String name, LocalDate d) {
    return new OutputLayout(output.toString()).table(name, d).toString();
  }

  private static Path export(LocalDate d) {
    return output.resolve(OutputLayout.EXPORTS).resolve(OutputLayout.partition(d)).resolve(OutputLayout.SCORES_EXPORT_FILE);
  }

  /** Every published table of a snapshot as sorted row strings: set equality, whatever the file layout. */
  private static Map<String, List<String>> tables(LocalDate d) {
    Map<String, List<String>> out = new TreeMap<>();
    for (String t : List.of(OutputLayout.SELLER_SCORES, OutputLayout.SELLER_METRICS, OutputLayout.SELLER_EVIDENCE,
        OutputLayout.CORRIDOR_METRICS, OutputLayout.POLICY_CLARITY, OutputLayout.QUARANTINE)) {
      List<String> rows = new ArrayList<>(
          spark.read().parquet(table(t, d)).collectAsList().stream().map(r -> r.mkString("|")).toList());
      rows.sort(String::compareTo);
      out.put(t, rows);
    }
    return out;
  }

  private static WriterAppender capture(StringWriter sink) {
    LoggerContext ctx = (LoggerContext) LogManager.getContext(false);
    WriterAppender a = WriterAppender.createAppender(
        PatternLayout.newBuilder().withPattern("%p %c{1}: %m%n%ex").build(), null, sink, "published-run-capture", false, true);
    a.start();
    ctx.getConfiguration().addAppender(a);
    ctx.getConfiguration().getRootLogger().addAppender(a, Level.ALL, null);
    ctx.updateLoggers();
    return a;
  }

  private static void release(WriterAppender a) {
    LoggerContext ctx = (LoggerContext) LogManager.getContext(false);
    ctx.getConfiguration().getRootLogger().removeAppender(a.getName());
    ctx.updateLoggers();
    a.stop();
  }
}
