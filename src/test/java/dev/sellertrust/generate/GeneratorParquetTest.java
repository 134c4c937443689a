package dev.sellertrust.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellertrust.SparkTestBase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parquet output read back with Spark: declared types, same rows as the CSV run, no leftovers. */
class GeneratorParquetTest extends SparkTestBase {
  @TempDir Path tmp;

  @Test
  void parquetFoldersReadBackWithTheDeclaredSchema() throws IOException {
    Path csv = tmp.resolve("csv");
    Path parquet = tmp.resolve("parquet");
    GenerationReport csvRun = MarketplaceGenerator.generate(GeneratorSpec.of(50, 2_000, csv));
    MarketplaceGenerator.generate(GeneratorSpec.of(50, 2_000, parquet).withFormat(OutputFormat.PARQUET), spark);
    for (OutputTable t : OutputTable.values()) {
      Dataset<Row> rows = spark.read().parquet(parquet.resolve(t.fileName).toString());
      assertEquals(StructType.fromDDL(t.ddl).toDDL(), rows.schema().toDDL(), t.fileName);
      assertEquals((long) csvRun.rows().get(t.fileName), rows.count(), t.fileName);
    }
    // Multi-line review texts survive the CSV stage; a review without text is an unquoted empty field, so null.
    long multiLine = spark.read().parquet(parquet.resolve("reviews").toString())
        .filter("text like '%\\n%'").count();
    long csvMultiLine = GeneratedCsv.read(csv.resolve("reviews.csv")).stream()
        .filter(r -> r.get("text") != null && r.get("text").contains("\n")).count();
    assertEquals(csvMultiLine, multiLine);
    try (Stream<Path> siblings = Files.list(tmp)) {
      assertFalse(siblings.anyMatch(p -> p.getFileName().toString().contains(".csv-")), "temp CSV left behind");
    }
    assertTrue(Files.exists(tmp.resolve("parquet_truth").resolve(TruthWriter.SELLER_TRUTH)));
  }

  /** Three weeks of orders: the property holds row by row, and every day's folder is a Parquet write of its own. */
  @Test
  void partitionedParquetHasADateColumn() throws IOException {
    Path out = tmp.resolve("pq");
    MarketplaceGenerator.generate(GeneratorSpec.of(20, 500, out).withPeriod(java.time.LocalDate.of(2026, 11, 28), 21)
        .withFormat(OutputFormat.PARQUET).withPartitionByDate(true), spark);
    Dataset<Row> orders = spark.read().parquet(out.resolve("orders").toString());
    assertEquals(500, orders.count());
    assertEquals(0, orders.filter("date <> to_date(order_ts)").count());
    assertTrue(orders.select("date").distinct().count() > 7, "orders fall on many days");
    Dataset<Row> sellers = spark.read().parquet(out.resolve("sellers").toString());
    assertEquals(20, sellers.count());
    assertFalse(List.of(sellers.columns()).contains("date"), "sellers are a reference table, written whole");
  }
}
