package dev.sellertrust.bench;

import dev.sellertrust.config.JobConfig;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The reference metrics of docs/BENCHMARKS.md ("what is compared") as plain SQL, written once for both engines that run
 * them ({@link DuckReference}, {@link SparkReference}): only the few functions whose names or semantics differ come from
 * the {@link Dialect}, so a definition cannot drift between the two.
 */
final class ReferenceSql {
  private ReferenceSql() {}

  /** The command line both reference programs take: {@code INPUT_DIR csv|parquet SNAPSHOT_DATE OUT_DIR}. */
  record Args(Path input, String format, LocalDate snapshot, Path out) {
    /** Parses {@code args}, creating OUT_DIR; prints the usage and exits with 2 when they do not fit. */
    static Args parse(String program, String[] args) throws java.io.IOException {
      if (args.length != 4 || !(args[1].equals("csv") || args[1].equals("parquet"))) {
        System.err.println("usage: " + program + " INPUT_DIR csv|parquet SNAPSHOT_DATE OUT_DIR");
        System.exit(2);
      }
      Path out = Path.of(args[3]);
      java.nio.file.Files.createDirectories(out);
      return new Args(Path.of(args[0]), args[1], LocalDate.parse(args[2]), out);
    }
  }

  /**
   * What DuckDB and Spark SQL spell differently, as format patterns. Both sessions run in UTC. In Spark SQL a literal
   * like 180.0 is a DECIMAL, and a division by it is rounded to 6 decimals: hence the cast in its {@code div}.
   */
  enum Dialect {
    DUCKDB("CREATE TEMP TABLE %s AS ", "date_diff('day', %s, %s)", " / %s", "epoch_us(%s)",
        "(%s + INTERVAL %s DAY)", "timezone('UTC', %s)", "CAST(timezone('UTC', %s) AS DATE)"),
    SPARK("CREATE OR REPLACE TEMP VIEW %s AS ", "datediff(%2$s, %1$s)", " / CAST(%s AS DOUBLE)", "unix_micros(%s)",
        "date_add(%s, %s)", "CAST(%s AS TIMESTAMP)", "CAST(%s AS DATE)");

    private final String create;
    private final String daysSince;
    private final String div;
    private final String micros;
    private final String plusDays;
    private final String startOf;
    private final String utcDate;

    Dialect(String create, String daysSince, String div, String micros, String plusDays, String startOf,
        String utcDate) {
      this.create = create;
      this.daysSince = daysSince;
      this.div = div;
      this.micros = micros;
      this.plusDays = plusDays;
      this.startOf = startOf;
      this.utcDate = utcDate;
    }

    /** The start of a statement that makes {@code name} a table (or view) of the query that follows. */
    String create(String name) {
      return String.format(Locale.ROOT, create, name);
    }

    String daysSince(String from, String to) {
      return String.format(Locale.ROOT, daysSince, from, to);
    }

    /** Division of the preceding expression by {@code d}, in double precision. */
    String div(double d) {
      return String.format(Locale.ROOT, div, d);
    }

    String micros(String ts) {
      return String.format(Locale.ROOT, micros, ts);
    }

    String plusDays(String date, int days) {
      return String.format(Locale.ROOT, plusDays, date, days);
    }

    /** The instant at which a date begins (UTC). */
    String startOf(String date) {
      return String.format(Locale.ROOT, startOf, date);
    }

    /** The UTC calendar date of an instant. */
    String utcDate(String ts) {
      return String.format(Locale.ROOT, utcDate, ts);
    }
  }

