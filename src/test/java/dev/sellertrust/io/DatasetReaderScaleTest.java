package dev.sellertrust.io;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellertrust.SparkTestBase;
import dev.sellertrust.quality.AcceptedInputs;
import dev.sellertrust.quality.Fixture;
import dev.sellertrust.quality.InputStage;
import dev.sellertrust.quality.ValidationContext;
import dev.sellertrust.spark.SparkSessions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Line-by-line CSV parsing for datasets without free text, so big files split across cores; date partitions read
 * for a daily run.
 */
class DatasetReaderScaleTest extends SparkTestBase {
  private static final String ORDERS_HEADER =
      "order_id,seller_id,buyer_id,buyer_country,order_ts,promised_delivery_date,delivered_ts,status,amount,currency\n";

  @TempDir
  Path dir;

  @Test
  void onlyDatasetsWithTextColumnsAreParsedMultiLine() {
    assertFalse(DatasetReader.mayHoldLineBreaks(InputContract.ORDERS));
    assertFalse(DatasetReader.mayHoldLineBreaks(InputContract.RETURNS));
    assertFalse(DatasetReader.mayHoldLineBreaks(InputContract.SERVICE_TICKETS));
    assertTrue(DatasetReader.mayHoldLineBreaks(InputContract.REVIEWS));
    assertTrue(DatasetReader.mayHoldLineBreaks(InputContract.RETURN_POLICIES));
    assertTrue(DatasetReader.mayHoldLineBreaks(InputContract.SELLERS));
  }

  @Test
  void aStrayLineBreakInAnOrdersFileIsKeptAsMalformedRowsNotLost() throws Exception {
    Files.writeString(dir.resolve("orders.csv"), ORDERS_HEADER
        + "O1,S1,B1,DE,2026-01-01T10:00:00Z,2026-01-05,,shipped,10.00,EUR\n"
        + "O2,S1,\"B\n2\",DE,2026-01-01T10:00:00Z,2026-01-05,,shipped,10.00,EUR\n"
        + "O3,S1,B3,FR,2026-01-02T10:00:00Z,2026-01-06,,placed,12.50,EUR\n");
    InputSource src = InputLocator.locate(spark.sparkContext().hadoopConfiguration(), dir.toString(), InputContract.ORDERS)
        .orElseThrow();
    Dataset<Row> rows = DatasetReader.read(spark, src).cache();
    List<Row> ok = rows.filter(col(DatasetReader.MALFORMED).isNull()).select("order_id").collectAsList();
    long malformed = rows.filter(col(DatasetReader.MALFORMED).isNotNull()).count();
    assertEquals(List.of("O1", "O3"), ok.stream().map(r -> r.getString(0)).sorted().toList(),
        "the rows around the broken one parse normally");
    assertEquals(2, malformed, "both halves of the broken line are kept, with their raw text, for the quarantine");
  }

  @Test
  void aLargeLineByLineCsvIsSplitIntoSeveralTasks() throws Exception {
    StringBuilder sb = new StringBuilder(ORDERS_HEADER);
    for (int i = 0; i < 40_000; i++) {
      sb.append("O").append(i).append(",S1,B1,DE,2026-01-01T10:00:00Z,2026-01-05,,shipped,10.00,EUR\n");
    }
    Files.writeString(dir.resolve("orders.csv"), sb.toString());
    InputSource src = InputLocator.locate(spark.sparkContext().hadoopConfiguration(), dir.toString(), InputContract.ORDERS)
        .orElseThrow();
    String before = spark.conf().get("spark.sql.files.maxPartitionBytes");
    spark.conf().set("spark.sql.files.maxPartitionBytes", "1m");
    try {
      Dataset<Row> rows = DatasetReader.read(spark, src);
      assertTrue(rows.rdd().getNumPartitions() > 1, "a ~2.6 MB file read in more than one split");
      assertEquals(40_000, rows.filter(col(DatasetReader.MALFORMED).isNull()).select("order_id").distinct().count(),
          "no row lost at split edges");
      assertEquals(40_000, rows.filter(col("order_id").isNotNull()).count(), "no row doubled at split edges");
    } finally {
      spark.conf().set("spark.sql.files.maxPartitionBytes", before);
    }
  }

  @Test
  void aDatasetOfManySmallFilesIsGatheredIntoFewerPartitionsWithEveryRow() {
    java.util.Map<String, String> files = Fixture.base();
    files.remove("orders.csv");
    List<String> lines = Fixture.ORDERS.lines().skip(1).toList();
    for (String line : lines) {
      files.put("orders/date=" + line.split(",")[4].substring(0, 10) + "/part-0.csv",
          Fixture.ORDERS_HEADER + "\n" + line + "\n");
    }
    String before = spark.conf().get("spark.sql.files.maxPartitionBytes");
    spark.conf().set("spark.sql.files.maxPartitionBytes", "1m"); // one partition per file, as a long history gives
    try {
      Fixture.write(dir, files);
      InputStage.Checked checked = InputStage.run(spark, dir.toString(),
          new ValidationContext(Fixture.SNAPSHOT, 20_000, 1e9, Fixture.BUYER_KEY));
      Dataset<Row> orders = AcceptedInputs.of(checked).accepted(InputContract.ORDERS);
      int gathered = Math.max(SparkSessions.shufflePartitions(0), spark.sparkContext().defaultParallelism());
      assertTrue(lines.size() > gathered, "the fixture has more files than partitions wanted");
      assertEquals(gathered, orders.rdd().getNumPartitions(), lines.size() + " one-row files, gathered");
      assertEquals(lines.size(), orders.count(), "every row kept");
      assertEquals(lines.size(), orders.select("order_id").distinct().count());
    } finally {
      spark.conf().set("spark.sql.files.maxPartitionBytes", before);
    }
  }

  @Test
  void datePartitionsAreChosenByTheirDay() {
    InputSource all = new InputSource(InputContract.ORDERS, InputFormat.PARQUET, "/in/orders",
        List.of("/in/orders/date=2026-01-01/a.parquet", "/in/orders/date=2026-01-02/b.parquet",
            "/in/orders/date=2026-01-03/c.parquet", "/in/orders/loose.parquet"),
        List.of(1L, 2L, 3L, 4L));
    java.time.LocalDate jan2 = java.time.LocalDate.of(2026, 1, 2);
    assertEquals(List.of("/in/orders/date=2026-01-02/b.parquet", "/in/orders/date=2026-01-03/c.parquet",
        "/in/orders/loose.parquet"), InputLocator.fromDay(all, jan2).files());
    InputSource before = InputLocator.datedBetween(all, jan2.minusDays(1), jan2);
    assertEquals(List.of("/in/orders/date=2026-01-01/a.parquet"), before.files());
    assertEquals(1L, before.bytes());
  }
}
