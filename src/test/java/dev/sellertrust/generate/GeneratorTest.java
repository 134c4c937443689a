package dev.sellertrust.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sellertrust.io.Col;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The generator's output contract, determinism, volume shape, truth separation and layouts. */
class GeneratorTest {
  private static final LocalDate END = LocalDate.of(2026, 11, 28);
  private static final Instant LAST_SECOND = Instant.parse("2026-11-28T23:59:59Z");
  private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
  private static final Set<String> COUNTRIES =
      Set.of("CN", "US", "DE", "GB", "FR", "ES", "BR", "PT", "MX", "IT", "NL", "JP");
  private static final Set<String> CURRENCIES = Set.of("EUR", "USD", "GBP", "BRL", "MXN", "JPY", "CNY");

  @TempDir static Path tmp;
  private static Path out;
  private static Map<String, List<Map<String, String>>> tables;

  @BeforeAll
  static void generateOnce() throws IOException {
    out = tmp.resolve("market");
    MarketplaceGenerator.generate(GeneratorSpec.of(300, 20_000, out).withThreads(2));
    tables = new HashMap<>();
    for (OutputTable t : OutputTable.values()) {
      tables.put(t.fileName, GeneratedCsv.read(out.resolve(t.fileName + ".csv")));
    }
  }

  @Test
  void sameSeedGivesIdenticalBytesWhateverTheThreadCount() throws IOException {
    Path again = tmp.resolve("again");
    MarketplaceGenerator.generate(GeneratorSpec.of(300, 20_000, again).withThreads(1));
    for (OutputTable t : OutputTable.values()) {
      String file = t.fileName + ".csv";
      assertArrayEquals(Files.readAllBytes(out.resolve(file)), Files.readAllBytes(again.resolve(file)), file);
    }
    for (String file : List.of(TruthWriter.SELLER_TRUTH, TruthWriter.POLICY_TRUTH)) {
      assertArrayEquals(Files.readAllBytes(tmp.resolve("market_truth").resolve(file)),
          Files.readAllBytes(tmp.resolve("again_truth").resolve(file)), file);
    }
    Path other = tmp.resolve("other-seed");
    MarketplaceGenerator.generate(GeneratorSpec.of(300, 20_000, other).withSeed(7));
    assertFalse(Files.mismatch(out.resolve("orders.csv"), other.resolve("orders.csv")) < 0,
        "another seed must give other orders");
  }

  @Test
  void headersFollowTheInputContract() throws IOException {
    assertEquals(List.of(Col.Orders.ORDER_ID, Col.Orders.SELLER_ID, Col.Orders.BUYER_ID, Col.Orders.BUYER_COUNTRY,
        Col.Orders.ORDER_TS, Col.Orders.PROMISED_DELIVERY_DATE, Col.Orders.DELIVERED_TS, Col.Orders.STATUS,
        Col.Orders.AMOUNT, Col.Orders.CURRENCY), GeneratedCsv.header(out.resolve("orders.csv")));
    for (OutputTable t : OutputTable.values()) {
      assertEquals(t.columns, GeneratedCsv.header(out.resolve(t.fileName + ".csv")), t.fileName);
    }
  }

  @Test
  void sellersAndPoliciesConform() {
    Set<String> ids = new HashSet<>();
    for (Map<String, String> s : tables.get("sellers")) {
      assertTrue(ids.add(required(s, "seller_id")), "duplicate seller " + s);
      assertTrue(COUNTRIES.contains(required(s, "country")), s.toString());
      assertTrue(Set.of("electronics", "fashion", "home", "beauty", "toys", "books", "sports")
          .contains(s.get("category")), s.toString());
      assertFalse(LocalDate.parse(s.get("joined_date")).isAfter(END), s.toString());
    }
    assertEquals(300, ids.size());
    Set<String> withPolicy = new HashSet<>();
    for (Map<String, String> p : tables.get("return_policies")) {
      assertTrue(ids.contains(required(p, "seller_id")), p.toString());
      withPolicy.add(p.get("seller_id"));
      String market = required(p, "market");
      assertTrue(market.equals("*") || COUNTRIES.contains(market), p.toString());
      assertTrue(Set.of("en", "es", "pt", "de", "fr", "zh").contains(required(p, "language")), p.toString());
      assertFalse(required(p, "policy_text").isBlank(), p.toString());
      assertFalse(LocalDate.parse(p.get("effective_date")).isAfter(END), p.toString());
    }
    double share = withPolicy.size() / 300.0;
    assertTrue(share > 0.65 && share < 0.85, "about 75% of sellers publish a policy, got " + share);
  }

