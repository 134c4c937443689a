package dev.sellertrust.olist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sellertrust.SparkTestBase;
import dev.sellertrust.cli.TrustScoreCli;
import dev.sellertrust.quality.Fixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Olist import on hand-made files in Olist's published layout (the real files may not be committed): quoting,
 * accents and line breaks as Olist writes them, an order of two sellers, a review Olist lists under two orders,
 * Brazil's daylight-saving time, and every row that cannot be carried over.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OlistImportTest extends SparkTestBase {
  @TempDir static Path tmp;
  private Path olist;

  private static final String ORDERS = """
      "order_id","customer_id","order_status","order_purchase_timestamp","order_approved_at","order_delivered_carrier_date","order_delivered_customer_date","order_estimated_delivery_date"
      o1,"c1",delivered,2017-10-02 10:56:33,2017-10-02 11:07:15,2017-10-04 19:55:00,2017-10-10 21:25:13,2017-10-18 00:00:00
      "o2",c2,delivered,2018-01-10 12:00:00,2018-01-10 12:30:00,2018-01-12 10:00:00,2018-01-20 09:00:00,2018-01-25 00:00:00
      o3,c3,canceled,2018-03-01 08:00:00,,,,2018-03-20 00:00:00
      o4,c4,invoiced,2018-05-02 10:00:00,2018-05-02 10:10:00,,,2018-05-20 00:00:00
      o5,c5,delivered,2018-05-03 10:00:00,2018-05-03 10:10:00,2018-05-04 10:00:00,2018-05-08 10:00:00,2018-05-20 00:00:00
      o6,c6,lost_in_space,2018-05-04 10:00:00,,,,2018-05-20 00:00:00
      o7,c1,unavailable,2018-06-01 10:00:00,,,,2018-06-20 00:00:00
      """;
  private static final String ITEMS = """
      "order_id","order_item_id","product_id","seller_id","shipping_limit_date","price","freight_value"
      o1,1,p1,s1,2017-10-06 11:07:15,58.90,13.29
      o1,2,p1,s1,2017-10-06 11:07:15,58.90,13.29
      o2,1,p2,s1,2018-01-12 12:30:00,10.00,5.00
      o2,2,p3,s2,2018-01-12 12:30:00,20.50,4.25
      o3,1,p2,s1,2018-03-03 08:00:00,10.00,5.00
      o4,1,p3,s2,2018-05-04 10:10:00,abc,1.00
      o6,1,p3,s2,2018-05-06 10:00:00,1.00,1.00
      o7,1,p1,s3,2018-06-03 10:00:00,5.00,1.00
      ox,1,p1,s1,2018-06-03 10:00:00,5.00,1.00
      """;
  private static final String SELLERS = """
      "seller_id","seller_zip_code_prefix","seller_city","seller_state"
      s1,"13023",campinas,SP
      "s2","13844",mogi guacu,SP
      s3,"01001",são paulo,SP
      s4,"13"
      """;
  private static final String CUSTOMERS = """
      "customer_id","customer_unique_id","customer_zip_code_prefix","customer_city","customer_state"
      c1,u1,"14409",franca,SP
      c2,u2,"09790",sao bernardo do campo,SP
      c3,u3,"01151",sao paulo,SP
      c9,u9
      """;
  private static final String PRODUCTS = """
      "product_id","product_category_name","product_name_lenght"
      p1,informatica_acessorios,40
      p2,cama_mesa_banho,50
      p3,,
      """;
  private static final String CATEGORY_NAMES = """
      product_category_name,product_category_name_english
      informatica_acessorios,computers_accessories
      cama_mesa_banho,bed_bath_table
      """;
  private static final String REVIEWS = """
      "review_id","order_id","review_score","review_comment_title","review_comment_message","review_creation_date","review_answer_timestamp"
      r1,o1,5,,"Ótimo produto, chegou antes do prazo!",2017-10-11 00:00:00,2017-10-12 03:05:13
      "r2","o2",1,"Não recebi","Comprei dois itens
      e só chegou um. ""Péssimo""\",2018-01-21 00:00:00,2018-01-21 21:46:59
      r3,o1,4,,,2017-10-11 00:00:00,
      r4,o5,3,,,2018-05-10 00:00:00,2018-05-10 10:00:00
      r5,o1,5,,,2017-10-11 00:00:00,2017-10-11 10:00:00
      r5,o2,5,,,2018-01-21 00:00:00,2018-01-22 10:00:00
      """;

  private static final String TEXT = "Comprei dois itens\ne só chegou um. \"Péssimo\"";

  @BeforeAll
  void writeOlistFiles() throws IOException {
    olist = tmp.resolve("olist");
    Files.createDirectories(olist);
    Files.writeString(olist.resolve(OlistCols.Orders.FILE), ORDERS);
    Files.writeString(olist.resolve(OlistCols.Items.FILE), ITEMS);
    Files.writeString(olist.resolve(OlistCols.Sellers.FILE), SELLERS);
    Files.writeString(olist.resolve(OlistCols.Customers.FILE), CUSTOMERS);
    Files.writeString(olist.resolve(OlistCols.Products.FILE), PRODUCTS);
    Files.writeString(olist.resolve(OlistCols.CategoryNames.FILE), CATEGORY_NAMES);
    Files.writeString(olist.resolve(OlistCols.Reviews.FILE), REVIEWS);
  }

  private OlistImport.Result convert() {
    return OlistImport.convert(OlistFiles.read(spark, olist.toString()));
  }

  @Test
  void ordersArePerSellerInUtcWithTheBuyerAsAPerson() {
    // Brasília time is UTC-3, and UTC-2 in the summer of 2017/18 (15 October to 18 February).
    assertRowsEqual("orders", List.of(
        row("o1", "s1", "u1", "BR", "2017-10-02T13:56:33Z", "2017-10-18", "2017-10-11T00:25:13Z", "delivered", 144.38, "BRL"),
        row("o2:s1", "s1", "u2", "BR", "2018-01-10T14:00:00Z", "2018-01-25", "2018-01-20T11:00:00Z", "delivered", 15.0, "BRL"),
        row("o2:s2", "s2", "u2", "BR", "2018-01-10T14:00:00Z", "2018-01-25", "2018-01-20T11:00:00Z", "delivered", 24.75, "BRL"),
        row("o3", "s1", "u3", "BR", "2018-03-01T11:00:00Z", "2018-03-20", null, "cancelled", 15.0, "BRL"),
        row("o4", "s2", "c4", "BR", "2018-05-02T13:00:00Z", "2018-05-20", null, "placed", null, "BRL"),
        row("o7", "s3", "u1", "BR", "2018-06-01T13:00:00Z", "2018-06-20", null, "cancelled", 6.0, "BRL")),
        convert().orders());
  }

  @Test
  void aReviewOfSeveralSellersOrOrdersGetsOneRowEachWithItsTextIntact() {
    assertRowsEqual("reviews", List.of(
        row("r1", "s1", "o1", "5", "2017-10-12T06:05:13Z", "pt", null, "Ótimo produto, chegou antes do prazo!", "true"),
        row("r2:o2:s1", "s1", "o2:s1", "1", "2018-01-21T23:46:59Z", "pt", "Não recebi", TEXT, "true"),
        row("r2:o2:s2", "s2", "o2:s2", "1", "2018-01-21T23:46:59Z", "pt", "Não recebi", TEXT, "true"),
        row("r3", "s1", "o1", "4", "2017-10-11T03:00:00Z", "pt", null, null, "true"),
        row("r5:o1", "s1", "o1", "5", "2017-10-11T13:00:00Z", "pt", null, null, "true"),
        row("r5:o2:s1", "s1", "o2:s1", "5", "2018-01-22T12:00:00Z", "pt", null, null, "true"),
        row("r5:o2:s2", "s2", "o2:s2", "5", "2018-01-22T12:00:00Z", "pt", null, null, "true")),
        convert().reviews());
  }

  @Test
  void sellersTakeTheCategoryMostOfTheirItemsAreListedIn() {
    // s1: two items in each category, the tie goes to the first name; s2's products have no category.
    assertRowsEqual("sellers", List.of(
        row("s1", null, "BR", "bed_bath_table", null),
        row("s2", null, "BR", null, null),
        row("s3", null, "BR", "computers_accessories", null)),
        convert().sellers());
  }

  @Test
  void everyRowLeftBehindIsListedWithItsReason() {
    Dataset<Row> rejected = convert().rejected();
    assertRowsEqual("rejected", List.of(
        row(OlistCols.Customers.FILE, "c9,u9", OlistImport.MALFORMED_CSV),
        row(OlistCols.Items.FILE, "ox 1", OlistImport.ITEM_OF_UNKNOWN_ORDER),
        row(OlistCols.Orders.FILE, "o5", OlistImport.ORDER_WITHOUT_ITEMS),
        row(OlistCols.Orders.FILE, "o6 lost_in_space", OlistImport.UNKNOWN_STATUS),
        row(OlistCols.Reviews.FILE, "r4 o5", OlistImport.REVIEW_OF_UNIMPORTED_ORDER),
        row(OlistCols.Sellers.FILE, "s4,\"13\"", OlistImport.MALFORMED_CSV)),
        rejected);
  }

  @Test
  void theJobAcceptsEveryImportedRowAndScoresTheSellers() throws Exception {
    Path in = tmp.resolve("imported");
    assertEquals(0, TrustScoreCli.execute("import-olist", "--olist", olist.toString(), "--out", in.toString()));
    assertEquals(0, TrustScoreCli.execute("import-olist", "--olist", olist.toString(), "--out", in.toString()),
        "a rerun replaces the earlier import");
    Dataset<Row> written = spark.read().option("header", "true").option("multiLine", "true").option("escape", "\"")
        .csv(in.resolve("reviews").toString());
    assertRowsEqual("review texts as written", List.of(row("r2:o2:s1", TEXT), row("r2:o2:s2", TEXT)),
        written.filter(written.col("review_id").startsWith("r2")).select("review_id", "text"));
    Path out = tmp.resolve("scored");
    LocalDate snapshot = LocalDate.of(2018, 6, 1);
    assertEquals(0, TrustScoreCli.execute("run", "--input", in.toString(), "--output", out.toString(),
        "--snapshot-date", snapshot.toString()));
    JsonNode datasets = Fixture.manifest(out, snapshot).get("datasets");
    Map<String, Integer> rows = Map.of("sellers", 3, "orders", 6, "reviews", 7);
    rows.forEach((dataset, n) -> {
      JsonNode d = datasets.get(dataset);
      assertEquals(n, d.get("rows_accepted").asInt(), dataset);
      assertEquals(0, d.get("rows_quarantined").asInt(), dataset + ": " + d.get("quarantined_by_reason"));
    });
    assertFalse(datasets.get("returns").get("present").asBoolean());
    Dataset<Row> scores = spark.read().parquet(out.resolve("seller_scores").toString());
    assertEquals(3, scores.count());
    assertEquals(0, scores.filter(scores.col("returns_component").isNotNull()).count(),
        "no returns in Olist: the component is not available, never perfect");
  }

  @Test
  void refusesAnOutputThatHoldsOtherDataAndNamesAMissingFile() throws IOException {
    Path busy = tmp.resolve("busy");
    Files.createDirectories(busy);
    Files.writeString(busy.resolve("returns.csv"), "return_id\n");
    assertEquals(3, TrustScoreCli.execute("import-olist", "--olist", olist.toString(), "--out", busy.toString()));
    assertTrue(Files.exists(busy.resolve("returns.csv")));
    assertFalse(Files.exists(busy.resolve("orders")));
    Path empty = tmp.resolve("no-olist");
    Files.createDirectories(empty);
    assertEquals(3, TrustScoreCli.execute("import-olist", "--olist", empty.toString(), "--out",
        tmp.resolve("x").toString()));
  }

  @Test
  void statusesMapOntoTheContract() {
    Dataset<Row> s = df("s STRING", "{\"s\":\"delivered\"}", "{\"s\":\" Shipped \"}", "{\"s\":\"canceled\"}",
        "{\"s\":\"unavailable\"}", "{\"s\":\"created\"}", "{\"s\":\"approved\"}", "{\"s\":\"invoiced\"}",
        "{\"s\":\"processing\"}", "{\"s\":\"returned\"}");
    assertRowsEqual("statuses", List.of(row("delivered", "delivered"), row(" Shipped ", "shipped"),
        row("canceled", "cancelled"), row("unavailable", "cancelled"), row("created", "placed"),
        row("approved", "placed"), row("invoiced", "placed"), row("processing", "placed"), row("returned", null)),
        s.select(s.col("s"), OlistImport.status(s.col("s"))));
  }
}
