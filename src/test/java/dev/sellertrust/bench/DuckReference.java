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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The DuckDB reference: the per-seller metrics of docs/BENCHMARKS.md ("what is compared") in plain SQL
 * ({@link ReferenceSql}), with the job's definitions and the default config's window and thresholds. Run as its own process by {@link Bench} so that its wall time and
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
    ReferenceSql.Args a = ReferenceSql.Args.parse("DuckReference", args);
    int threads = Runtime.getRuntime().availableProcessors();
    JobConfig cfg = ConfigLoader.defaults();
    long t0 = System.nanoTime();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
      st.execute("SET threads = " + threads);
      st.execute("SET TimeZone = 'UTC'");
      for (String table : new String[] {"sellers", "orders", "reviews", "returns", "service_tickets"}) {
        st.execute("CREATE VIEW " + table + " AS " + source(a.input(), table, a.format()));
      }
      for (String sql : metricsSql(cfg, a.snapshot(), a.out())) {
        st.execute(sql);
      }
    }
    System.out.printf(Locale.ROOT, "duckdb reference: %.2f s (threads=%d)%n", (System.nanoTime() - t0) / 1e9, threads);
  }

  /** The same files the job reads; CSV columns are typed here as the job types them (UTC instants). */
  static String source(Path input, String table, String format) throws IOException {
    Path dataset = ReferenceSql.dataset(input, table, format);
    String glob = Files.isDirectory(dataset) ? dataset + "/**/*." + format : dataset.toString();
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
    List<String> sql = new ArrayList<>(List.of(ReferenceSql.tables(ReferenceSql.Dialect.DUCKDB, cfg, snapshot)));
    sql.add("COPY (" + ReferenceSql.SELLERS + ") TO '" + out.resolve("ref_sellers.parquet") + "' (FORMAT parquet)");
    sql.add("COPY (" + ReferenceSql.CORRIDORS + ") TO '" + out.resolve("ref_corridors.parquet") + "' (FORMAT parquet)");
    return sql.toArray(new String[0]);
  }
}
