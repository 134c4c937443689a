package dev.sellertrust.quality;

import static org.apache.spark.sql.functions.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sellertrust.SparkTestBase;
import dev.sellertrust.io.Col;
import dev.sellertrust.io.InputContract;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** The cheap paths of the reference rules give the same answers as the general ones. */
class ReferenceRulesTest extends SparkTestBase {

  @Test
  void repeatedIdsAreTheIdsOnMoreThanOneRowValidOrNot() {
    Dataset<Row> checked = df("seller_id STRING, _reasons ARRAY<STRING>",
        "{\"seller_id\":\"S1\",\"_reasons\":[]}",
        "{\"seller_id\":\"S2\",\"_reasons\":[]}",
        "{\"seller_id\":\"S2\",\"_reasons\":[\"invalid_country:country\"]}",
        "{\"seller_id\":\"S3\",\"_reasons\":[]}",
        "{\"seller_id\":\"S3\",\"_reasons\":[]}",
        "{\"_reasons\":[\"missing_required:seller_id\"]}",
        "{\"_reasons\":[\"missing_required:seller_id\"]}");
    assertRowsEqual("repeated ids", List.of(row("S2"), row("S3")),
        ReferenceRules.repeatedIds(checked, InputContract.SELLERS));
  }

  @Test
  void broadcastKeysGiveTheSameReasonsAsAShuffleJoin() {
    Dataset<Row> reviews = df("review_id STRING, seller_id STRING, order_id STRING, _reasons ARRAY<STRING>",
        "{\"review_id\":\"V1\",\"seller_id\":\"S1\",\"order_id\":\"O1\",\"_reasons\":[]}",
        "{\"review_id\":\"V2\",\"seller_id\":\"S9\",\"order_id\":\"O1\",\"_reasons\":[]}",
        "{\"review_id\":\"V3\",\"seller_id\":\"S1\",\"order_id\":\"O9\",\"_reasons\":[]}",
        "{\"review_id\":\"V4\",\"seller_id\":\"S2\",\"order_id\":\"O1\",\"_reasons\":[]}",
        "{\"review_id\":\"V5\",\"seller_id\":\"S1\",\"_reasons\":[]}",
        "{\"review_id\":\"V6\",\"seller_id\":\"S9\",\"order_id\":\"O9\",\"_reasons\":[\"out_of_range:rating\"]}");
    Dataset<Row> sellers = df("seller_id STRING", "{\"seller_id\":\"S1\"}", "{\"seller_id\":\"S2\"}");
    Dataset<Row> orders = df("order_id STRING, seller_id STRING", "{\"order_id\":\"O1\",\"seller_id\":\"S1\"}");
    List<Row> expected = List.of(row("V1", List.of()), row("V2", List.of("unknown_seller:seller_id")),
        row("V3", List.of("unknown_order:order_id")), row("V4", List.of("order_seller_mismatch:seller_id")),
        row("V5", List.of()), row("V6", List.of("out_of_range:rating")));
    for (boolean broadcastKeys : new boolean[] {false, true}) {
      Dataset<Row> out = ReferenceRules.markUnknownOrders(
          ReferenceRules.markUnknownSellers(reviews, sellers, broadcastKeys), orders, broadcastKeys);
      assertRowsEqual("broadcast " + broadcastKeys, expected,
          out.select(col(Col.Reviews.REVIEW_ID), col(RowRules.REASONS)).collectAsList().stream()
              .map(r -> row(r.getString(0), r.getList(1))).toList());
    }
  }
  @Test
  void earlierOrderKeysAreOnePerIdNormalisedAndNotAlreadyAccepted() {
    Dataset<Row> raw = df("order_id STRING, seller_id STRING, total_amount STRING",
        "{\"order_id\":\" O1 \",\"seller_id\":\"S1\",\"total_amount\":\"oops\"}",
        "{\"order_id\":\"O2\",\"seller_id\":\"S2\"}",
        "{\"order_id\":\"O2\",\"seller_id\":\"S3\"}",
        "{\"order_id\":\"O3\",\"seller_id\":\"S1\"}",
        "{\"order_id\":\"  \",\"seller_id\":\"S1\"}",
        "{\"seller_id\":\"S1\"}");
    Dataset<Row> accepted = df("order_id STRING, seller_id STRING", "{\"order_id\":\"O3\",\"seller_id\":\"S1\"}");
    // An id read twice keeps one seller (the greatest, so reruns agree); an id accepted in full is not repeated.
    assertRowsEqual("earlier keys", List.of(row("O1", "S1"), row("O2", "S3")),
        ReferenceRules.earlierOrderKeys(raw, accepted));
  }
}
