package dev.sellertrust.integrity;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellertrust.SparkTestBase;
import dev.sellertrust.config.ConfigLoader;
import dev.sellertrust.config.JobConfig;
import dev.sellertrust.metrics.ReviewMetrics;
import dev.sellertrust.output.IntegrityScores;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class ReviewIntegrityTest extends SparkTestBase {
  private static final String ORDERS = "order_id string, seller_id string, buyer_key string, delivered_ts timestamp, status string";
  private static final String REVIEWS =
      "review_id string, seller_id string, order_id string, rating int, review_ts timestamp, text string";
  private static final JobConfig.Integrity CFG = ConfigLoader.defaults().integrity();

  private static String order(String id, String seller, String buyer, String delivered) {
    return String.format("{\"order_id\":\"%s\",\"seller_id\":\"%s\",\"buyer_key\":\"%s\"%s}", id, seller, buyer,
        delivered == null ? ",\"status\":\"shipped\"" : ",\"status\":\"delivered\",\"delivered_ts\":\"" + delivered + "\"");
  }

  private static String review(String id, String seller, String order, int rating, String ts, String text) {
    return String.format("{\"review_id\":\"%s\",\"seller_id\":\"%s\"%s,\"rating\":%d,\"review_ts\":\"%s\","
        + "\"text\":\"%s\"}", id, seller, order == null ? "" : ",\"order_id\":\"" + order + "\"", rating, ts, text);
  }

  private static Map<String, Row> flagged(List<String> orders, List<String> reviews) {
    Dataset<Row> out = ReviewIntegrity.flag(df(REVIEWS, reviews.toArray(new String[0])),
        df(ORDERS, orders.toArray(new String[0])), CFG);
    Map<String, Row> m = new HashMap<>();
    for (Row r : out.collectAsList()) {
      m.put(r.getString(r.fieldIndex("review_id")), r);
    }
    return m;
  }

  private static boolean signal(Row r, String s) {
    return r.getBoolean(r.fieldIndex(s));
  }

  private static double weight(Row r) {
    return r.getDouble(r.fieldIndex(ReviewMetrics.INTEGRITY_WEIGHT));
  }

  @Test
  void anUnlinkedReviewAndPraiseBeforeDeliveryAndPraiseSayingItNeverCameAreSignalsButAComplaintIsNot() {
    List<String> orders = List.of(order("o1", "S1", "b1", "2026-10-05T10:00:00Z"), order("o2", "S2", "b2",
        "2026-10-05T10:00:00Z"), order("o3", "S1", "b3", "2026-10-10T10:00:00Z"), order("o4", "S1", "b4", null),
        order("o5", "S1", "b5", "2026-10-05T10:00:00Z"));
    Map<String, Row> r = flagged(orders, List.of(
        review("r1", "S1", "o1", 5, "2026-10-06T10:00:00Z", "Good"),
        review("r2", "S1", null, 5, "2026-10-06T10:00:00Z", "Good"),
        review("r3", "S1", "o2", 5, "2026-10-06T10:00:00Z", "Good"),
        review("r4", "S1", "o3", 5, "2026-10-08T10:00:00Z", "Good"),
        review("r5", "S1", "o4", 1, "2026-10-08T10:00:00Z", "Where is it?"),
        review("r6", "S1", "o5", 5, "2026-10-07T10:00:00Z", "It never arrived but the seller was kind"),
        review("r7", "S1", "o5", 5, "2026-10-07T11:00:00Z", "Chegou antes do prazo, recomendo"),
        review("r8", "S1", "o5", 5, "2026-10-07T12:00:00Z", "PRODUTO NAO CHEGOU mas o vendedor respondeu"),
        review("r9", "S1", "o5", 1, "2026-10-07T13:00:00Z", "Nunca chegou")));
    assertEquals(0, r.get("r1").getInt(r.get("r1").fieldIndex(IntegrityCols.SIGNAL_COUNT)), "a plain review");
    assertEquals(1.0, weight(r.get("r1")), 1e-9);
    assertTrue(signal(r.get("r2"), IntegrityCols.NO_ORDER), "no order named");
    assertTrue(signal(r.get("r3"), IntegrityCols.NO_ORDER), "another seller's order");
    assertEquals(CFG.signalWeight(), weight(r.get("r2")), 1e-9);
    assertFalse(r.get("r2").getBoolean(r.get("r2").fieldIndex(IntegrityCols.SUSPICIOUS)), "one lone anomaly");
    assertTrue(signal(r.get("r4"), IntegrityCols.BEFORE_DELIVERY), "praise before delivery");
    assertFalse(signal(r.get("r5"), IntegrityCols.BEFORE_DELIVERY), "a complaint before delivery is no signal");
    assertTrue(signal(r.get("r6"), IntegrityCols.CONTRADICTION), "five stars, never arrived");
    assertFalse(signal(r.get("r7"), IntegrityCols.CONTRADICTION), "five stars, arrived early");
    assertTrue(signal(r.get("r8"), IntegrityCols.CONTRADICTION), "five stars, not arrived, without accents");
    assertFalse(signal(r.get("r9"), IntegrityCols.CONTRADICTION), "a complaint that it never came is no contradiction");
  }

  @Test
  void aBurstNeedsManyReviewsAboveTheSellersBaselineAndAboveItsDeliveries() {
    List<String> orders = new ArrayList<>();
    List<String> reviews = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      reviews.add(review("a" + i, "S1", null, 5, "2026-10-06T1" + (i % 10) + ":00:00Z", "Nice " + i));
      // S2 delivered 40 orders in the days before: ten reviews on one day follow its volume.
      reviews.add(review("b" + i, "S2", null, 5, "2026-10-06T1" + (i % 10) + ":00:00Z", "Nice " + i));
    }
    for (int i = 0; i < 40; i++) {
      orders.add(order("d" + i, "S2", "x" + i, "2026-10-0" + (1 + i % 5) + "T10:00:00Z"));
    }
    reviews.add(review("a-old", "S1", null, 5, "2026-05-06T10:00:00Z", "Nice"));
    Map<String, Row> r = flagged(orders, reviews);
    assertTrue(signal(r.get("a3"), IntegrityCols.BURST), "ten five-star reviews in a day, nothing delivered");
    assertFalse(signal(r.get("a-old"), IntegrityCols.BURST), "another day");
    assertFalse(signal(r.get("b3"), IntegrityCols.BURST), "ten reviews after 40 deliveries");
    assertTrue(weight(r.get("a3")) <= CFG.suspiciousWeight() + 1e-12, "a suspicious review weighs little");
  }

  @Test
  void repeatRingAndCopiedText() {
    List<String> orders = new ArrayList<>();
    List<String> reviews = new ArrayList<>();
    // b1 reviews S1 three times in one week.
    for (int i = 0; i < 3; i++) {
      orders.add(order("rep" + i, "S1", "b1", "2026-10-0" + (1 + i) + "T08:00:00Z"));
      reviews.add(review("rep" + i, "S1", "rep" + i, 4, "2026-10-0" + (1 + i) + "T12:00:00Z", "Fine " + i));
    }
    // Three buyers praise exactly the same four sellers; a fourth buyer praises four others.
    for (int b = 0; b < 3; b++) {
      for (int s = 0; s < 4; s++) {
        String id = "ring" + b + s;
        orders.add(order(id, "R" + s, "rb" + b, "2026-09-0" + (1 + s) + "T08:00:00Z"));
        reviews.add(review(id, "R" + s, id, 5, "2026-09-1" + s + "T12:00:00Z", "Ok " + b + s));
      }
    }
    for (int s = 0; s < 4; s++) {
      String id = "solo" + s;
      orders.add(order(id, "T" + s, "solo", "2026-09-0" + (1 + s) + "T08:00:00Z"));
      reviews.add(review(id, "T" + s, id, 5, "2026-09-1" + s + "T12:00:00Z", "Ok solo " + s));
    }
    // One text (in three spellings) by three writers for one seller; a stock phrase on twelve sellers.
    String[] spellings = {"Best seller ever, totally recommended!", "BEST SELLER EVER, TOTALLY RECOMMENDED!!!",
        "best seller ever totally recommended :)"};
    for (int i = 0; i < 3; i++) {
      reviews.add(review("copy" + i, "C1", null, 5, "2026-08-0" + (1 + i) + "T12:00:00Z", spellings[i]));
    }
    for (int i = 0; i < 12; i++) {
      reviews.add(review("stock" + i, "K" + i, null, 5, "2026-08-01T12:00:00Z", "Exactly as described, fast shipping."));
    }
    // One phrase by three writers, each for a different seller: common, not a campaign's pool.
    for (int i = 0; i < 3; i++) {
      reviews.add(review("spread" + i, "P" + i, null, 5, "2026-08-01T12:00:00Z", "Arrived two weeks late, sadly."));
    }
    Map<String, Row> r = flagged(orders, reviews);
    assertTrue(signal(r.get("rep2"), IntegrityCols.REPEAT), "three reviews of one seller by one buyer in a week");
    assertTrue(signal(r.get("ring12"), IntegrityCols.RING), "three buyers, the same four sellers");
    assertFalse(signal(r.get("solo2"), IntegrityCols.RING), "one buyer is no ring");
    assertTrue(signal(r.get("copy1"), IntegrityCols.COPIED_TEXT), "the same text by three writers");
    assertFalse(signal(r.get("stock3"), IntegrityCols.COPIED_TEXT), "a phrase on twelve sellers is a stock phrase");
    assertFalse(signal(r.get("spread1"), IntegrityCols.COPIED_TEXT), "three writers, but one per seller");
  }

  @Test
  void theTableCountsEachSignalWithAnExampleAndTheReasonNamesTheBurst() {
    List<String> reviews = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      reviews.add(review(String.format("x%02d", i), "S1", null, 5, "2026-10-06T1" + (i % 10) + ":00:00Z", "Great " + i));
    }
    for (int i = 0; i < 6; i++) {
      reviews.add(review("h" + i, "S1", null, 4, "2026-0" + (3 + i) + "-06T10:00:00Z", "Fine"));
    }
    Dataset<Row> flagged = ReviewIntegrity.flag(df(REVIEWS, reviews.toArray(new String[0])),
        df(ORDERS, order("o", "S9", "b", null)), CFG);
    Dataset<Row> table = SellerIntegrity.summarise(flagged, CFG, "test");
    Row t = table.collectAsList().get(0);
    assertEquals(18L, t.getLong(t.fieldIndex(IntegrityCols.REVIEWS_CHECKED)));
    assertEquals(12L, t.getLong(t.fieldIndex(IntegrityCols.signalCount(IntegrityCols.BURST))));
    assertEquals("x00", t.getString(t.fieldIndex(IntegrityCols.example(IntegrityCols.BURST))));
    assertTrue(t.getBoolean(t.fieldIndex(IntegrityCols.FLAG)));
    String reason = table.select(SellerIntegrity.reason()).first().getString(0);
    assertEquals("unusual review pattern: 12 of 12 five-star reviews in 1 day, 12 without an order", reason);
    Dataset<Row> scores = df("seller_id string, reasons array<string>",
        "{\"seller_id\":\"S1\",\"reasons\":[\"a\",\"b\"]}", "{\"seller_id\":\"S2\",\"reasons\":[]}");
    List<Row> attached = IntegrityScores.attach(scores, table, 2).orderBy(col("seller_id")).collectAsList();
    assertEquals(List.of(reason, "a"), attached.get(0).getList(attached.get(0).fieldIndex("reasons")));
    assertFalse(attached.get(1).getBoolean(attached.get(1).fieldIndex(IntegrityCols.FLAG)), "no reviews, no flag");
  }
}
