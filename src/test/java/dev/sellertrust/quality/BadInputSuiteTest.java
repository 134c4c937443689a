package dev.sellertrust.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.sellertrust.SparkTestBase;
import dev.sellertrust.config.JobConfig;
import dev.sellertrust.io.InputContract;
import dev.sellertrust.io.InputException;
import dev.sellertrust.job.TrustScoreJob;
import dev.sellertrust.job.ValidatedInputs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad-input suite: one small fixture per kind of bad input (the valid sellers and orders of {@link Fixture} plus the
 * one file under test), run through the job's own read-validate-gate path ({@link TrustScoreJob#validate}, what
 * {@code run} executes before computing anything). Each case checks what a user would expect: the row in the quarantine
 * with its reason code and raw record, or a one-line error naming the file, the column and what to do; and in every
 * case that rows read = rows accepted + rows quarantined, and rows read = the records in the file.
 * The published manifest and quarantine table are checked end to end in {@code dev.sellertrust.job.PublishedRunTest}.
 */
class BadInputSuiteTest extends SparkTestBase {
  @TempDir Path tmp;

  /** Validation persists the checked datasets; release them so the shared session does not accumulate them. */
  @org.junit.jupiter.api.AfterEach
  void releaseCache() {
    spark.catalog().clearCache();
  }

  // ---------------------------------------------------------------- malformed CSV

  @Test
  void unclosedQuoteStopsTheRunNamingTheFile() {
    String sellers = Fixture.SELLERS_HEADER + "\nS1,Alpha,GB,beauty,2024-01-01\nS4,\"Delta Ltd,GB,home,2024-01-01\n"
        + "S2,Beta,DE,fashion,2024-02-01\nS3,Gamma,FR,home,2024-03-01\n";
    InputException e = assertStops(InputException.class, files("sellers.csv", sellers), "sellers.csv", "never closed");
    assertTrue(e.getMessage().contains("3 lines were read as one record"), e.getMessage());
  }

  @Test
  void shortRowIsQuarantinedWithItsText() {
    Checked c = validate(files("sellers.csv", Fixture.SELLERS + "S4,Delta,GB\n"));
    c.assertQuarantined("sellers", Reasons.MALFORMED_ROW, "S4,Delta,GB");
    c.assertReconciled(Map.of("sellers", 4));
  }

  @Test
  void longRowIsQuarantinedWithItsText() {
    Checked c = validate(files("sellers.csv", Fixture.SELLERS + "S4,Delta,GB,home,2024-01-01,extra,more\n"));
    c.assertQuarantined("sellers", Reasons.MALFORMED_ROW, "S4,Delta,GB,home,2024-01-01,extra,more");
    c.assertReconciled(Map.of("sellers", 4));
  }

  @Test
  void newlineInsideAQuotedFieldIsOneValidRecord() {
    Checked c = validate(files("sellers.csv", Fixture.SELLERS + "S4,\"Delta\nLtd\",GB,home,2024-01-01\n"));
    c.assertNothingQuarantined();
    c.assertReconciled(Map.of("sellers", 4));
    Row s4 = c.accepted("sellers").stream().filter(r -> r.getString(0).equals("S4")).findFirst().orElseThrow();
    assertEquals("Delta\nLtd", s4.getString(1));
  }

  @Test
  void byteOrderMarkIsNotPartOfTheFirstColumn() {
    Checked c = validate(files("sellers.csv", "\uFEFF" + Fixture.SELLERS));
    c.assertNothingQuarantined();
    c.assertReconciled(Map.of());
    assertTrue(c.accepted("sellers").stream().anyMatch(r -> r.getString(0).equals("S1")), "S1 without a BOM");
  }

  @Test
  void crlfLineEndingsLeaveNoCarriageReturnInValues() {
    Checked c = validate(files("orders.csv", Fixture.ORDERS.replace("\n", "\r\n")));
    c.assertNothingQuarantined();
    c.assertReconciled(Map.of());
    for (Row r : c.accepted("orders")) {
      assertFalse(r.mkString("|").contains("\r"), "carriage return kept in " + r);
    }
  }

