package dev.sellertrust.quality;

import static org.apache.spark.sql.functions.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.sellertrust.SparkTestBase;
import dev.sellertrust.io.Col;
import dev.sellertrust.io.DatasetReader;
import dev.sellertrust.io.DatasetSpec;
import dev.sellertrust.io.FieldSpec;
import dev.sellertrust.io.InputContract;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.Test;

/**
 * The quarantine's raw record is rebuilt from the typed values plus what they cannot give back; these tests hold it to
 * its definition: every field as read, cast to a string, buyer ids as their keyed hash, review texts as their length.
 */
class RawRecordTest extends SparkTestBase {
  private static final ValidationContext CTX = new ValidationContext(LocalDate.of(2026, 6, 1), 5000, 1e7, "k");

  private static final String ORDERS_TYPED = "order_id STRING, seller_id STRING, buyer_id STRING, buyer_country STRING, "
      + "order_ts TIMESTAMP, promised_delivery_date DATE, delivered_ts TIMESTAMP, status STRING, amount DECIMAL(14,2), "
      + "currency STRING, _malformed STRING, _source_file STRING";

  @Test
  void typedSourcesAsParquetGivesThem() {
    Dataset<Row> in = df(ORDERS_TYPED,
        "{\"order_id\":\"O1\",\"seller_id\":\"S1\",\"buyer_id\":\"B1\",\"buyer_country\":\"GB\",\"order_ts\":\"2026-04-01T10:00:00Z\","
            + "\"promised_delivery_date\":\"2026-04-05\",\"status\":\"delivered\",\"amount\":12.50,\"currency\":\"GBP\",\"_source_file\":\"f\"}",
        "{\"order_id\":\" O2 \",\"seller_id\":\"S1\",\"buyer_id\":\" B2\",\"buyer_country\":\"gb\",\"order_ts\":\"2026-04-01T10:00:00Z\","
            + "\"status\":\"Delivered\",\"amount\":-1,\"currency\":\"xxx\",\"_source_file\":\"f\"}",
        "{\"order_id\":\"O3\",\"seller_id\":\"\",\"buyer_id\":\"  \",\"buyer_country\":\"ZZ\",\"status\":\"lost\",\"_source_file\":\"f\"}");
    assertRawAsRead(in, InputContract.ORDERS);
  }

  @Test
  void textSourcesAsCsvGivesThem() {
    Dataset<Row> in = df(InputContract.ORDERS.stringSchema().add("_malformed", "string").add("_source_file", "string").toDDL(),
        "{\"order_id\":\"O1\",\"seller_id\":\"S1\",\"buyer_id\":\"B1\",\"buyer_country\":\"GB\",\"order_ts\":\"2026-04-01T10:00:00Z\","
            + "\"promised_delivery_date\":\"2026-04-05\",\"status\":\"delivered\",\"amount\":\"12.50\",\"currency\":\"GBP\"}",
        "{\"order_id\":\" O2\",\"seller_id\":\"S1 \",\"buyer_id\":\"B2 \",\"buyer_country\":\"de\",\"order_ts\":\"last tuesday\","
            + "\"status\":\" SHIPPED\",\"amount\":\"12,50\",\"currency\":\"\"}",
        "{\"_malformed\":\"O4,S1,B-SECRET,GB\"}");
    assertRawAsRead(in, InputContract.ORDERS);
  }

  @Test
  void reviewTextsAreWithheldAndIntegersOutOfRangeKept() {
    Dataset<Row> in = df("review_id STRING, seller_id STRING, order_id STRING, rating INT, review_ts TIMESTAMP, "
            + "language STRING, title STRING, text STRING, verified_purchase BOOLEAN, _malformed STRING, _source_file STRING",
        "{\"review_id\":\"V1\",\"seller_id\":\"S1\",\"rating\":5,\"review_ts\":\"2026-04-01T10:00:00Z\",\"title\":\" hi \","
            + "\"text\":\"secret words\",\"verified_purchase\":true}",
        "{\"review_id\":\"V2\",\"seller_id\":\"S1\",\"rating\":2147483647,\"language\":\"EN\",\"text\":\"\"}");
    assertRawAsRead(in, InputContract.REVIEWS);
  }

  @Test
  void onlyRejectedRowsKeepRawRecordAndSourceFile() {
    Dataset<Row> in = df(ORDERS_TYPED,
        "{\"order_id\":\"O1\",\"seller_id\":\"S1\",\"buyer_country\":\"GB\",\"order_ts\":\"2026-04-01T10:00:00Z\","
            + "\"status\":\"delivered\",\"_source_file\":\"a.parquet\"}",
        "{\"order_id\":\"O2\",\"seller_id\":\"S1\",\"buyer_country\":\"GB\",\"order_ts\":\"2026-04-01T10:00:00Z\","
            + "\"status\":\"lost\",\"_source_file\":\"b.parquet\"}");
    List<Row> rows = RowRules.withRawRecord(RowRules.check(in, InputContract.ORDERS, CTX), InputContract.ORDERS)
        .orderBy(Col.ORDER_ID).select(col(RowRules.RAW), col(DatasetReader.SOURCE_FILE)).collectAsList();
    assertNull(rows.get(0).get(0), "accepted row has no raw record");
    assertNull(rows.get(0).get(1), "accepted row has no source file");
    assertEquals("b.parquet", rows.get(1).getString(1));
    assertNotNull(rows.get(1).getString(0));
    assertEquals(List.of(), List.of(RowRules.withRawRecord(RowRules.check(in, InputContract.ORDERS, CTX),
        InputContract.ORDERS).columns()).stream().filter(RowRules.RAW_SOURCE::equals).toList());
  }

  /** Raw records rebuilt by RowRules equal the definition applied to the frame as read (compared as sorted lists). */
  private static void assertRawAsRead(Dataset<Row> in, DatasetSpec spec) {
    List<Column> fields = new ArrayList<>();
    for (FieldSpec f : spec.fields()) {
      Column c = col(f.name()).cast(DataTypes.StringType);
      if (f.name().equals(Col.Orders.BUYER_ID)) {
        c = RowRules.buyerKey(c, CTX.buyerKey());
      } else if (RowRules.BUYER_TEXT.contains(spec.name() + "." + f.name())) {
        c = when(c.isNotNull(), concat(lit("[withheld: "), length(c).cast("string"), lit(" chars]")));
      }
      fields.add(c.as(f.name()));
    }
    Column m = col(DatasetReader.MALFORMED);
    Column expectedRaw = when(m.isNotNull(),
            concat(lit("[malformed line withheld: may hold a buyer id or buyer text] chars="), length(m).cast("string"),
                lit(" sha256="), sha2(m, 256)))
        .otherwise(to_json(struct(fields.toArray(new Column[0]))));
    List<String> expected = in.select(expectedRaw).as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
    List<String> actual = new ArrayList<>(RowRules.check(in, spec, CTX).select(RowRules.rawRecord(spec))
        .as(org.apache.spark.sql.Encoders.STRING()).collectAsList());
    List<String> sortedExpected = new ArrayList<>(expected);
    sortedExpected.sort(String::compareTo);
    actual.sort(String::compareTo);
    assertEquals(sortedExpected, actual, spec.name() + ": raw records");
  }
}