  @Test
  void ordersConform() {
    Set<String> sellers = ids("sellers", "seller_id");
    Set<String> seen = new HashSet<>();
    Map<String, Long> statuses = new HashMap<>();
    Instant first = Instant.parse("2025-11-29T00:00:00Z");
    for (Map<String, String> o : tables.get("orders")) {
      String ctx = o.toString();
      assertTrue(seen.add(required(o, "order_id")), "duplicate order " + ctx);
      assertTrue(sellers.contains(required(o, "seller_id")), ctx);
      assertTrue(COUNTRIES.contains(required(o, "buyer_country")), ctx);
      Instant ordered = ts(required(o, "order_ts"));
      assertFalse(ordered.isBefore(first) || ordered.isAfter(LAST_SECOND), ctx);
      assertTrue(LocalDate.parse(o.get("promised_delivery_date")).isAfter(day(ordered)), ctx);
      String status = required(o, "status");
      statuses.merge(status, 1L, Long::sum);
      assertTrue(Set.of("placed", "shipped", "delivered", "cancelled", "undelivered").contains(status), ctx);
      assertEquals(status.equals("delivered"), o.get("delivered_ts") != null, ctx);
      if (o.get("delivered_ts") != null) {
        Instant delivered = ts(o.get("delivered_ts"));
        assertTrue(delivered.isAfter(ordered) && !delivered.isAfter(LAST_SECOND), ctx);
      }
      assertTrue(new BigDecimal(o.get("amount")).signum() > 0, ctx);
      assertTrue(CURRENCIES.contains(o.get("currency")), ctx);
    }
    assertEquals(20_000, seen.size());
    assertTrue(statuses.get("delivered") > 0.85 * 20_000, "mostly delivered: " + statuses);
  }

  @Test
  void reviewsFollowDeliveryAndStayInRange() {
    Map<String, Map<String, String>> orders = byId("orders", "order_id");
    long delivered = orders.values().stream().filter(o -> "delivered".equals(o.get("status"))).count();
    int unlinked = 0;
    for (Map<String, String> r : tables.get("reviews")) {
      String ctx = r.toString();
      required(r, "review_id");
      int rating = Integer.parseInt(required(r, "rating"));
      assertTrue(rating >= 1 && rating <= 5, ctx);
      Instant at = ts(required(r, "review_ts"));
      assertFalse(at.isAfter(LAST_SECOND), ctx);
      assertTrue(Pattern.matches("[a-z]{2}", r.get("language")), ctx);
      assertTrue(Set.of("true", "false").contains(r.get("verified_purchase")), ctx);
      if (r.get("order_id") == null) {
        unlinked++;
        continue;
      }
      Map<String, String> o = orders.get(r.get("order_id"));
      assertEquals(o.get("seller_id"), r.get("seller_id"), ctx);
      Instant after = o.get("delivered_ts") != null ? ts(o.get("delivered_ts")) : ts(o.get("order_ts"));
      assertTrue(at.isAfter(after), "review before delivery: " + ctx + " " + o);
    }
    double rate = tables.get("reviews").size() / (double) delivered;
    assertTrue(rate > 0.4 && rate < 0.6, "reviews per delivered order " + rate);
    assertTrue(unlinked > 0, "a few reviews lack their order_id");
  }

  @Test
  void returnsProgressInOrder() {
    Map<String, Map<String, String>> orders = byId("orders", "order_id");
    Set<String> reasons = Set.of("defective", "not_as_described", "wrong_item", "damaged_in_transit",
        "late_delivery", "changed_mind", "other");
    Set<String> statuses = Set.of("requested", "approved", "rejected", "received", "refunded", "closed");
    Set<String> rejections = Set.of("outside_window", "condition", "non_returnable", "other");
    Set<String> resolutions =
        Set.of("refund", "partial_refund", "exchange", "replacement", "repair", "store_credit", "none");
    for (Map<String, String> r : tables.get("returns")) {
      String ctx = r.toString();
      required(r, "return_id");
      Map<String, String> o = orders.get(required(r, "order_id"));
      assertNotNull(o, ctx);
      assertEquals(o.get("seller_id"), required(r, "seller_id"), ctx);
      assertTrue(reasons.contains(required(r, "reason")), ctx);
      String status = required(r, "status");
      assertTrue(statuses.contains(status), ctx);
      Instant requested = ts(required(r, "requested_ts"));
      assertTrue(requested.isAfter(ts(o.get("delivered_ts"))), ctx);
      assertFalse(requested.isAfter(LAST_SECOND), ctx);
      assertOrdered(ctx, requested, r.get("first_response_ts"), r.get("resolved_ts"));
      if (r.get("rejection_reason") != null) {
        assertTrue(rejections.contains(r.get("rejection_reason")) && status.equals("rejected"), ctx);
      }
      assertEquals(status.equals("rejected"), r.get("rejection_reason") != null, ctx);
      if (r.get("resolution") != null) {
        assertTrue(resolutions.contains(r.get("resolution")), ctx);
      }
      boolean open = Set.of("requested", "approved", "received").contains(status);
      assertEquals(open, r.get("resolved_ts") == null, ctx);
      if (r.get("refund_amount") != null) {
        BigDecimal refund = new BigDecimal(r.get("refund_amount"));
        assertTrue(refund.signum() > 0 && refund.compareTo(new BigDecimal(o.get("amount"))) <= 0, ctx);
      }
    }
    double rate = tables.get("returns").size() / 20_000.0;
    assertTrue(rate > 0.03 && rate < 0.2, "returns per order " + rate);
  }