  /**
   * Where a dataset is, as the job finds it: {@code NAME.FORMAT} (a file, or a folder of part files), else a folder
   * {@code NAME/} holding files of that format.
   */
  static Path dataset(Path input, String table, String format) throws java.io.IOException {
    Path file = input.resolve(table + "." + format);
    if (java.nio.file.Files.isRegularFile(file)) {
      return file;
    }
    Path dir = java.nio.file.Files.isDirectory(file) ? file : input.resolve(table);
    if (!java.nio.file.Files.isDirectory(dir)) {
      throw new IllegalArgumentException("dataset " + table + " not found in " + input);
    }
    try (java.util.stream.Stream<Path> s = java.nio.file.Files.walk(dir)) {
      if (s.noneMatch(p -> p.toString().endsWith("." + format))) {
        throw new IllegalArgumentException("no ." + format + " files under " + dir);
      }
    }
    return dir;
  }

  /** One row per seller: the compared metrics, from the tables {@link #tables} makes. */
  static final String SELLERS = "SELECT s.seller_id, coalesce(o.n_orders, 0) AS n_orders, "
      + "coalesce(rv.n_reviews, 0) AS n_reviews, rv.avg_rating, coalesce(rt.n_returns, 0) AS n_returns, "
      + "coalesce(t.n_tickets, 0) AS n_tickets, "
      + "CASE WHEN o.orders_w > 0 THEN least(coalesce(rt.returns_w, 0), o.orders_w) / o.orders_w END AS return_rate, "
      + "CASE WHEN o.elig_w > 0 THEN o.late_w / o.elig_w END AS late_delivery_rate, "
      + "CASE WHEN t.due_w > 0 THEN t.bad_w / t.due_w END AS unanswered_rate "
      + "FROM sellers s LEFT JOIN order_agg o USING (seller_id) LEFT JOIN review_agg rv USING (seller_id) "
      + "LEFT JOIN return_agg rt USING (seller_id) LEFT JOIN ticket_agg t USING (seller_id)";

  /** Orders (not cancelled) per seller and buyer country. */
  static final String CORRIDORS = "SELECT seller_id, buyer_country, count(*) FILTER (WHERE counts) AS orders "
      + "FROM order_facts GROUP BY seller_id, buyer_country";

