package dev.sellertrust.bench;

import dev.sellertrust.config.ConfigLoader;
import dev.sellertrust.config.JobConfig;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The DuckDB reference's SQL ({@link ReferenceSql}) run by Spark instead: the same per-seller metrics with the same
 * definitions, as a plain Spark SQL script would compute them (local mode on every core, Spark's default settings, no
 * validation, deduplication, reference checks or checkpoints). Started as its own process by {@link Bench}, with the
 * job's heap and JVM options, so that its time is what plain Spark SQL pays for these metrics on this machine: set
 * against DuckDB's it measures the engines, set against the job's what the job does beyond these metrics.
 *
 * <pre>SparkReference INPUT_DIR csv|parquet SNAPSHOT_DATE OUT_DIR</pre>
 * writes OUT_DIR/ref_sellers/ and OUT_DIR/ref_corridors/ (Parquet folders with the reference's columns).
 */
public final class SparkReference {
  private SparkReference() {}

  public static void main(String[] args) throws Exception {
    ReferenceSql.Args a = ReferenceSql.Args.parse("SparkReference", args);
    long t0 = System.nanoTime();
    SparkSession spark = SparkSession.builder()
        .appName("spark-reference")
        .master("local[*]")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.ui.enabled", "false")
        .getOrCreate();
    try {
      for (String table : new String[] {"sellers", "orders", "reviews", "returns", "service_tickets"}) {
        source(spark, a.input(), table, a.format()).createOrReplaceTempView(table);
      }
      JobConfig cfg = ConfigLoader.defaults();
      for (String view : ReferenceSql.tables(ReferenceSql.Dialect.SPARK, cfg, a.snapshot())) {
        spark.sql(view);
      }
      spark.sql(ReferenceSql.SELLERS).write().parquet(a.out().resolve("ref_sellers").toString());
      spark.sql(ReferenceSql.CORRIDORS).write().parquet(a.out().resolve("ref_corridors").toString());
    } finally {
      spark.stop();
    }
    System.out.printf(Locale.ROOT, "spark reference: %.2f s (local[*], %d cores)%n", (System.nanoTime() - t0) / 1e9,
        Runtime.getRuntime().availableProcessors());
  }

  /** The same files the job reads, typed as {@link DuckReference#source} types them. */
  static Dataset<Row> source(SparkSession spark, Path input, String table, String format)
      throws java.io.IOException {
    String path = ReferenceSql.dataset(input, table, format).toString();
    if (format.equals("parquet")) {
      return spark.read().option("recursiveFileLookup", "true").parquet(path);
    }
    Dataset<Row> raw = spark.read().option("header", "true").option("multiLine", "true").option("escape", "\"")
        .option("recursiveFileLookup", "true").csv(path);
    String cols = switch (table) {
      case "sellers" -> "seller_id, country";
      case "orders" -> "order_id, seller_id, buyer_country, CAST(order_ts AS TIMESTAMP) AS order_ts, "
          + "CAST(promised_delivery_date AS DATE) AS promised_delivery_date, "
          + "CAST(delivered_ts AS TIMESTAMP) AS delivered_ts, status";
      case "reviews" -> "seller_id, order_id, CAST(CAST(rating AS DOUBLE) AS INT) AS rating, "
          + "CAST(review_ts AS TIMESTAMP) AS review_ts";
      case "returns" -> "seller_id, order_id, CAST(requested_ts AS TIMESTAMP) AS requested_ts";
      case "service_tickets" -> "seller_id, order_id, CAST(opened_ts AS TIMESTAMP) AS opened_ts, "
          + "CAST(first_response_ts AS TIMESTAMP) AS first_response_ts, CAST(resolved_ts AS TIMESTAMP) AS resolved_ts, "
          + "CAST(auto_reply AS BOOLEAN) AS auto_reply";
      default -> throw new IllegalArgumentException(table);
    };
    raw.createOrReplaceTempView("_raw_" + table);
    return spark.sql("SELECT " + cols + " FROM _raw_" + table);
  }
}