  @Test
  void ticketsAnswerAfterTheyOpen() {
    Set<String> orders = ids("orders", "order_id");
    int auto = 0;
    int unanswered = 0;
    for (Map<String, String> t : tables.get("service_tickets")) {
      String ctx = t.toString();
      required(t, "ticket_id");
      required(t, "seller_id");
      if (t.get("order_id") != null) {
        assertTrue(orders.contains(t.get("order_id")), ctx);
      }
      assertTrue(Set.of("email", "chat", "phone", "platform_message").contains(t.get("channel")), ctx);
      assertTrue(Set.of("return", "delivery", "product", "refund", "other").contains(t.get("topic")), ctx);
      Instant opened = ts(required(t, "opened_ts"));
      assertFalse(opened.isAfter(LAST_SECOND), ctx);
      assertOrdered(ctx, opened, t.get("first_response_ts"), t.get("resolved_ts"));
      if ("true".equals(t.get("auto_reply"))) {
        auto++;
        assertTrue(ts(t.get("first_response_ts")).getEpochSecond() - opened.getEpochSecond() < 60, ctx);
      }
      if (t.get("first_response_ts") == null) {
        unanswered++;
        assertNull(t.get("resolved_ts"), ctx);
      }
      for (String b : List.of("auto_reply", "reopened")) {
        assertTrue(Set.of("true", "false").contains(t.get(b)), ctx);
      }
    }
    double rate = tables.get("service_tickets").size() / 20_000.0;
    assertTrue(rate > 0.1 && rate < 0.3, "tickets per order " + rate);
    assertTrue(auto > 0 && unanswered > 0, "auto replies " + auto + ", unanswered " + unanswered);
  }

  @Test
  void volumesAreHeavyTailedAndExact() throws IOException {
    Path dir = tmp.resolve("tail");
    MarketplaceGenerator.generate(GeneratorSpec.of(2_000, 100_000, dir));
    List<Long> perSeller = GeneratedCsv.read(tmp.resolve("tail_truth").resolve(TruthWriter.SELLER_TRUTH)).stream()
        .map(r -> Long.parseLong(r.get("n_orders"))).sorted((a, b) -> Long.compare(b, a)).toList();
    assertEquals(100_000L, perSeller.stream().mapToLong(Long::longValue).sum());
    double top1 = perSeller.subList(0, 20).stream().mapToLong(Long::longValue).sum() / 100_000.0;
    assertTrue(top1 > 0.25, "top 1% of sellers should hold a large share, got " + top1);
    long small = perSeller.stream().filter(n -> n >= 1 && n <= 20).count();
    assertTrue(small > 1_000, "most sellers are small (1-20 orders), got " + small);
  }

  @Test
  void giantShareGoesToOneSeller() throws IOException {
    Path dir = tmp.resolve("giant");
    MarketplaceGenerator.generate(GeneratorSpec.of(200, 10_000, dir).withGiantShare(0.4));
    Map<String, Long> counts = GeneratedCsv.read(dir.resolve("orders.csv")).stream()
        .collect(Collectors.groupingBy(o -> o.get("seller_id"), Collectors.counting()));
    assertEquals(4_000L, counts.values().stream().mapToLong(Long::longValue).max().orElseThrow());
    List<Map<String, String>> giants = GeneratedCsv.read(tmp.resolve("giant_truth").resolve(TruthWriter.SELLER_TRUTH))
        .stream().filter(r -> "true".equals(r.get("giant"))).toList();
    assertEquals(1, giants.size());
    assertEquals("4000", giants.get(0).get("n_orders"));
  }

  @Test
  void truthStaysOutsideTheInputDir() throws IOException {
    assertTrue(Files.exists(tmp.resolve("market_truth").resolve(TruthWriter.SELLER_TRUTH)));
    assertTrue(Files.exists(tmp.resolve("market_truth").resolve(TruthWriter.POLICY_TRUTH)));
    try (Stream<Path> files = Files.walk(out)) {
      List<String> names = files.map(p -> p.getFileName().toString()).toList();
      assertFalse(names.stream().anyMatch(n -> n.contains("truth")), "truth leaked into input: " + names);
    }
    assertThrows(IllegalArgumentException.class,
        () -> GeneratorSpec.of(10, 100, out).withTruth(out.resolve("truth")));
    assertThrows(IllegalArgumentException.class, () -> GeneratorSpec.of(10, 100, out).withTruth(out));
  }

