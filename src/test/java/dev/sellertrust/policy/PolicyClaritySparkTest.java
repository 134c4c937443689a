package dev.sellertrust.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellertrust.SparkTestBase;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** The Spark transform on a tiny return_policies DataFrame. */
class PolicyClaritySparkTest extends SparkTestBase {

  private static final String DDL =
      "seller_id STRING, market STRING, language STRING, effective_date DATE, policy_text STRING";

  private static Dataset<Row> policies() {
    return df(DDL,
        "{\"seller_id\":\"s1\",\"market\":\"DE\",\"language\":\"de\",\"effective_date\":\"2024-01-01\","
            + "\"policy_text\":\"Sie können Artikel innerhalb von 7 Tagen nach Erhalt zurückgeben.\"}",
        "{\"seller_id\":\"s2\",\"market\":\"US\",\"language\":null,\"effective_date\":\"2024-02-01\","
            + "\"policy_text\":\"Returns are accepted within 30 days of delivery. Refunds go to your original payment "
            + "method. There is no restocking fee. Email returns@shop.example to start a return.\"}",
        "{\"seller_id\":\"s3\",\"market\":\"*\",\"language\":\"zh\",\"effective_date\":\"2024-03-01\","
            + "\"policy_text\":null}");
  }

  @Test
  void textRepairsAreCountedPerPolicyAndPerRun() {
    Dataset<Row> in = df(DDL,
        "{\"seller_id\":\"m1\",\"market\":\"FR\",\"language\":\"fr\",\"effective_date\":\"2024-01-01\","
            + "\"policy_text\":\"Retour accept\u00c3\u00a9 sous 14 jours, c\u00e2\u20ac\u2122est gratuit.\"}",
        "{\"seller_id\":\"m2\",\"market\":\"US\",\"language\":\"en\",\"effective_date\":\"2024-01-01\","
            + "\"policy_text\":\"Returns within 30 days, caf\u00e9 items excluded.\"}");
    Dataset<Row> out = PolicyClarity.analyze(in);
    List<Row> rows = out.orderBy("seller_id").select("seller_id", "text_repairs").collectAsList();
    assertEquals(2, rows.get(0).getInt(1), "two mis-decoded runs in m1");
    assertEquals(0, rows.get(1).getInt(1), "a genuine accented letter is left alone");
    java.util.Map<String, Object> run = dev.sellertrust.policy.PolicyTextRepairs.measure(out);
    assertEquals(2L, run.get("policies"));
    assertEquals(1L, run.get("policies_repaired"));
    assertEquals(2L, run.get("sequences_repaired"));
  }

  @Test
  void outputHasTheDeclaredSchemaAndNoPolicyText() {
    Dataset<Row> out = PolicyClarity.analyze(policies());
    assertEquals(PolicyClarity.OUTPUT_SCHEMA.simpleString(), out.schema().simpleString());
    assertFalse(Arrays.asList(out.columns()).contains("policy_text"));
  }

  @Test
  void oneRowPerPolicyWithFactsAndFlags() {
    List<Row> rows = PolicyClarity.analyze(policies()).orderBy("seller_id").collectAsList();
    assertEquals(3, rows.size());

    Row de = rows.get(0);
    assertEquals("s1", de.getAs("seller_id"));
    assertEquals("de", de.getAs("language"));
    assertEquals(false, de.getAs("language_detected"));
    assertEquals(LocalDate.parse("2024-01-01"), de.getAs("effective_date"));
    assertEquals(7, (int) de.getAs("return_window_days"));
    assertEquals("delivery", de.getAs("window_starts_from"));
    assertEquals(List.of("eu_window_below_14_days", "eu_return_cost_not_stated", "eu_procedure_not_stated"),
        de.getList(de.fieldIndex("compliance_flags")));
    assertEquals("amstad", de.getAs("readability_formula"));

    Row us = rows.get(1);
    assertEquals("en", us.getAs("language"));
    assertEquals(true, us.getAs("language_detected"));
    assertEquals(30, (int) us.getAs("return_window_days"));
    assertEquals(true, us.getAs("refund_to_original_payment"));
    assertEquals(false, us.getAs("restocking_fee"));
    assertEquals(List.of(), us.getList(us.fieldIndex("compliance_flags")));
    assertEquals(List.of("conditions", "return_shipping_cost"), us.getList(us.fieldIndex("missing_facts")));
    List<Row> evidence = us.getList(us.fieldIndex("evidence"));
    String text = "Returns are accepted within 30 days of delivery.";
    Row window = evidence.stream().filter(e -> e.getString(0).equals("return_window_days")).findFirst().orElseThrow();
    assertTrue(window.getString(1).startsWith(text.substring(0, 20)), window.toString());
    assertEquals(0, window.getInt(2));
    assertEquals(window.getString(1).length(), window.getInt(3) - window.getInt(2));
    assertTrue((int) us.getAs("policy_chars") > 100);

    Row empty = rows.get(2);
    assertNull(empty.getAs("return_window_days"));
    assertNull(empty.getAs("policy_chars"));
    assertTrue(empty.getList(empty.fieldIndex("compliance_flags")).contains("ny_refund_type_not_stated"));
    assertTrue(empty.getList(empty.fieldIndex("compliance_flags")).contains("eu_window_not_stated"));
  }

  @Test
  void sharedTextsAreAnalysedPerLanguageAndMarketAndKeepEveryRow() {
    String text = "Sie können Artikel innerhalb von 7 Tagen nach Erhalt zurückgeben.";
    String row = "{\"seller_id\":\"%s\",\"market\":%s,\"language\":%s,\"effective_date\":\"2024-01-01\","
        + "\"policy_text\":%s}";
    String quoted = "\"" + text + "\"";
    Dataset<Row> shared = df(DDL,
        String.format(row, "a", "\"DE\"", "\"de\"", quoted),
        String.format(row, "b", "\"DE\"", "\"de\"", quoted),
        String.format(row, "c", "\"US\"", "\"de\"", quoted),
        String.format(row, "d", "null", "null", "null"),
        String.format(row, "e", "null", "null", "null"));
    List<Row> rows = PolicyClarity.analyze(shared).orderBy("seller_id").collectAsList();
    List<Row> alone = PolicyClarity.analyze(shared.filter("seller_id = 'a' or seller_id = 'c' or seller_id = 'd'"))
        .orderBy("seller_id").collectAsList();

    assertEquals(List.of("a", "b", "c", "d", "e"), rows.stream().map(r -> r.<String>getAs("seller_id")).toList());
    // A copy of a text gets the same facts and flags as the text analysed on its own.
    assertEquals(alone.get(0).toSeq().tail(), rows.get(1).toSeq().tail());
    assertEquals(alone.get(0).toSeq().tail(), rows.get(0).toSeq().tail());
    // The flags depend on the market, so the same text under another market is analysed for that market.
    assertEquals(alone.get(1).toSeq().tail(), rows.get(2).toSeq().tail());
    assertTrue(rows.get(0).getList(rows.get(0).fieldIndex("compliance_flags")).contains("eu_window_below_14_days"));
    assertFalse(rows.get(2).getList(rows.get(2).fieldIndex("compliance_flags")).contains("eu_window_below_14_days"));
    // Missing texts (and markets and languages) match each other, not nothing.
    assertEquals(alone.get(2).toSeq().tail(), rows.get(3).toSeq().tail());
    assertEquals(alone.get(2).toSeq().tail(), rows.get(4).toSeq().tail());
    assertNull(rows.get(4).getAs("policy_chars"));
  }
}
