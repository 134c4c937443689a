package dev.sellertrust.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellertrust.SparkTestBase;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class ChangesTest extends SparkTestBase {
  private static final String SCORES = "seller_id string, trust_score double, tier string, reasons array<string>";

  private static Map<String, Row> bySeller(Dataset<Row> changes) {
    Map<String, Row> out = new HashMap<>();
    for (Row r : changes.collectAsList()) {
      out.put(r.getString(r.fieldIndex("seller_id")), r);
    }
    return out;
  }

  private static List<String> types(Row r) {
    return r.getList(r.fieldIndex(Changes.CHANGE_TYPES));
  }

  @Test
  void listsNewGoneTierChangedAndMovedButNotUnchanged() {
    Dataset<Row> prev = df(SCORES,
        "{\"seller_id\":\"same\",\"trust_score\":70.0,\"tier\":\"good\",\"reasons\":[]}",
        "{\"seller_id\":\"gone\",\"trust_score\":40.0,\"tier\":\"caution\",\"reasons\":[]}",
        "{\"seller_id\":\"tier\",\"trust_score\":74.0,\"tier\":\"good\",\"reasons\":[]}",
        "{\"seller_id\":\"moved\",\"trust_score\":50.0,\"tier\":\"fair\",\"reasons\":[]}",
        "{\"seller_id\":\"both\",\"trust_score\":60.0,\"tier\":\"good\",\"reasons\":[]}");
    Dataset<Row> cur = df(SCORES,
        "{\"seller_id\":\"same\",\"trust_score\":72.0,\"tier\":\"good\",\"reasons\":[\"r1\"]}",
        "{\"seller_id\":\"new\",\"trust_score\":65.0,\"tier\":\"insufficient_evidence\",\"reasons\":[\"r2\"]}",
        "{\"seller_id\":\"tier\",\"trust_score\":76.0,\"tier\":\"trusted\",\"reasons\":[]}",
        "{\"seller_id\":\"moved\",\"trust_score\":44.5,\"tier\":\"fair\",\"reasons\":[\"late_deliveries: 30% vs peers 10%\"]}",
        "{\"seller_id\":\"both\",\"trust_score\":45.0,\"tier\":\"caution\",\"reasons\":[]}");
    Map<String, Row> c = bySeller(Changes.between(prev, cur, 5.0));
    assertEquals(5, c.size(), "unchanged seller must not be listed: " + c.keySet());
    assertEquals(List.of(Changes.NEW), types(c.get("new")));
    assertNull(c.get("new").get(c.get("new").fieldIndex(Changes.OLD_SCORE)));
    assertEquals(List.of(Changes.GONE), types(c.get("gone")));
    assertEquals(40.0, c.get("gone").getDouble(c.get("gone").fieldIndex(Changes.OLD_SCORE)));
    assertTrue(c.get("gone").isNullAt(c.get("gone").fieldIndex(Changes.NEW_TIER)));
    assertEquals(List.of(Changes.TIER_CHANGED), types(c.get("tier")));
    assertEquals(List.of(Changes.MOVED), types(c.get("moved")));
    Row moved = c.get("moved");
    assertEquals(-5.5, moved.getDouble(moved.fieldIndex(Changes.DELTA)), 1e-9);
    assertEquals(List.of("late_deliveries: 30% vs peers 10%"), moved.getList(moved.fieldIndex("reasons")));
    assertEquals(List.of(Changes.TIER_CHANGED, Changes.MOVED), types(c.get("both")));
    assertEquals("good", c.get("both").getString(c.get("both").fieldIndex(Changes.OLD_TIER)));
    assertEquals("caution", c.get("both").getString(c.get("both").fieldIndex(Changes.NEW_TIER)));
  }

  @Test
  void aMoveOfExactlyTheThresholdIsNotAMove() {
    Dataset<Row> prev = df(SCORES, "{\"seller_id\":\"a\",\"trust_score\":50.0,\"tier\":\"fair\"}");
    Dataset<Row> cur = df(SCORES, "{\"seller_id\":\"a\",\"trust_score\":55.0,\"tier\":\"fair\"}");
    assertEquals(0, Changes.between(prev, cur, 5.0).count());
    assertEquals(1, Changes.between(prev, cur, 4.99).count());
  }

  @Test
  void aNullScoreOrTierDoesNotCountAsAMoveButATierFromNullDoes() {
    Dataset<Row> prev = df(SCORES,
        "{\"seller_id\":\"a\",\"trust_score\":null,\"tier\":\"fair\"}",
        "{\"seller_id\":\"b\",\"trust_score\":50.0,\"tier\":null}");
    Dataset<Row> cur = df(SCORES,
        "{\"seller_id\":\"a\",\"trust_score\":80.0,\"tier\":\"fair\"}",
        "{\"seller_id\":\"b\",\"trust_score\":50.0,\"tier\":\"fair\"}");
    Map<String, Row> c = bySeller(Changes.between(prev, cur, 5.0));
    assertEquals(1, c.size(), c.keySet().toString());
    assertEquals(List.of(Changes.TIER_CHANGED), types(c.get("b")));
  }

  @Test
  void withoutAPreviousSnapshotEverySellerIsNew() {
    Dataset<Row> cur = df(SCORES,
        "{\"seller_id\":\"a\",\"trust_score\":50.0,\"tier\":\"fair\"}",
        "{\"seller_id\":\"b\",\"trust_score\":90.0,\"tier\":\"trusted\"}");
    Dataset<Row> none = spark.createDataFrame(List.of(), cur.schema());
    Dataset<Row> feed = ChangeExport.toExport(Changes.between(none, cur, 5.0), LocalDate.of(2026, 1, 31), null, 5.0);
    List<Row> rows = feed.collectAsList();
    assertEquals(2, rows.size());
    for (Row r : rows) {
      assertEquals(List.of(Changes.NEW), types(r));
      assertTrue(r.isNullAt(r.fieldIndex("previous_snapshot_date")));
      assertEquals("2026-01-31", r.getString(r.fieldIndex("snapshot_date")));
      assertEquals(ChangeExport.SCHEMA_VERSION, r.getString(r.fieldIndex("schema_version")));
    }
  }

  @Test
  void rejectsANegativeThreshold() {
    Dataset<Row> cur = df(SCORES, "{\"seller_id\":\"a\",\"trust_score\":50.0,\"tier\":\"fair\"}");
    assertThrows(IllegalArgumentException.class, () -> Changes.between(cur, cur, -1));
    assertThrows(IllegalArgumentException.class, () -> Changes.between(cur, cur, Double.NaN));
  }
}
