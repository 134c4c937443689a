package dev.sellertrust.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellertrust.SparkTestBase;
import dev.sellertrust.config.ConfigLoader;
import dev.sellertrust.config.JobConfig;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** Sellers below the evidence floor never reach either end of the ranking; the others keep their scores. */
class EvidenceFloorBandTest extends SparkTestBase {
  private static final String DDL =
      "seller_id string, score double, score_low double, score_high double, n_orders long, n_reviews long, "
          + "reasons array<string>";

  /** 40 sellers: 20 with evidence scored 60..79, 20 below the floor, half of them far below and half far above. */
  private static Dataset<Row> sellers() {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      lines.add(line("sturdy" + i, 60 + i, 40, 3));
    }
    for (int i = 0; i < 10; i++) {
      lines.add(line("thin_low" + i, 50 + i * 0.1, 2, 1));
      lines.add(line("thin_high" + i, 90 - i * 0.1, 1, 1));
    }
    return df(DDL, lines.toArray(new String[0]));
  }

  private static String line(String id, double score, long orders, long reviews) {
    return String.format(java.util.Locale.ROOT,
        "{\"seller_id\":\"%s\",\"score\":%.2f,\"score_low\":%.2f,\"score_high\":%.2f,\"n_orders\":%d,\"n_reviews\":%d,"
            + "\"reasons\":[]}", id, score, score - 5, score + 5, orders, reviews);
  }

  private static Map<String, Row> byId(Dataset<Row> d) {
    Map<String, Row> out = new HashMap<>();
    for (Row r : d.collectAsList()) {
      out.put(r.getString(r.fieldIndex("seller_id")), r);
    }
    return out;
  }

  @Test
  void thinSellersStayInsideTheEndsAndTheRestKeepTheirScores() {
    JobConfig cfg = ConfigLoader.defaults();
    Map<String, Row> out = byId(EvidenceFloorBand.apply(sellers(), cfg));
    // 5% of 40 sellers: the 2 lowest and the 2 highest must all be sellers with evidence.
    List<Row> ranked = new ArrayList<>(out.values());
    ranked.sort((a, b) -> Double.compare(score(a), score(b)));
    for (Row r : List.of(ranked.get(0), ranked.get(1), ranked.get(38), ranked.get(39))) {
      assertTrue(id(r).startsWith("sturdy"), "an end of the ranking holds " + id(r) + " at " + score(r));
    }
    for (int i = 0; i < 20; i++) {
      assertEquals(60.0 + i, score(out.get("sturdy" + i)), 1e-9);
      assertTrue(reasons(out.get("sturdy" + i)).isEmpty());
    }
    Row low = out.get("thin_low0");
    assertEquals(61.01, score(low), 1e-9, "one cent above the second-lowest seller with evidence");
    assertTrue(low.getDouble(low.fieldIndex("score_low")) <= score(low));
    assertEquals(EvidenceFloorBand.HELD_REASON, reasons(low).get(0));
    assertEquals(77.99, score(out.get("thin_high0")), 1e-9, "one cent below the second-highest");
  }

  @Test
  void aThinSellerInsideTheRangeKeepsItsScore() {
    JobConfig cfg = ConfigLoader.defaults();
    Dataset<Row> d = sellers().unionByName(df(DDL, line("thin_mid", 70.5, 3, 2)));
    Row mid = byId(EvidenceFloorBand.apply(d, cfg)).get("thin_mid");
    assertEquals(70.5, score(mid), 1e-9);
    assertFalse(reasons(mid).contains(EvidenceFloorBand.HELD_REASON));
  }

  private static String id(Row r) {
    return r.getString(r.fieldIndex("seller_id"));
  }

  private static double score(Row r) {
    return r.getDouble(r.fieldIndex("score"));
  }

  private static List<String> reasons(Row r) {
    return r.getList(r.fieldIndex("reasons"));
  }
}
