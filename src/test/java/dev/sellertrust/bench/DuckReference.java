package dev.sellertrust.bench;

import dev.sellertrust.config.ConfigLoader;
import dev.sellertrust.config.JobConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The DuckDB reference: the per-seller metrics of docs/BENCHMARKS.md ("what is compared") in plain SQL, with the job's
 * definitions (metrics/OrderFacts, ReviewMetrics, ReturnMetrics, ServiceMetrics, DeliveryMetrics, CorridorMetrics)
 * and the default config's window and thresholds. Run as its own process by {@link Bench} so that its wall time and
 * peak memory are measured apart from the job's.
 *
 * <p>It assumes clean input (the generator writes none that the job would quarantine): it does no validation,
 * deduplication or reference checks. {@link Bench} checks that the job quarantined nothing before comparing.
 *
 * <pre>DuckReference INPUT_DIR csv|parquet SNAPSHOT_DATE OUT_DIR</pre>
 * writes OUT_DIR/ref_sellers.parquet and OUT_DIR/ref_corridors.parquet.
 */
public final class DuckReference {
  private DuckReference() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 4) {
      System.err.println("usage: DuckReference INPUT_DIR csv|parquet SNAPSHOT_DATE OUT_DIR");
      System.exit(2);
    }
    Path input = Path.of(args[0]);
    String format = args[1];
    LocalDate snapshot = LocalDate.parse(args[2]);
    Path out = Path.of(args[3]);
    Files.createDirectories(out);
    int threads = Runtime.getRuntime().availableProcessors();
    JobConfig cfg = ConfigLoader.defaults();
    long t0 = System.nanoTime();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
      st.execute("SET threads = " + threads);
      st.execute("SET TimeZone = 'UTC'");
      for (String table : new String[] {"sellers", "orders", "reviews", "returns", "service_tickets"}) {
        st.execute("CREATE VIEW " + table + " AS " + source(input, table, format));
      }
      for (String sql : metricsSql(cfg, snapshot, out)) {
        st.execute(sql);
      }
    }
    System.out.printf(Locale.ROOT, "duckdb reference: %.2f s (threads=%d)%n", (System.nanoTime() - t0) / 1e9, threads);
  }

  /** The same files the job reads; CSV columns are typed here as the job types them (UTC instants). */
  static String source(Path input, String table, String format) throws IOException {
    Path file = input.resolve(table + "." + format);
    Path folder = input.resolve(table);
    String glob;
    if (Files.isRegularFile(file)) {
      glob = file.toString();
    } else if (Files.isDirectory(file) || Files.isDirectory(folder)) {
      Path dir = Files.isDirectory(file) ? file : folder;
      try (Stream<Path> s = Files.walk(dir)) {
        if (s.noneMatch(p -> p.toString().endsWith("." + format))) {
          throw new IllegalArgumentException("no ." + format + " files under " + dir);
        }
      }
      glob = dir + "/**/*." + format;
    } else {
      throw new IllegalArgumentException("dataset " + table + " not found in " + input);
    }
    if (format.equals("parquet")) {
      return "SELECT * FROM read_parquet('" + glob + "', hive_partitioning = false, union_by_name = true)";
    }
    String raw = "read_csv('" + glob + "', header = true, all_varchar = true, quote = '\"', escape = '\"')";
    return switch (table) {
      case "sellers" -> "SELECT seller_id, country FROM " + raw;
      case "orders" -> "SELECT order_id, seller_id, buyer_country, CAST(order_ts AS TIMESTAMPTZ) AS order_ts, "
          + "CAST(promised_delivery_date AS DATE) AS promised_delivery_date, "
          + "CAST(delivered_ts AS TIMESTAMPTZ) AS delivered_ts, status FROM " + raw;
      case "reviews" -> "SELECT seller_id, order_id, CAST(CAST(rating AS DOUBLE) AS INTEGER) AS rating, "
          + "CAST(review_ts AS TIMESTAMPTZ) AS review_ts FROM " + raw;
      case "returns" -> "SELECT seller_id, order_id, CAST(requested_ts AS TIMESTAMPTZ) AS requested_ts FROM " + raw;
      case "service_tickets" -> "SELECT seller_id, order_id, CAST(opened_ts AS TIMESTAMPTZ) AS opened_ts, "
          + "CAST(first_response_ts AS TIMESTAMPTZ) AS first_response_ts, "
          + "CAST(resolved_ts AS TIMESTAMPTZ) AS resolved_ts, CAST(auto_reply AS BOOLEAN) AS auto_reply FROM " + raw;
      default -> throw new IllegalArgumentException(table);
    };
  }

  static String[] metricsSql(JobConfig cfg, LocalDate snapshot, Path out) {
    String snap = "DATE '" + snapshot + "'";
    String since = "DATE '" + snapshot.minusDays(cfg.window().lookbackDays()) + "'";
    double half = cfg.window().halfLifeDays();
    String unanswered = Double.toString(cfg.service().unansweredAfterHours());
    String decay = "pow(0.5, greatest(date_diff('day', %s, " + snap + "), 0) / " + half + ")";
    String hours = "((epoch_us(%2$s) - epoch_us(%1$s)) / 3.6e9)";
    int settle = cfg.window().settleDays();
    // Rows are judged as of min(snapshot, attribution date + settleDays) (docs/METHODOLOGY.md §1): what is stamped at or
    // after the end of that day (an event, a reply, a delivery) has not happened for the row.
    String end = "timezone('UTC', least(" + snap + ", %1$s + INTERVAL " + settle + " DAY) + INTERVAL 1 DAY)";
    String orderEnd = String.format(Locale.ROOT, end, "CAST(o.order_ts AS DATE)");
    String ticketDate = "coalesce(f.order_date, CAST(t.opened_ts AS DATE))";
    String ticketEnd = String.format(Locale.ROOT, end, ticketDate);
    String reviewDate = "coalesce(f.order_date, CAST(r.review_ts AS DATE))";
    return new String[] {
      // OrderFacts: orders of known sellers in the lookback, decay weight by order date, delivery outcome.
      "CREATE TEMP TABLE order_facts AS SELECT order_id, seller_id, buyer_country, order_date, w, counts, "
          + "(promised_delivery_date IS NOT NULL AND counts AND (delivered IS NOT NULL "
          + "  OR status = 'undelivered' OR promised_delivery_date < as_of)) AS eligible, "
          + "CASE WHEN delivered IS NOT NULL THEN CAST(timezone('UTC', delivered) AS DATE) > promised_delivery_date "
          + "  ELSE true END AS late_if_eligible, order_end FROM ("
          + "SELECT o.order_id, o.seller_id, o.buyer_country, o.status, o.promised_delivery_date, "
          + "CAST(o.order_ts AS DATE) AS order_date, "
          + String.format(Locale.ROOT, decay, "CAST(o.order_ts AS DATE)") + " AS w, "
          + "o.status <> 'cancelled' AS counts, " + orderEnd + " AS order_end, "
          + "least(" + snap + ", CAST(o.order_ts AS DATE) + INTERVAL " + settle + " DAY) AS as_of, "
          + "CASE WHEN o.delivered_ts < " + orderEnd + " THEN o.delivered_ts END AS delivered "
          + "FROM orders o JOIN sellers s USING (seller_id) WHERE CAST(o.order_ts AS DATE) > " + since + ")",
      "CREATE TEMP TABLE order_agg AS SELECT seller_id, count(*) FILTER (WHERE counts) AS n_orders, "
          + "coalesce(sum(w) FILTER (WHERE counts), 0) AS orders_w, "
          + "coalesce(sum(w) FILTER (WHERE eligible), 0) AS elig_w, "
          + "coalesce(sum(w) FILTER (WHERE eligible AND late_if_eligible), 0) AS late_w "
          + "FROM order_facts GROUP BY seller_id",
      // Reviews and tickets are dated by their order when they name a known one (of any age), else by their own date.
      "CREATE TEMP TABLE order_dates AS SELECT order_id, CAST(order_ts AS DATE) AS order_date FROM orders",
      "CREATE TEMP TABLE review_agg AS SELECT r.seller_id, count(*) AS n_reviews, avg(CAST(r.rating AS DOUBLE)) AS avg_rating "
          + "FROM reviews r LEFT JOIN order_dates f ON r.order_id = f.order_id "
          + "WHERE " + reviewDate + " > " + since + " AND r.review_ts < " + String.format(Locale.ROOT, end, reviewDate)
          + " GROUP BY r.seller_id",
      "CREATE TEMP TABLE return_agg AS SELECT r.seller_id, count(*) AS n_returns, sum(f.w) AS returns_w "
          + "FROM returns r JOIN order_facts f ON r.order_id = f.order_id WHERE r.requested_ts < f.order_end "
          + "GROUP BY r.seller_id",
      "CREATE TEMP TABLE ticket_agg AS SELECT seller_id, count(*) AS n_tickets, "
          + "coalesce(sum(w) FILTER (WHERE due), 0) AS due_w, coalesce(sum(w) FILTER (WHERE due AND bad), 0) AS bad_w FROM ("
          + "  SELECT seller_id, w, coalesce(reply_c IS NOT NULL OR " + String.format(Locale.ROOT, hours, "opened_ts", "t_end")
          + " >= " + unanswered + ", false) AS due, "
          + "  coalesce(" + String.format(Locale.ROOT, hours, "opened_ts", "reply_c") + " > " + unanswered + ", true) AS bad "
          + "  FROM (SELECT t.seller_id, t.opened_ts, " + String.format(Locale.ROOT, decay, ticketDate) + " AS w, "
          + ticketEnd + " AS t_end, CASE WHEN t.reply < " + ticketEnd + " THEN t.reply END AS reply_c "
          + "    FROM (SELECT *, CASE WHEN coalesce(auto_reply, false) THEN resolved_ts ELSE first_response_ts END AS reply "
          + "          FROM service_tickets) t LEFT JOIN order_dates f ON t.order_id = f.order_id "
          + "    WHERE " + ticketDate + " > " + since + " AND t.opened_ts < " + ticketEnd + ")) GROUP BY seller_id",
      "COPY (SELECT s.seller_id, coalesce(o.n_orders, 0) AS n_orders, coalesce(rv.n_reviews, 0) AS n_reviews, "
          + "rv.avg_rating, coalesce(rt.n_returns, 0) AS n_returns, coalesce(t.n_tickets, 0) AS n_tickets, "
          + "CASE WHEN o.orders_w > 0 THEN least(coalesce(rt.returns_w, 0), o.orders_w) / o.orders_w END AS return_rate, "
          + "CASE WHEN o.elig_w > 0 THEN o.late_w / o.elig_w END AS late_delivery_rate, "
          + "CASE WHEN t.due_w > 0 THEN t.bad_w / t.due_w END AS unanswered_rate "
          + "FROM sellers s LEFT JOIN order_agg o USING (seller_id) LEFT JOIN review_agg rv USING (seller_id) "
          + "LEFT JOIN return_agg rt USING (seller_id) LEFT JOIN ticket_agg t USING (seller_id)) "
          + "TO '" + out.resolve("ref_sellers.parquet") + "' (FORMAT parquet)",
      "COPY (SELECT seller_id, buyer_country, count(*) FILTER (WHERE counts) AS orders FROM order_facts "
          + "GROUP BY seller_id, buyer_country) TO '" + out.resolve("ref_corridors.parquet") + "' (FORMAT parquet)",
    };
  }
}