  @Test
  void invalidUtf8IsQuarantined() {
    byte[] bytes = (Fixture.SELLERS + "S4,Caf\u00e9X Ltd,GB,home,2024-01-01\n").getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 'X') {
        bytes[i] = (byte) 0xFF;
      }
    }
    Map<String, byte[]> f = bytes(files());
    f.put("sellers.csv", bytes);
    Checked c = validateBytes(f);
    c.assertQuarantined("sellers", Reasons.INVALID_UTF8, "\"seller_id\":\"S4\"");
    c.assertReconciled(Map.of("sellers", 4));
  }

  @Test
  void emptyFileStopsNamingTheFile() {
    assertStops(InputException.class, files("reviews.csv", ""), "reviews.csv", "is empty");
  }

  @Test
  void headerOnlyFileIsAnEmptyDataset() {
    Checked c = validate(files("reviews.csv", Fixture.REVIEWS_HEADER + "\n"));
    c.assertReconciled(Map.of("reviews", 0));
    assertTrue(c.counts().get("reviews").present());
  }

  @Test
  void malformedJsonLineIsQuarantinedWithItsText() {
    String jsonl = "{\"ticket_id\":\"T1\",\"seller_id\":\"S1\",\"opened_ts\":\"2026-04-01T10:00:00Z\"}\n"
        + "{\"ticket_id\":\"T2\",\"seller_id\":\"S1\",\"opened_ts\":\n";
    Checked c = validate(files("service_tickets.jsonl", jsonl));
    c.assertQuarantined("service_tickets", Reasons.MALFORMED_ROW, "{\"ticket_id\":\"T2\"");
    c.assertReconciled(Map.of("service_tickets", 2));
  }

  // ---------------------------------------------------------------- wrong types and values

  @Test
  void ratingInWordsIsNotAnInteger() {
    Checked c = validate(files("reviews.csv", review("V1", "S1", "O01", "five", "2026-04-06T10:00:00Z")));
    c.assertQuarantined("reviews", "invalid_integer:rating", "\"rating\":\"five\"");
    c.assertReconciled(Map.of("reviews", 1));
  }

  @Test
  void ratingZeroIsOutOfRange() {
    Checked c = validate(files("reviews.csv", review("V1", "S1", "O01", "0", "2026-04-06T10:00:00Z")));
    c.assertQuarantined("reviews", "out_of_range:rating", "\"rating\":\"0\"");
    c.assertReconciled(Map.of("reviews", 1));
  }

  @Test
  void ratingSixIsOutOfRange() {
    Checked c = validate(files("reviews.csv", review("V1", "S1", "O01", "6", "2026-04-06T10:00:00Z")));
    c.assertQuarantined("reviews", "out_of_range:rating", "\"rating\":\"6\"");
    c.assertReconciled(Map.of("reviews", 1));
  }

  @Test
  void nonTimestampIsQuarantined() {
    Checked c = validate(files("reviews.csv", review("V1", "S1", "O01", "4", "last tuesday")));
    c.assertQuarantined("reviews", "invalid_timestamp:review_ts", "\"review_ts\":\"last tuesday\"");
    c.assertReconciled(Map.of("reviews", 1));
  }

  @Test
  void nonDateIsQuarantined() {
    Checked c = validate(files("sellers.csv", Fixture.SELLERS + "S4,Delta,GB,home,31/02/2024\n"));
    c.assertQuarantined("sellers", "invalid_date:joined_date", "\"joined_date\":\"31/02/2024\"");
    c.assertReconciled(Map.of("sellers", 4));
  }

  @Test
  void nonBooleanIsQuarantined() {
    Checked c = validate(files("reviews.csv", Fixture.REVIEWS_HEADER + "\nV1,S1,O01,4,2026-04-06T10:00:00Z,en,t,x,maybe\n"));
    c.assertQuarantined("reviews", "invalid_boolean:verified_purchase", "\"verified_purchase\":\"maybe\"");
    c.assertReconciled(Map.of("reviews", 1));
  }

  @Test
  void decimalCommaIsNotANumber() {
    Checked c = validate(files("orders.csv", Fixture.ORDERS + order("O13", "S1", "2026-04-01T10:00:00Z", "delivered", "\"12,50\"")));
    c.assertQuarantined("orders", "invalid_number:amount", "\"amount\":\"12,50\"");
    c.assertReconciled(Map.of("orders", 13));
  }

  // ---------------------------------------------------------------- missing values, enums and codes

  @Test
  void missingRequiredValueIsQuarantined() {
    Checked c = validate(files("orders.csv", Fixture.ORDERS + order("O13", "S1", "", "delivered", "1.00")));
    c.assertQuarantined("orders", "missing_required:order_ts", "\"order_id\":\"O13\"");
    c.assertReconciled(Map.of("orders", 13));
  }

  @Test
  void blankRequiredValueIsMissing() {
    Checked c = validate(files("sellers.csv", Fixture.SELLERS + "S4,Delta,   ,home,2024-01-01\n"));
    c.assertQuarantined("sellers", "missing_required:country", "\"seller_id\":\"S4\"");
    c.assertReconciled(Map.of("sellers", 4));
  }

  @Test
  void unknownEnumValueIsQuarantined() {
    Checked c = validate(files("orders.csv", Fixture.ORDERS + order("O13", "S1", "2026-04-01T10:00:00Z", "lost", "1.00")));
    c.assertQuarantined("orders", "invalid_enum:status", "\"status\":\"lost\"");
    c.assertReconciled(Map.of("orders", 13));
  }

  @Test
  void nonIsoCountryIsQuarantined() {
    Checked c = validate(files("sellers.csv", Fixture.SELLERS + "S4,Delta,UK,home,2024-01-01\n"));
    c.assertQuarantined("sellers", "invalid_country:country", "\"country\":\"UK\"");
    c.assertReconciled(Map.of("sellers", 4));
  }

  @Test
  void unknownCurrencyIsQuarantined() {
    Checked c = validate(files("orders.csv", Fixture.ORDERS
        + "O13,S1,BUYER-SECRET-01,GB,2026-04-01T10:00:00Z,2026-04-05,,shipped,1.00,EURO\n"));
    c.assertQuarantined("orders", "invalid_currency:currency", "\"currency\":\"EURO\"");
    c.assertReconciled(Map.of("orders", 13));
  }

  // ---------------------------------------------------------------- duplicates and references

  @Test
  void duplicateIdKeepsTheLatestVersionWhateverTheFileOrder() {
    String older = order("O13", "S1", "2026-04-01T10:00:00Z", "shipped", "1.00");
    String newer = order("O13", "S1", "2026-04-02T10:00:00Z", "delivered", "1.00");
    for (String body : List.of(older + newer, newer + older)) {
      Checked c = validate(files("orders.csv", Fixture.ORDERS + body));
      c.assertQuarantined("orders", "duplicate_id:order_id", "\"order_ts\":\"2026-04-01T10:00:00Z\"");
      c.assertReconciled(Map.of("orders", 14));
      Row kept = c.accepted("orders").stream().filter(r -> r.getString(0).equals("O13")).findFirst().orElseThrow();
      assertEquals("delivered", kept.getAs("status"), "the later export of O13 wins");
    }
  }

  @Test
  void duplicateReviewsDifferingOnlyInTextPickTheSameWinnerInEitherOrder() {
    // The raw records are equal (texts withheld, same length): the texts themselves break the tie.
    String a = "V1,S1,O01,4,2026-04-06T10:00:00Z,en,T,PRIVATE-REVIEW-TEXT aaaa,true\n";
    String b = "V1,S1,O01,4,2026-04-06T10:00:00Z,en,T,PRIVATE-REVIEW-TEXT bbbb,true\n";
    for (String body : List.of(a + b, b + a)) {
      Checked c = validate(files("reviews.csv", Fixture.REVIEWS_HEADER + "\n" + body));
      c.assertQuarantined("reviews", "duplicate_id:review_id", "\"review_id\":\"V1\"");
      c.assertReconciled(Map.of("reviews", 2));
      assertEquals("PRIVATE-REVIEW-TEXT aaaa", c.accepted("reviews").get(0).getAs("text"));
    }
  }

  @Test
  void exactDuplicateRowIsQuarantinedOnce() {
    Checked c = validate(files("sellers.csv", Fixture.SELLERS + "S3,Gamma SA,FR,home,2024-03-01\n"));
    c.assertQuarantined("sellers", "duplicate_id:seller_id", "\"seller_id\":\"S3\"");
    c.assertReconciled(Map.of("sellers", 4));
    assertEquals(1, c.quarantine("sellers").size());
  }

  @Test
  void reviewOfUnknownSellerIsQuarantined() {
    Checked c = validate(files("reviews.csv", review("V1", "S9", null, "4", "2026-04-06T10:00:00Z")));
    c.assertQuarantined("reviews", "unknown_seller:seller_id", "\"seller_id\":\"S9\"");
    c.assertReconciled(Map.of("reviews", 1));
  }

  @Test
  void returnOfUnknownOrderIsQuarantined() {
    Checked c = validate(files("returns.csv", Fixture.RETURNS_HEADER
        + "\nR1,O99,S1,2026-04-09T12:00:00Z,defective,requested,,,,,,\n"));
    c.assertQuarantined("returns", "unknown_order:order_id", "\"order_id\":\"O99\"");
    c.assertReconciled(Map.of("returns", 1));
  }

  @Test
  void ticketNamingAnotherSellersOrderIsQuarantined() {
    Checked c = validate(files("service_tickets.csv", Fixture.TICKETS_HEADER
        + "\nT1,S2,O01,email,delivery,2026-04-07T08:00:00Z,,,,,\n"));
    c.assertQuarantined("service_tickets", "order_seller_mismatch:seller_id", "\"order_id\":\"O01\"");
    c.assertReconciled(Map.of("service_tickets", 1));
  }

  @Test
  void ordersOfAQuarantinedSellerFollowItIntoQuarantine() {
    String sellers = Fixture.SELLERS.replace("S3,Gamma SA,FR", "S3,Gamma SA,XX");
    Checked c = validate(files("sellers.csv", sellers));
    c.assertQuarantined("sellers", "invalid_country:country", "\"seller_id\":\"S3\"");
    c.assertQuarantined("orders", "unknown_seller:seller_id", "\"order_id\":\"O09\"");
    assertEquals(4, c.counts().get("orders").rowsQuarantined());
    c.assertReconciled(Map.of());
  }

  // ---------------------------------------------------------------- time

  @Test
  void replyBeforeTheContactIsANegativeDuration() {
    Checked c = validate(files("service_tickets.csv", Fixture.TICKETS_HEADER
        + "\nT1,S1,O01,email,delivery,2026-04-07T08:00:00Z,2026-04-07T07:00:00Z,,,,\n"));
    c.assertQuarantined("service_tickets", "negative_duration:first_response_ts", "\"ticket_id\":\"T1\"");
    c.assertReconciled(Map.of("service_tickets", 1));
  }

  @Test
  void refundBeforeTheRequestIsANegativeDuration() {
    Checked c = validate(files("returns.csv", Fixture.RETURNS_HEADER
        + "\nR1,O01,S1,2026-04-09T12:00:00Z,defective,refunded,,refund,,2026-04-08T12:00:00Z,10.50,false\n"));
    c.assertQuarantined("returns", "negative_duration:resolved_ts", "\"return_id\":\"R1\"");
    c.assertReconciled(Map.of("returns", 1));
  }

  @Test
  void deliveryBeforeTheOrderIsANegativeDuration() {
    Checked c = validate(files("orders.csv", Fixture.ORDERS
        + "O13,S1,BUYER-SECRET-01,GB,2026-04-05T10:00:00Z,2026-04-08,2026-04-04T10:00:00Z,delivered,1.00,GBP\n"));
    c.assertQuarantined("orders", "negative_duration:delivered_ts", "\"order_id\":\"O13\"");
    c.assertReconciled(Map.of("orders", 13));
  }

  @Test
  void eventAfterTheSnapshotIsQuarantined() {
    Checked c = validate(files("orders.csv", Fixture.ORDERS + order("O13", "S1", "2026-06-02T00:00:00Z", "placed", "1.00")));
    c.assertQuarantined("orders", "after_snapshot:order_ts", "\"order_id\":\"O13\"");
    c.assertReconciled(Map.of("orders", 13));
  }

  @Test
  void aDeliveryStampedAfterTheSnapshotKeepsItsOrder() {
    // What a rerun of a past day, or a run started after midnight, sees: the order existed on the snapshot day and was
    // delivered later. It is kept (the metrics treat the delivery as not yet happened), not quarantined.
    String late = "O13,S1,BUYER-SECRET-13,GB,2026-05-30T10:00:00Z,2026-06-03,2026-06-02T09:00:00Z,delivered,1.00,GBP\n";
    Checked c = validate(files("orders.csv", Fixture.ORDERS + late));
    assertEquals(0, c.counts().get("orders").rowsQuarantined());
    c.assertReconciled(Map.of("orders", 13));
    assertTrue(c.accepted("orders").stream().anyMatch(r -> r.getString(0).equals("O13")));
  }

  @Test
  void sellerJoiningAfterTheSnapshotIsQuarantined() {
    Checked c = validate(files("sellers.csv", Fixture.SELLERS + "S4,Delta,GB,home,2026-06-02\n"));
    c.assertQuarantined("sellers", "after_snapshot:joined_date", "\"seller_id\":\"S4\"");
    c.assertReconciled(Map.of("sellers", 4));
  }

  @Test
  void mixedOffsetsAreComparedAsInstants() {
    // 01:00 at +09:00 is 16:00 UTC on the snapshot day (kept); 23:30 at -02:00 is 01:30 UTC the day after (quarantined).
    String body = order("O13", "S1", "2026-06-02T01:00:00+09:00", "placed", "1.00")
        + order("O14", "S1", "2026-06-01T23:30:00-02:00", "placed", "1.00")
        + order("O15", "S1", "2026-05-31 22:00:00", "placed", "1.00");
    Checked c = validate(files("orders.csv", Fixture.ORDERS + body));
    c.assertQuarantined("orders", "after_snapshot:order_ts", "\"order_id\":\"O14\"");
    assertEquals(1, c.counts().get("orders").rowsQuarantined());
    c.assertReconciled(Map.of("orders", 15));
    Row o13 = c.accepted("orders").stream().filter(r -> r.getString(0).equals("O13")).findFirst().orElseThrow();
    assertEquals(Instant.parse("2026-06-01T16:00:00Z"), o13.getAs("order_ts"));
  }

  // ---------------------------------------------------------------- absurd values

  @Test
  void absurdAmountIsOutOfRange() {
    Checked c = validate(files("orders.csv", Fixture.ORDERS + order("O13", "S1", "2026-04-01T10:00:00Z", "delivered", "1e18")));
    c.assertQuarantined("orders", "out_of_range:amount", "\"amount\":\"1e18\"");
    c.assertReconciled(Map.of("orders", 13));
  }

  @Test
  void negativeAmountIsOutOfRange() {
    Checked c = validate(files("orders.csv", Fixture.ORDERS + order("O13", "S1", "2026-04-01T10:00:00Z", "delivered", "-5")));
    c.assertQuarantined("orders", "out_of_range:amount", "\"amount\":\"-5\"");
    c.assertReconciled(Map.of("orders", 13));
  }

  @Test
  void tenMegabyteReviewIsQuarantinedWithoutItsText() {
    String huge = Fixture.TEXT_MARKER + "x".repeat(10 * 1024 * 1024);
    Checked c = validate(files("reviews.csv", Fixture.REVIEWS_HEADER + "\nV1,S1,O01,4,2026-04-06T10:00:00Z,en,t," + huge + ",true\n"));
    c.assertQuarantined("reviews", "value_too_long:text", "\"text\":\"[withheld: " + huge.length() + " chars]\"");
    c.assertReconciled(Map.of("reviews", 1));
    for (Row q : c.quarantine("reviews")) {
      assertFalse(q.<String>getAs("raw_record").contains(Fixture.TEXT_MARKER), "review text copied to quarantine");
      assertTrue(q.<String>getAs("raw_record").length() < 1000, "raw record stays small");
    }
  }

  @Test
  void policyPageLongerThanTheReviewLimitIsAcceptedUnderItsOwnLimit() {
    String clause = "Items may be returned within 30 days of delivery for a refund. ";
    String page = clause.repeat(500_000 / clause.length());
    String policies = Fixture.POLICIES.replace("\"Vous pouvez retourner les articles dans un délai de 30 jours après la livraison.\"",
        "\"" + page + "\"");
    assertTrue(page.length() > 20_000 && policies.contains(page), "fixture holds a policy above the review limit");
    Checked c = validate(files("return_policies.csv", policies));
    DatasetCounts counts = c.counts().get("return_policies");
    assertEquals(3, counts.rowsAccepted(), "policies accepted: " + counts.quarantinedByReason());
    assertEquals(0, counts.rowsQuarantined(), "policies quarantined: " + counts.quarantinedByReason());
  }

  // ---------------------------------------------------------------- files and datasets

  @Test
  void missingRequiredDatasetStops() {
    Map<String, String> f = files();
    f.remove("orders.csv");
    assertStops(InputException.class, f, "required dataset 'orders' not found", "provide orders.csv");
  }

  @Test
  void missingRequiredColumnStopsNamingFileAndColumn() {
    StringBuilder orders = new StringBuilder();
    for (String line : Fixture.ORDERS.split("\n")) {
      List<String> cells = new java.util.ArrayList<>(List.of(line.split(",", -1)));
      cells.remove(7); // status
      orders.append(String.join(",", cells)).append('\n');
    }
    assertStops(InputException.class, files("orders.csv", orders.toString()), "orders.csv", "lacks required column 'status'", "add it");
  }

  @Test
  void columnGivenTwiceStops() {
    String sellers = Fixture.SELLERS.replace("joined_date\n", "joined_date,Country\n").replace("-01\n", "-01,GB\n");
    assertStops(InputException.class, files("sellers.csv", sellers), "sellers.csv", "column 'country' twice");
  }

  @Test
  void datasetGivenTwiceInTwoFormatsStops() {
    Map<String, String> f = files("reviews.csv", review("V1", "S1", "O01", "4", "2026-04-06T10:00:00Z"));
    f.put("reviews.jsonl", "{\"review_id\":\"V1\"}\n");
    assertStops(InputException.class, f, "dataset 'reviews' is given 2 times", "reviews.csv", "reviews.jsonl",
        "keep exactly one");
  }

  @Test
  void unknownFileInDatasetFolderStops() {
    Map<String, String> f = files("reviews/part-1.csv", review("V1", "S1", "O01", "4", "2026-04-06T10:00:00Z"));
    f.put("reviews/notes.txt", "not data");
    assertStops(InputException.class, f, "notes.txt", "not .csv, .parquet or .jsonl");
  }

  @Test
  void unreadableFileStopsNamingIt() throws Exception {
    Path in = tmp.resolve("in");
    Fixture.write(in, files());
    Files.createDirectories(in.resolve("reviews"));
    Files.createSymbolicLink(in.resolve("reviews/part-1.csv"), in.resolve("does-not-exist.csv"));
    InputException e = assertThrows(InputException.class, () -> TrustScoreJob.validate(spark, request(in)));
    assertTrue(e.getMessage().contains("part-1.csv") || e.getMessage().contains("reviews"), e.getMessage());
    assertOneLine(e);
  }

  @Test
  void fileWithoutReadPermissionStops() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeFalse("root".equals(System.getProperty("user.name")),
        "root reads files without read permission; covered by unreadableFileStopsNamingIt");
    Path in = tmp.resolve("in");
    Fixture.write(in, files("reviews.csv", review("V1", "S1", "O01", "4", "2026-04-06T10:00:00Z")));
    Files.setPosixFilePermissions(in.resolve("reviews.csv"), java.util.Set.of());
    InputException e = assertThrows(InputException.class, () -> TrustScoreJob.validate(spark, request(in)));
    assertTrue(e.getMessage().contains("reviews.csv"), e.getMessage());
  }

  @Test
  void corruptParquetStopsNamingTheFile() {
    Map<String, byte[]> f = bytes(files());
    f.remove("orders.csv");
    f.put("orders.parquet", "PAR1 this is not really parquet".getBytes(StandardCharsets.UTF_8));
    Path in = tmp.resolve("in");
    writeBytes(in, f);
    InputException e = assertThrows(InputException.class, () -> TrustScoreJob.validate(spark, request(in)));
    assertTrue(e.getMessage().contains("orders.parquet") && e.getMessage().contains("re-export"), e.getMessage());
    assertOneLine(e);
  }

  // ---------------------------------------------------------------- quality levels

  @Test
  void quarantinedShareAboveTheCeilingStops() {
    Path in = tmp.resolve("in");
    Fixture.write(in, files("sellers.csv", Fixture.SELLERS + "S4,Delta,UK,home,2024-01-01\n"));
    JobConfig strict = Fixture.config(tmp, "{\"quality\": {\"maxQuarantineShare\": 0.2}}");
    QualityException e = assertThrows(QualityException.class,
        () -> TrustScoreJob.validate(spark, Fixture.request(in, tmp.resolve("out"), Fixture.SNAPSHOT, strict)));
    assertTrue(e.getMessage().startsWith("sellers: 25.0% of rows quarantined (1 of 4"), e.getMessage());
    assertTrue(e.getMessage().contains("quality.maxQuarantineShare 20.0%"), e.getMessage());
    assertOneLine(e);
  }

  @Test
  void quarantinedShareBelowTheCeilingIsAWarning() {
    Checked c = validate(files("sellers.csv", Fixture.SELLERS + "S4,Delta,UK,home,2024-01-01\n"));
    var warnings = c.validated().checks().stream().filter(k -> !k.passed()).toList();
    assertTrue(warnings.stream().allMatch(k -> k.level() == dev.sellertrust.quality.QualityGate.Level.WARNING), warnings.toString());
    assertTrue(warnings.stream().anyMatch(k -> k.rule().equals("no_quarantined_rows") && k.dataset().equals("sellers")),
        warnings.toString());
  }

  @Test
  void noValidSellerStops() {
    String sellers = Fixture.SELLERS_HEADER + "\nS1,Alpha,XX,beauty,2024-01-01\n";
    Path in = tmp.resolve("in");
    Fixture.write(in, files("sellers.csv", sellers));
    JobConfig lenient = Fixture.config(tmp, "{\"quality\": {\"maxQuarantineShare\": 1.0}}");
    QualityException e = assertThrows(QualityException.class,
        () -> TrustScoreJob.validate(spark, Fixture.request(in, tmp.resolve("out"), Fixture.SNAPSHOT, lenient)));
    assertTrue(e.getMessage().contains("no valid row in required dataset 'sellers'"), e.getMessage());
  }

  // ================================================================ helpers

  /** The valid sellers and orders, with {@code name -> content} pairs replacing or adding files. */
  private static Map<String, String> files(String... nameContent) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("sellers.csv", Fixture.SELLERS);
    f.put("orders.csv", Fixture.ORDERS);
    for (int i = 0; i < nameContent.length; i += 2) {
      f.put(nameContent[i], nameContent[i + 1]);
    }
    return f;
  }

  private static Map<String, byte[]> bytes(Map<String, String> files) {
    Map<String, byte[]> out = new LinkedHashMap<>();
    files.forEach((k, v) -> out.put(k, v.getBytes(StandardCharsets.UTF_8)));
    return out;
  }

  private static String review(String id, String seller, String order, String rating, String ts) {
    return Fixture.REVIEWS_HEADER + "\n" + id + "," + seller + "," + (order == null ? "" : order) + "," + rating + ","
        + ts + ",en,Title," + Fixture.TEXT_MARKER + ",true\n";
  }

  private static String order(String id, String seller, String ts, String status, String amount) {
    return id + "," + seller + ",BUYER-SECRET-99,GB," + ts + ",2026-04-05,," + status + "," + amount + ",GBP\n";
  }

  /** No ceiling on the quarantined share: a case's one bad row may be its dataset's only row (ceiling tested apart). */
  private dev.sellertrust.config.RunRequest request(Path in) {
    return Fixture.request(in, tmp.resolve("out"), Fixture.SNAPSHOT,
        Fixture.config(tmp, "{\"quality\": {\"maxQuarantineShare\": 1.0}}"));
  }

  private static void writeBytes(Path dir, Map<String, byte[]> files) {
    files.forEach((k, v) -> Fixture.writeBytes(dir.resolve(k), v));
  }

  private Checked validate(Map<String, String> files) {
    return validateBytes(bytes(files));
  }

  private Checked validateBytes(Map<String, byte[]> files) {
    Path in = tmp.resolve("in");
    writeBytes(in, files);
    Map<String, Integer> recordsInFiles = new LinkedHashMap<>(Fixture.BASE_ROWS);
    return new Checked(TrustScoreJob.validate(spark, request(in)), recordsInFiles);
  }

  private <E extends RuntimeException> E assertStops(Class<E> type, Map<String, String> files, String... parts) {
    Path in = tmp.resolve("in");
    Fixture.write(in, files);
    E e = assertThrows(type, () -> TrustScoreJob.validate(spark, request(in)));
    for (String p : parts) {
      assertTrue(e.getMessage().contains(p), "message lacks '" + p + "': " + e.getMessage());
    }
    assertOneLine(e);
    return e;
  }

  private static void assertOneLine(RuntimeException e) {
    assertEquals(1, e.getMessage().lines().count(), "a one-line error: " + e.getMessage());
    assertFalse(e.getMessage().contains(Fixture.BUYER_MARKER), "buyer id in an error message: " + e.getMessage());
  }

  /** A validated fixture with the checks every case shares. */
  private record Checked(ValidatedInputs validated, Map<String, Integer> baseRows) {
    Map<String, DatasetCounts> counts() {
      return validated.checked().counts();
    }

    List<Row> quarantine(String dataset) {
      return validated.checked().get(InputContract.byName(dataset)).quarantine().collectAsList();
    }

    List<Row> accepted(String dataset) {
      return validated.checked().get(InputContract.byName(dataset)).accepted().collectAsList();
    }

    void assertQuarantined(String dataset, String reasonCode, String rawContains) {
      List<Row> q = quarantine(dataset);
      for (Row r : q) {
        if (reasonCode.equals(r.getAs("reason_code")) && r.<String>getAs("raw_record").contains(rawContains)) {
          assertNotNull(r.getAs("source_file"));
          assertFalse(r.<String>getAs("raw_record").contains(Fixture.BUYER_MARKER), "raw buyer id in quarantine: " + r);
          return;
        }
      }
      fail("no " + dataset + " quarantine row with reason " + reasonCode + " and raw record containing " + rawContains
          + "; quarantine: " + q);
    }

    void assertNothingQuarantined() {
      for (DatasetCounts c : counts().values()) {
        assertEquals(0, c.rowsQuarantined(), c.dataset() + ": " + c.quarantinedByReason());
      }
    }

    /** rows read = accepted + quarantined = records in the file(s), per dataset, and the tables agree with the counts. */
    void assertReconciled(Map<String, Integer> recordsInChangedFiles) {
      for (DatasetCounts c : counts().values()) {
        if (!c.present()) {
          continue;
        }
        assertEquals(c.rowsRead(), c.rowsAccepted() + c.rowsQuarantined(), c.dataset() + ": read = accepted + quarantined");
        assertEquals(c.rowsAccepted(), accepted(c.dataset()).size(), c.dataset() + ": accepted rows");
        assertEquals(c.rowsQuarantined(), quarantine(c.dataset()).size(), c.dataset() + ": quarantine rows");
        long reasons = c.quarantinedByReason().values().stream().mapToLong(Long::longValue).sum();
        assertEquals(c.rowsQuarantined(), reasons, c.dataset() + ": quarantined by reason");
        Integer expected = recordsInChangedFiles.getOrDefault(c.dataset(), baseRows.get(c.dataset()));
        assertEquals(expected.longValue(), c.rowsRead(), c.dataset() + ": rows read = records in the file");
      }
    }
  }
}
