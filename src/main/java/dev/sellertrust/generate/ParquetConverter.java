package dev.sellertrust.generate;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.to_date;

import dev.sellertrust.spark.ForklessLocalFileSystem;
import dev.sellertrust.spark.SparkSessions;
import java.nio.file.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the generated CSV into one Parquet folder per table ({@code <out>/<table>/}), reading with the declared
 * schema so that types never depend on inference. The only class of the generator that needs Spark.
 */
final class ParquetConverter {
  private static final Logger LOG = LoggerFactory.getLogger(ParquetConverter.class);

  private ParquetConverter() {}

  static void convert(SparkSession spark, Path csvDir, Path outDir, boolean partitionByDate) {
    for (OutputTable t : OutputTable.values()) {
      Dataset<Row> rows = readCsv(spark, csvDir.resolve(t.fileName + ".csv"), t);
      DataFrameWriter<Row> writer = partitionByDate && t.partitionedByDate()
          ? rows.withColumn("date", to_date(col(t.partitionColumn))).write().partitionBy("date")
          : rows.write();
      String target = outDir.resolve(t.fileName).toString();
      writer.mode(SaveMode.Overwrite).parquet(target);
      LOG.info("generate: {} written as Parquet to {}", t.fileName, target);
    }
  }

  /** RFC 4180 as the generator writes it: header, quotes doubled, fields may span lines. */
  static Dataset<Row> readCsv(SparkSession spark, Path file, OutputTable table) {
    return spark.read()
        .schema(StructType.fromDDL(table.ddl))
        .option("header", "true")
        .option("multiLine", "true")
        .option("escape", "\"")
        .option("mode", "FAILFAST")
        .csv(file.toString());
  }

  /**
   * The active session if there is one (spark-submit, tests); otherwise a local one for a stand-alone run, as
   * generating test data should not need a cluster. The master is left to spark-submit when it set one.
   */
  static SparkSession session() {
    if (SparkSession.getActiveSession().isDefined()) {
      return SparkSession.getActiveSession().get();
    }
    SparkSession.Builder builder = SparkSession.builder()
        .appName("seller-trust-generate")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.ui.enabled", "false");
    if (!new SparkConf().contains("spark.master")) {
      builder.master("local[*]")
          .config(SparkSessions.LOCAL_FILE_SYSTEM, ForklessLocalFileSystem.class.getName());
    }
    return builder.getOrCreate();
  }
}