  /**
   * The statements that make order_facts, order_agg, order_dates, review_agg, return_agg and ticket_agg from the views
   * sellers, orders, reviews, returns and service_tickets, with the job's definitions (metrics/OrderFacts,
   * ReviewMetrics, ReturnMetrics, ServiceMetrics, DeliveryMetrics, CorridorMetrics) and {@code cfg}'s window and
   * thresholds.
   */
  static String[] tables(Dialect d, JobConfig cfg, LocalDate snapshot) {
    String snap = "DATE '" + snapshot + "'";
    String since = "DATE '" + snapshot.minusDays(cfg.window().lookbackDays()) + "'";
    double half = cfg.window().halfLifeDays();
    String unanswered = Double.toString(cfg.service().unansweredAfterHours());
    int settle = cfg.window().settleDays();
    java.util.function.UnaryOperator<String> decay =
        date -> "pow(0.5, greatest(" + d.daysSince(date, snap) + ", 0)" + d.div(half) + ")";
    java.util.function.BinaryOperator<String> hours =
        (from, to) -> "((" + d.micros(to) + " - " + d.micros(from) + ") / 3.6e9)";
    // Rows are judged as of min(snapshot, attribution date + settleDays) (docs/METHODOLOGY.md §1): what is stamped at or
    // after the end of that day (an event, a reply, a delivery) has not happened for the row.
    java.util.function.UnaryOperator<String> asOf = date -> "least(" + snap + ", " + d.plusDays(date, settle) + ")";
    java.util.function.UnaryOperator<String> end = date -> d.startOf(d.plusDays(asOf.apply(date), 1));
    String orderDate = "CAST(o.order_ts AS DATE)";
    String orderEnd = end.apply(orderDate);
    String ticketDate = "coalesce(f.order_date, CAST(t.opened_ts AS DATE))";
    String ticketEnd = end.apply(ticketDate);
    String reviewDate = "coalesce(f.order_date, CAST(r.review_ts AS DATE))";
    return new String[] {
      // OrderFacts: orders of known sellers in the lookback, decay weight by order date, delivery outcome.
      d.create("order_facts") + "SELECT order_id, seller_id, buyer_country, order_date, w, counts, "
          + "(promised_delivery_date IS NOT NULL AND counts AND (delivered IS NOT NULL "
          + "  OR status = 'undelivered' OR promised_delivery_date < as_of)) AS eligible, "
          + "CASE WHEN delivered IS NOT NULL THEN " + d.utcDate("delivered") + " > promised_delivery_date "
          + "  ELSE true END AS late_if_eligible, order_end FROM ("
          + "SELECT o.order_id, o.seller_id, o.buyer_country, o.status, o.promised_delivery_date, "
          + orderDate + " AS order_date, " + decay.apply(orderDate) + " AS w, "
          + "o.status <> 'cancelled' AS counts, " + orderEnd + " AS order_end, " + asOf.apply(orderDate) + " AS as_of, "
          + "CASE WHEN o.delivered_ts < " + orderEnd + " THEN o.delivered_ts END AS delivered "
          + "FROM orders o JOIN sellers s USING (seller_id) WHERE " + orderDate + " > " + since + ")",
      d.create("order_agg") + "SELECT seller_id, count(*) FILTER (WHERE counts) AS n_orders, "
          + "coalesce(sum(w) FILTER (WHERE counts), 0) AS orders_w, "
          + "coalesce(sum(w) FILTER (WHERE eligible), 0) AS elig_w, "
          + "coalesce(sum(w) FILTER (WHERE eligible AND late_if_eligible), 0) AS late_w "
          + "FROM order_facts GROUP BY seller_id",
      // Reviews and tickets are dated by their order when they name a known one (of any age), else by their own date.
      d.create("order_dates") + "SELECT order_id, CAST(order_ts AS DATE) AS order_date FROM orders",
      d.create("review_agg") + "SELECT r.seller_id, count(*) AS n_reviews, avg(CAST(r.rating AS DOUBLE)) AS avg_rating "
          + "FROM reviews r LEFT JOIN order_dates f ON r.order_id = f.order_id "
          + "WHERE " + reviewDate + " > " + since + " AND r.review_ts < " + end.apply(reviewDate)
          + " GROUP BY r.seller_id",
      d.create("return_agg") + "SELECT r.seller_id, count(*) AS n_returns, sum(f.w) AS returns_w "
          + "FROM returns r JOIN order_facts f ON r.order_id = f.order_id WHERE r.requested_ts < f.order_end "
          + "GROUP BY r.seller_id",
      d.create("ticket_agg") + "SELECT seller_id, count(*) AS n_tickets, "
          + "coalesce(sum(w) FILTER (WHERE due), 0) AS due_w, coalesce(sum(w) FILTER (WHERE due AND bad), 0) AS bad_w FROM ("
          + "  SELECT seller_id, w, coalesce(reply_c IS NOT NULL OR " + hours.apply("opened_ts", "t_end")
          + " >= " + unanswered + ", false) AS due, "
          + "  coalesce(" + hours.apply("opened_ts", "reply_c") + " > " + unanswered + ", true) AS bad "
          + "  FROM (SELECT t.seller_id, t.opened_ts, " + decay.apply(ticketDate) + " AS w, "
          + ticketEnd + " AS t_end, CASE WHEN t.reply < " + ticketEnd + " THEN t.reply END AS reply_c "
          + "    FROM (SELECT *, CASE WHEN coalesce(auto_reply, false) THEN resolved_ts ELSE first_response_ts END AS reply "
          + "          FROM service_tickets) t LEFT JOIN order_dates f ON t.order_id = f.order_id "
          + "    WHERE " + ticketDate + " > " + since + " AND t.opened_ts < " + ticketEnd + ")) GROUP BY seller_id",
    };
  }
}