  @Test
  void partitionByDateWritesOneFolderPerDayOfOrdersAndEvents() throws IOException {
    Path dir = tmp.resolve("partitioned");
    MarketplaceGenerator.generate(GeneratorSpec.of(300, 20_000, dir).withPartitionByDate(true));
    for (OutputTable t : OutputTable.values()) {
      if (!t.partitionedByDate()) {
        assertFalse(Files.exists(dir.resolve(t.fileName)), t.fileName + ": a reference table is not split by day");
        assertEquals(tables.get(t.fileName), GeneratedCsv.read(dir.resolve(t.fileName + ".csv")), t.fileName);
        continue;
      }
      assertFalse(Files.exists(dir.resolve(t.fileName + ".csv")), t.fileName);
      List<Path> files;
      try (Stream<Path> walk = Files.walk(dir.resolve(t.fileName))) {
        files = walk.filter(Files::isRegularFile).toList();
      }
      int rows = 0;
      for (Path f : files) {
        String partition = f.getParent().getFileName().toString();
        assertTrue(Pattern.matches("date=\\d{4}-\\d{2}-\\d{2}", partition) && f.getFileName().toString()
            .equals("part-00000.csv"), f.toString());
        String date = partition.substring(5);
        for (Map<String, String> row : GeneratedCsv.read(f)) {
          assertEquals(date, row.get(t.partitionColumn).substring(0, 10), t.fileName + " " + row);
          rows++;
        }
      }
      assertEquals(tables.get(t.fileName).size(), rows, t.fileName + ": same rows as the single-file run");
    }
  }

  @Test
  void jsonLinesCarryTheSameRows() throws IOException {
    Path dir = tmp.resolve("json");
    MarketplaceGenerator.generate(GeneratorSpec.of(300, 20_000, dir).withFormat(OutputFormat.JSONL));
    ObjectMapper json = new ObjectMapper();
    List<String> lines = Files.readAllLines(dir.resolve("reviews.jsonl"));
    assertEquals(tables.get("reviews").size(), lines.size());
    List<Map<String, String>> csv = tables.get("reviews");
    for (int i = 0; i < lines.size(); i++) {
      JsonNode node = json.readTree(lines.get(i));
      assertEquals(csv.get(i).get("text"), node.get("text").isNull() ? null : node.get("text").asText());
      assertEquals(Integer.parseInt(csv.get(i).get("rating")), node.get("rating").asInt());
      assertTrue(csv.get(i).get("order_id") != null || node.get("order_id").isNull());
    }
  }

  @Test
  void commandLineDefaults() {
    GenerateCommand cmd = new GenerateCommand();
    new CommandLine(cmd).parseArgs("--sellers", "5", "--orders", "50", "--out", tmp.resolve("cli").toString());
    GeneratorSpec spec = cmd.spec();
    assertEquals(42, spec.seed());
    assertEquals(END, spec.endDate());
    assertEquals(365, spec.days());
    assertEquals(OutputFormat.CSV, spec.format());
    assertEquals(tmp.resolve("cli_truth").toAbsolutePath().normalize(), spec.truth());
    GenerateCommand bad = new GenerateCommand();
    CommandLine line = new CommandLine(bad);
    line.parseArgs("--sellers", "5", "--orders", "50", "--out", "x", "--truth", "x/t");
    assertThrows(CommandLine.ParameterException.class, bad::spec);
  }

  private static String required(Map<String, String> row, String column) {
    String v = row.get(column);
    assertNotNull(v, "required " + column + " missing in " + row);
    return v;
  }

  private static Instant ts(String value) {
    assertTrue(TIMESTAMP.matcher(value).matches(), "not ISO-8601 UTC: " + value);
    return Instant.parse(value);
  }

  private static LocalDate day(Instant at) {
    return LocalDate.ofInstant(at, java.time.ZoneOffset.UTC);
  }

  /** Each present timestamp is not before the previous present one and not after the end date. */
  private static void assertOrdered(String ctx, Instant start, String... later) {
    Instant previous = start;
    for (String v : later) {
      if (v == null) {
        continue;
      }
      Instant at = ts(v);
      assertFalse(at.isBefore(previous), "out of order in " + ctx);
      assertFalse(at.isAfter(LAST_SECOND), "after end date in " + ctx);
      previous = at;
    }
  }

  private static Set<String> ids(String table, String column) {
    return tables.get(table).stream().map(r -> r.get(column)).collect(Collectors.toSet());
  }

  private static Map<String, Map<String, String>> byId(String table, String column) {
    Map<String, Map<String, String>> m = new HashMap<>();
    tables.get(table).forEach(r -> m.put(r.get(column), r));
    return m;
  }
}
