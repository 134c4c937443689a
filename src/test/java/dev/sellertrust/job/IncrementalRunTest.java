package dev.sellertrust.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.to_date;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sellertrust.SparkTestBase;
import dev.sellertrust.config.ConfigLoader;
import dev.sellertrust.config.JobConfig;
import dev.sellertrust.config.RunRequest;
import dev.sellertrust.evaluation.AsOfView;
import dev.sellertrust.generate.GeneratorSpec;
import dev.sellertrust.generate.MarketplaceGenerator;
import dev.sellertrust.io.Col;
import dev.sellertrust.io.InputContract;
import dev.sellertrust.io.OutputLayout;
import dev.sellertrust.output.Outputs;
import dev.sellertrust.quality.AcceptedInputs;
import dev.sellertrust.quality.InputStage;
import dev.sellertrust.quality.Reasons;
import dev.sellertrust.quality.ValidationContext;
import dev.sellertrust.state.Computation;
import dev.sellertrust.state.FullRecomputationNeeded;
import dev.sellertrust.state.StateIo;
import dev.sellertrust.state.StateStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Daily incremental runs against full recomputation. The simulated days see the data as it stood at the end of each
 * day ({@link AsOfView}): rows created later are absent and later replies, deliveries and refunds undone, so tickets
 * get answered and returns refunded while their rows are inside the settle horizon, as in production.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IncrementalRunTest extends SparkTestBase {
  private static final LocalDate LAST = LocalDate.of(2026, 11, 28);
  /**
   * Every simulated day runs the same step (yesterday's sums decayed, the newly settled rows added, the rows leaving
   * the lookback subtracted; rows of 330 days of data leave a 200-day lookback on every one of these days), so four
   * days exercise what more would: a chain of three continued states, each continuing the previous one's output,
   * compared with a full recomputation at its end. A wrong step cannot heal within the chain (what it got wrong stays
   * in the sums until its rows leave the 200-day lookback), so one comparison at the end sees it.
   */
  private static final int DAYS = 4;
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path tmp;
  private AcceptedInputs all;
  private JobConfig cfg;

  @BeforeAll
  void generate() throws IOException {
    Path input = tmp.resolve("in");
    MarketplaceGenerator.generate(GeneratorSpec.of(60, 9_000, input).withSeed(31).withPeriod(LAST, 330)
        .withTruth(tmp.resolve("truth")).withPartitionByDate(true), spark);
    addReturnRefundedOn(input, LAST.minusDays(75), LAST);
    Path config = tmp.resolve("config.json");
    // A short lookback and half-life so that rows leave the window on the simulated days; the settle horizon covers the
    // generator's longest order-to-last-change lag (about 105 days).
    Files.writeString(config, "{\"window\": {\"lookbackDays\": 200, \"halfLifeDays\": 60, \"settleDays\": 110},"
        + " \"integrity\": {\"enabled\": false}}");
    cfg = ConfigLoader.load(config);
    ValidationContext ctx = new ValidationContext(LAST, cfg.quality().maxTextChars(), cfg.quality().maxAmount(), "k");
    all = AcceptedInputs.of(InputStage.run(spark, input.toString(), ctx));
  }

  /**
   * A return requested 20 days after an order of {@code orderDay} and refunded on {@code refundDay}. With a 60-day
   * settle horizon the order has settled before the day before {@code refundDay}, whose run sees the refund stamped
   * "tomorrow" (as a rerun of a past day, or a run started after midnight, does): that run must count the return as
   * still open, or every state continued from it lacks the return for good.
   */
  private void addReturnRefundedOn(Path input, LocalDate orderDay, LocalDate refundDay) throws IOException {
    // The generator writes headed CSV files into date folders; the extra row goes into its own file beside them.
    Row order = spark.read().option("header", "true").csv(input.resolve("orders").toString())
        .filter(col(Col.Orders.ORDER_TS).startsWith(orderDay.toString()))
        .orderBy(Col.Orders.ORDER_ID).first();
    Instant ordered = Instant.parse(order.getAs(Col.Orders.ORDER_TS));
    Instant requested = ordered.plus(Duration.ofDays(20));
    Map<String, String> values = Map.of(
        Col.Returns.RETURN_ID, "R-REFUNDED-LATER", Col.Returns.ORDER_ID, order.getAs(Col.Orders.ORDER_ID),
        Col.Returns.SELLER_ID, order.getAs(Col.Orders.SELLER_ID), Col.Returns.REQUESTED_TS, requested.toString(),
        Col.Returns.REASON, "defective", Col.Returns.STATUS, "refunded", Col.Returns.RESOLUTION, "refund",
        Col.Returns.FIRST_RESPONSE_TS, requested.plus(Duration.ofDays(1)).toString(),
        Col.Returns.RESOLVED_TS, refundDay.atTime(12, 0).toInstant(ZoneOffset.UTC).toString(),
        Col.Returns.BUYER_DISSATISFIED, "false");
    Path returns = input.resolve("returns");
    String header;
    try (var files = Files.walk(returns)) {
      Path any = files.filter(f -> f.getFileName().toString().endsWith(".csv")).findFirst().orElseThrow();
      header = Files.readAllLines(any).get(0);
    }
    String line = Arrays.stream(header.split(",")).map(c -> values.getOrDefault(c, "")).collect(Collectors.joining(","));
    Path day = returns.resolve("date=" + requested.atZone(ZoneOffset.UTC).toLocalDate());
    Files.createDirectories(day);
    Files.writeString(day.resolve("refunded-later.csv"), header + "\n" + line + "\n");
  }

  private RunRequest request(LocalDate day, Path out, JobConfig c) {
    return new RunRequest(tmp.resolve("in").toString(), out.toString(), day, c, ConfigLoader.methodologyVersion(c),
        "k", true);
  }

  /** One simulated daily run: continue the saved state (or recompute), save today's state. */
  private Computation step(LocalDate day, Path out, boolean full, List<Computed> keep) {
    RunRequest req = request(day, out, cfg);
    StateStore store = new StateStore(spark.sparkContext().hadoopConfiguration(), out.toString());
    Computation how = Computation.plan(store, req, full);
    AcceptedInputs asOf = AsOfView.of(all, day);
    Computed c = null;
    if (how.incremental()) {
      try {
        c = StateSteps.continueState(spark, req, store, how, asOf);
      } catch (FullRecomputationNeeded e) {
        how = how.fallBack(e.getMessage());
      }
    }
    if (!how.incremental()) {
      c = TrustScoreJob.compute(asOf, req, null);
    }
    String chain = how.incremental() ? how.prior().chain() : "chain-" + day;
    String start = how.incremental() ? how.prior().chainStart() : day.toString();
    // A full recomputation's exits in two files (as a large run writes them), so the daily runs read a split table.
    StateIo.write(store, day, chain, c.frozen(), c.exits(), c.families(), cfg.window().lookbackDays(),
        how.incremental() ? 1 : 2);
    StateSteps.commitState(store, req, how, c, "run-" + day, chain, start);
    keep.add(c);
    return how;
  }

  @Test
  void aFullRecomputationSplitsItsExitsByInputSizeAtMostOneFilePerCore() {
    assertEquals(1, StateIo.exitFiles(0, 8));
    assertEquals(1, StateIo.exitFiles(55L << 20, 2), "1M generated orders: one file, as before");
    assertEquals(2, StateIo.exitFiles(600L << 20, 2), "10M generated orders on 2 cores");
    assertEquals(5, StateIo.exitFiles(600L << 20, 64), "one file per 128 MB of input on a large cluster");
  }

  @Test
  void dailyRunsEqualFullRecomputation() {
    Path out = tmp.resolve("daily");
    LocalDate first = LAST.minusDays(DAYS - 1);
    List<Computed> results = new ArrayList<>();
    List<String> modes = new ArrayList<>();
    for (int i = 0; i < DAYS; i++) {
      LocalDate day = first.plusDays(i);
      Computation how = step(day, out, false, results);
      modes.add(how.mode());
      if (i == 0) {
        assertFalse(how.incremental(), "the first day has no state to continue");
      } else {
        assertTrue(how.incremental(), day + ": " + how.describe());
      }
      if (i == DAYS - 1) {
        Outputs inc = results.get(i).outputs();
        Outputs full = TrustScoreJob.compute(AsOfView.of(all, day), request(day, tmp.resolve("full"), cfg));
        assertSame(day + " seller_evidence", full.evidence(), inc.evidence(), "seller_id", "metric");
        assertSame(day + " seller_metrics", full.metrics(), inc.metrics(), "seller_id");
        assertSame(day + " seller_corridor_metrics", full.corridors(), inc.corridors(), "seller_id", "buyer_country");
        assertSame(day + " seller_scores", full.scores(), inc.scores(), "seller_id");
      }
    }
    assertEquals(DAYS - 1, modes.stream().filter("incremental"::equals).count(), modes.toString());
  }

  @Test
  void theJobContinuesYesterdaysStateAndFallsBackWhenItMust() throws IOException {
    // A settle horizon shorter than the data's latest changes (about 105 days): settled orders get refunds later,
    // among them the one of addReturnRefundedOn, stamped on LAST, which the run of LAST - 1 sees in its input.
    JobConfig settle60 = ConfigLoader.load(writeConfig("{\"window\": {\"lookbackDays\": 200, \"halfLifeDays\": 60, "
        + "\"settleDays\": 60}, \"integrity\": {\"enabled\": false}}"));
    Path out = tmp.resolve("cli");
    LocalDate d0 = LAST.minusDays(1);
    RunResult first = TrustScoreJob.run(spark, request(d0, out, settle60));
    assertTrue(first.computation().startsWith("full recomputation: no saved state"), first.computation());
    RunResult second = TrustScoreJob.run(spark, request(LAST, out, settle60));
    assertTrue(second.computation().startsWith("incremental"), second.computation());
    JsonNode manifest = JSON.readTree(Files.readString(Path.of(second.manifestPath())));
    assertEquals("incremental", manifest.get("computation").get("mode").asText());
    assertEquals(d0.toString(), manifest.get("computation").get("state_from").asText());
    java.sql.Date horizon = java.sql.Date.valueOf(LAST.minusDays(60));
    Dataset<Row> orders = all.accepted(InputContract.ORDERS);
    assertEquals(orders.filter(to_date(col(Col.Orders.ORDER_TS)).geq(horizon)).count(),
        second.counts().get("orders").rowsRead(), "the incremental run read the orders of the settle horizon only");
    // Recent events of orders before the horizon: the run read only the ids of the orders of the horizon before, and
    // must not call those unknown. An event of an even older order came after that order settled: it is set aside as
    // unchecked (a full run tells an unknown order apart).
    Dataset<Row> orderDays = orders.select(col(Col.ORDER_ID), to_date(col(Col.Orders.ORDER_TS)).as("_day"));
    java.sql.Date keysFrom = java.sql.Date.valueOf(LAST.minusDays(120));
    long late = 0;
    for (var spec : List.of(InputContract.REVIEWS, InputContract.RETURNS, InputContract.SERVICE_TICKETS)) {
      Dataset<Row> recentOfSettled = all.accepted(spec)
          .filter(to_date(col(spec.eventTsColumn())).geq(horizon))
          .join(orderDays, Col.ORDER_ID).filter(col("_day").lt(horizon));
      late += recentOfSettled.count();
      Map<String, Long> reasons = second.counts().get(spec.name()).quarantinedByReason();
      assertFalse(reasons.containsKey(Reasons.UNKNOWN_ORDER), spec.name() + ": " + reasons);
      assertEquals(recentOfSettled.filter(col("_day").lt(keysFrom)).count(),
          reasons.getOrDefault(Reasons.UNCHECKED_ORDER, 0L), spec.name() + ": " + reasons);
    }
    assertTrue(late > 0, "the data has recent events of settled orders");

    Path fullOut = tmp.resolve("cli-full");
    RunResult full = TrustScoreJob.run(spark, request(LAST, fullOut, settle60), true);
    assertTrue(full.computation().contains("--full"), full.computation());
    assertSame("published seller_scores", table(fullOut, OutputLayout.SELLER_SCORES, LAST),
        table(out, OutputLayout.SELLER_SCORES, LAST), "seller_id");

    StateStore store = new StateStore(spark.sparkContext().hadoopConfiguration(), out.toString());
    // A rerun of the same day continues the same (yesterday's) state: reruns are safe.
    assertTrue(Computation.plan(store, request(LAST, out, settle60), false).incremental());
    // A gap: the newest state (of LAST) is not of the day before LAST + 2.
    Computation gap = Computation.plan(store, request(LAST.plusDays(2), out, settle60), false);
    assertTrue(gap.describe().contains("not of the previous day"), gap.describe());
    // A changed setting (here a quality limit: it changes which rows are accepted, not only the score).
    JobConfig changed = ConfigLoader.load(writeConfig("{\"window\": {\"lookbackDays\": 200, \"halfLifeDays\": 60, "
        + "\"settleDays\": 60}, \"quality\": {\"maxTextChars\": 19999}, \"integrity\": {\"enabled\": false}}"));
    Computation other = Computation.plan(store, request(LAST.plusDays(1), out, changed), false);
    assertTrue(other.describe().contains("configuration"), other.describe());
    // Another buyer-pseudonym key, or none from the environment.
    RunRequest otherKey = new RunRequest(tmp.resolve("in").toString(), out.toString(), LAST.plusDays(1), settle60,
        ConfigLoader.methodologyVersion(settle60), "another-key", true);
    assertTrue(Computation.plan(store, otherKey, false).describe().contains("key changed"));
    RunRequest randomKey = new RunRequest(tmp.resolve("in").toString(), out.toString(), LAST.plusDays(1), settle60,
        ConfigLoader.methodologyVersion(settle60), "k", false);
    assertTrue(Computation.plan(store, randomKey, false).describe().contains("random per-run key"));
    assertTrue(Computation.plan(store, request(LAST.plusDays(1), out, settle60), false).incremental());
    // Review-integrity checks read every review of the lookback: with them on, every run recomputes in full.
    JobConfig checked = ConfigLoader.load(writeConfig("{\"window\": {\"lookbackDays\": 200, \"halfLifeDays\": 60, "
        + "\"settleDays\": 60}}"));
    assertTrue(checked.integrity().enabled());
    Computation withIntegrity = Computation.plan(store, request(LAST.plusDays(1), out, checked), false);
    assertTrue(withIntegrity.describe().contains("review-integrity"), withIntegrity.describe());
    // A corrupt commit file is never continued.
    Path commit = out.resolve("state").resolve("snapshot_date=" + LAST).resolve(StateStore.STATE_FILE);
    assertTrue(Files.exists(commit));
    Files.writeString(commit, "{ not json");
    Computation corrupt = Computation.plan(store, request(LAST.plusDays(1), out, settle60), false);
    assertFalse(corrupt.incremental(), corrupt.describe());
  }

  private Path writeConfig(String json) throws IOException {
    Path p = Files.createTempFile(tmp, "cfg", ".json");
    Files.writeString(p, json);
    return p;
  }

  private static Dataset<Row> table(Path out, String name, LocalDate day) {
    return spark.read().parquet(new OutputLayout(out.toString()).table(name, day).toString());
  }

  /** Same rows: counts and texts exactly, doubles within 1e-6 (summation order differs). */
  private static void assertSame(String what, Dataset<Row> expected, Dataset<Row> actual, String... keys) {
    List<String> names = List.of(expected.columns());
    assertEquals(names, List.of(actual.columns()), what + " columns");
    List<Row> e = sorted(expected, keys);
    List<Row> a = sorted(actual, keys);
    assertEquals(e.size(), a.size(), what + " rows");
    assertTrue(e.size() > 10, what + " has rows to compare");
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < e.size(); i++) {
      for (StructField f : expected.schema().fields()) {
        String where = what + " row " + e.get(i).get(0) + (keys.length > 1 ? "/" + e.get(i).get(1) : "") + " " + f.name();
        Object ev = e.get(i).get(e.get(i).fieldIndex(f.name()));
        Object av = a.get(i).get(a.get(i).fieldIndex(f.name()));
        if (!same(ev, av)) {
          problems.add(where + ": expected " + ev + " but was " + av);
        }
      }
    }
    assertTrue(problems.isEmpty(), problems.size() + " differences, first: " + problems.subList(0, Math.min(12, problems.size())));
  }

  private static boolean same(Object e, Object a) {
    if (e instanceof Double de && a instanceof Double da) {
      return Math.abs(de - da) <= 1e-6 * Math.max(1.0, Math.abs(de));
    }
    if (e instanceof Row re && a instanceof Row ra) {
      for (int k = 0; k < re.size(); k++) {
        if (!same(re.get(k), ra.get(k))) {
          return false;
        }
      }
      return re.size() == ra.size();
    }
    if (e instanceof scala.collection.Seq<?> se && a instanceof scala.collection.Seq<?> sa) {
      if (se.size() != sa.size()) {
        return false;
      }
      for (int k = 0; k < se.size(); k++) {
        if (!same(se.apply(k), sa.apply(k))) {
          return false;
        }
      }
      return true;
    }
    return java.util.Objects.equals(e, a);
  }

  private static List<Row> sorted(Dataset<Row> d, String... keys) {
    return d.orderBy(java.util.Arrays.stream(keys).map(k -> col(k)).toArray(org.apache.spark.sql.Column[]::new))
        .collectAsList();
  }
}
