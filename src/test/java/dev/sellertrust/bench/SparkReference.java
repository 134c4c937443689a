package dev.sellertrust.bench;

import dev.sellertrust.config.ConfigLoader;
import dev.sellertrust.config.JobConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The DuckDB reference's SQL ({@link DuckReference}) run by Spark instead: the same per-seller metrics with the same
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
    if (args.length != 4) {
      System.err.println("usage: SparkReference INPUT_DIR csv|parquet SNAPSHOT_DATE OUT_DIR");
      System.exit(2);
    }
    Path input = Path.of(args[0]);
    String format = args[1];
    LocalDate snapshot = LocalDate.parse(args[2]);
    Path out = Path.of(args[3]);
    Files.createDirectories(out);
    long t0 = System.nanoTime();
    SparkSession spark = SparkSession.builder()
        .appName("spark-reference")
        .master("local[*]")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.ui.enabled", "false")
        .getOrCreate();
    try {
      for (String table : new String[] {"sellers", "orders", "reviews", "returns", "service_tickets"}) {
        source(spark, input, table, format).createOrReplaceTempView(table);
      }
      JobConfig cfg = ConfigLoader.defaults();
      for (String view : viewsSql(cfg, snapshot)) {
        spark.sql(view);
      }
      spark.sql(SELLERS_SQL).write().parquet(out.resolve("ref_sellers").toString());
      spark.sql(CORRIDORS_SQL).write().parquet(out.resolve("ref_corridors").toString());
    } finally {
      spark.stop();
    }
    System.out.printf(Locale.ROOT, "spark reference: %.2f s (local[*], %d cores)%n", (System.nanoTime() - t0) / 1e9,
        Runtime.getRuntime().availableProcessors());
  }

  /** The same files the job reads, typed as {@link DuckReference#source} types them. */
  static Dataset<Row> source(SparkSession spark, Path input, String table, String format) {
    Path file = input.resolve(table + "." + format);
    String path = Files.exists(file) ? file.toString() : input.resolve(table).toString();
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

  static final String SELLERS_SQL = "SELECT s.seller_id, coalesce(o.n_orders, 0) AS n_orders, "
      + "coalesce(rv.n_reviews, 0) AS n_reviews, rv.avg_rating, coalesce(rt.n_returns, 0) AS n_returns, "
      + "coalesce(t.n_tickets, 0) AS n_tickets, "
      + "CASE WHEN o.orders_w > 0 THEN least(coalesce(rt.returns_w, 0), o.orders_w) / o.orders_w END AS return_rate, "
      + "CASE WHEN o.elig_w > 0 THEN o.late_w / o.elig_w END AS late_delivery_rate, "
      + "CASE WHEN t.due_w > 0 THEN t.bad_w / t.due_w END AS unanswered_rate "
      + "FROM sellers s LEFT JOIN order_agg o USING (seller_id) LEFT JOIN review_agg rv USING (seller_id) "
      + "LEFT JOIN return_agg rt USING (seller_id) LEFT JOIN ticket_agg t USING (seller_id)";

  static final String CORRIDORS_SQL = "SELECT seller_id, buyer_country, count(*) FILTER (WHERE counts) AS orders "
      + "FROM order_facts GROUP BY seller_id, buyer_country";

  /** {@link DuckReference#metricsSql} in Spark's dialect, as temporary views. */
  static String[] viewsSql(JobConfig cfg, LocalDate snapshot) {
    String snap = "DATE '" + snapshot + "'";
    String since = "DATE '" + snapshot.minusDays(cfg.window().lookbackDays()) + "'";
    double half = cfg.window().halfLifeDays();
    String unanswered = Double.toString(cfg.service().unansweredAfterHours());
    // A literal like 45.0 is a DECIMAL in Spark SQL, and dividing by it rounds to 6 decimals: divide by a double.
    String decay = "pow(0.5, greatest(datediff(" + snap + ", %s), 0) / CAST(" + half + " AS DOUBLE))";
    String hours = "((unix_micros(%2$s) - unix_micros(%1$s)) / 3.6e9)";
    int settle = cfg.window().settleDays();
    // As of the end of min(snapshot, attribution date + settleDays), as a UTC instant (the session's time zone).
    String end = "CAST(date_add(least(" + snap + ", date_add(%1$s, " + settle + ")), 1) AS TIMESTAMP)";
    String orderDate = "CAST(o.order_ts AS DATE)";
    String orderEnd = String.format(Locale.ROOT, end, orderDate);
    String ticketDate = "coalesce(f.order_date, CAST(t.opened_ts AS DATE))";
    String ticketEnd = String.format(Locale.ROOT, end, ticketDate);
    String reviewDate = "coalesce(f.order_date, CAST(r.review_ts AS DATE))";
    return new String[] {
      "CREATE OR REPLACE TEMP VIEW order_facts AS SELECT order_id, seller_id, buyer_country, order_date, w, counts, "
          + "(promised_delivery_date IS NOT NULL AND counts AND (delivered IS NOT NULL "
          + "  OR status = 'undelivered' OR promised_delivery_date < as_of)) AS eligible, "
          + "CASE WHEN delivered IS NOT NULL THEN CAST(delivered AS DATE) > promised_delivery_date "
          + "  ELSE true END AS late_if_eligible, order_end FROM ("
          + "SELECT o.order_id, o.seller_id, o.buyer_country, o.status, o.promised_delivery_date, "
          + orderDate + " AS order_date, " + String.format(Locale.ROOT, decay, orderDate) + " AS w, "
          + "o.status <> 'cancelled' AS counts, " + orderEnd + " AS order_end, "
          + "least(" + snap + ", date_add(" + orderDate + ", " + settle + ")) AS as_of, "
          + "CASE WHEN o.delivered_ts < " + orderEnd + " THEN o.delivered_ts END AS delivered "
          + "FROM orders o JOIN sellers s USING (seller_id) WHERE " + orderDate + " > " + since + ")",
      "CREATE OR REPLACE TEMP VIEW order_agg AS SELECT seller_id, count(*) FILTER (WHERE counts) AS n_orders, "
          + "coalesce(sum(w) FILTER (WHERE counts), 0) AS orders_w, "
          + "coalesce(sum(w) FILTER (WHERE eligible), 0) AS elig_w, "
          + "coalesce(sum(w) FILTER (WHERE eligible AND late_if_eligible), 0) AS late_w "
          + "FROM order_facts GROUP BY seller_id",
      "CREATE OR REPLACE TEMP VIEW order_dates AS SELECT order_id, CAST(order_ts AS DATE) AS order_date FROM orders",
      "CREATE OR REPLACE TEMP VIEW review_agg AS SELECT r.seller_id, count(*) AS n_reviews, "
          + "avg(CAST(r.rating AS DOUBLE)) AS avg_rating "
          + "FROM reviews r LEFT JOIN order_dates f ON r.order_id = f.order_id "
          + "WHERE " + reviewDate + " > " + since + " AND r.review_ts < " + String.format(Locale.ROOT, end, reviewDate)
          + " GROUP BY r.seller_id",
      "CREATE OR REPLACE TEMP VIEW return_agg AS SELECT r.seller_id, count(*) AS n_returns, sum(f.w) AS returns_w "
          + "FROM returns r JOIN order_facts f ON r.order_id = f.order_id WHERE r.requested_ts < f.order_end "
          + "GROUP BY r.seller_id",
      "CREATE OR REPLACE TEMP VIEW ticket_agg AS SELECT seller_id, count(*) AS n_tickets, "
          + "coalesce(sum(w) FILTER (WHERE due), 0) AS due_w, coalesce(sum(w) FILTER (WHERE due AND bad), 0) AS bad_w FROM ("
          + "  SELECT seller_id, w, coalesce(reply_c IS NOT NULL OR " + String.format(Locale.ROOT, hours, "opened_ts", "t_end")
          + " >= " + unanswered + ", false) AS due, "
          + "  coalesce(" + String.format(Locale.ROOT, hours, "opened_ts", "reply_c") + " > " + unanswered + ", true) AS bad "
          + "  FROM (SELECT t.seller_id, t.opened_ts, " + String.format(Locale.ROOT, decay, ticketDate) + " AS w, "
          + ticketEnd + " AS t_end, CASE WHEN t.reply < " + ticketEnd + " THEN t.reply END AS reply_c "
          + "    FROM (SELECT *, CASE WHEN coalesce(auto_reply, false) THEN resolved_ts ELSE first_response_ts END AS reply "
          + "          FROM service_tickets) t LEFT JOIN order_dates f ON t.order_id = f.order_id "
          + "    WHERE " + ticketDate + " > " + since + " AND t.opened_ts < " + ticketEnd + ")) GROUP BY seller_id",
    };
  }
}
