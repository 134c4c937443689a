package dev.sellertrust.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One benchmark round on one generated input (see docs/BENCHMARKS.md; started by jobs/bench): the job end to end, then
 * the DuckDB reference, then the same reference SQL on Spark ({@link SparkReference}, unless {@code --spark-reference
 * no}), each in its own process (wall time and peak resident memory measured from outside), then an exact comparison
 * of the per-seller metrics each produced with DuckDB's. Not a test: it is named so that surefire never runs it,
 * and it lives in test sources so DuckDB never reaches the shaded jar.
 *
 * <pre>Bench --input DIR --format csv|parquet --snapshot-date D --work DIR --label L [--heap 2g] [--results FILE]
 *       [--spark-reference yes|no]</pre>
 * Exit code 0 when the metrics agree, 1 when they differ or a run failed.
 */
public final class Bench {
  /** Relative tolerance for decayed (double) sums: they are added in a different order by each engine. */
  static final double REL_TOL = 1e-9;

  private Bench() {}

  record Measured(String what, int exitCode, double seconds, long peakRssKb, double cpuSeconds) {}

  public static void main(String[] args) throws Exception {
    Map<String, String> a = parse(args);
    Path input = Path.of(a.get("--input"));
    String format = a.get("--format");
    String snapshot = a.get("--snapshot-date");
    Path work = Path.of(a.get("--work"));
    String label = a.getOrDefault("--label", input.getFileName().toString());
    String heap = a.getOrDefault("--heap", "2g");
    Path root = Path.of(a.getOrDefault("--root", "."));
    deleteTree(work);
    Files.createDirectories(work);
    Path jobOut = work.resolve("job_out");
    Path refOut = work.resolve("ref_out");

    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> jobCmd = List.of(root.resolve("jobs/trust-score").toString(), "run", "--input", input.toString(),
        "--output", jobOut.toString(), "--snapshot-date", snapshot);
    Map<String, String> jobEnv = new LinkedHashMap<>();
    jobEnv.put("TRUST_SCORE_HEAP", heap);
    jobEnv.putIfAbsent("TRUST_SCORE_BUYER_KEY", System.getenv().getOrDefault("TRUST_SCORE_BUYER_KEY", "bench-key"));
    String loadBefore = loadAverage();
    Measured job = run("spark job", jobCmd, jobEnv, work.resolve("job.log"));
    List<String> refCmd = List.of(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
        DuckReference.class.getName(), input.toString(), format, snapshot, refOut.toString());
    Measured ref = run("duckdb reference", refCmd, Map.of(), work.resolve("ref.log"));
    // The same SQL on Spark, with the job's heap and JVM options: what any Spark program pays for these metrics here.
    Path sparkRefOut = work.resolve("spark_ref_out");
    Measured sparkRef = null;
    if (!"no".equals(a.getOrDefault("--spark-reference", "yes"))) {
      List<String> sparkRefCmd = new ArrayList<>(List.of(java, "-Xmx" + heap));
      Files.readAllLines(root.resolve("jobs/lib/spark-jvm-options.txt")).stream().map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(sparkRefCmd::add);
      sparkRefCmd.addAll(List.of("-Dlog4j2.configurationFile=" + root.resolve("jobs/lib/log4j2.properties"), "-cp",
          System.getProperty("java.class.path"), SparkReference.class.getName(), input.toString(), format, snapshot,
          sparkRefOut.toString()));
      sparkRef = run("spark reference", sparkRefCmd, Map.of(), work.resolve("spark-ref.log"));
    }
    String loadAfter = loadAverage();

    if (job.exitCode() != 0 || ref.exitCode() != 0 || (sparkRef != null && sparkRef.exitCode() != 0)) {
      System.out.println("FAILED: spark job exit " + job.exitCode() + " (log " + work.resolve("job.log") + "), duckdb exit "
          + ref.exitCode() + " (log " + work.resolve("ref.log") + ")"
          + (sparkRef == null ? "" : ", spark reference exit " + sparkRef.exitCode() + " (log "
              + work.resolve("spark-ref.log") + ")"));
      System.exit(1);
    }
    JsonNode manifest = new ObjectMapper().readTree(
        jobOut.resolve("manifests/snapshot_date=" + snapshot + "/_MANIFEST.json").toFile());
    long rows = 0;
    long quarantined = 0;
    Map<String, Long> perDataset = new LinkedHashMap<>();
    for (var it = manifest.get("datasets").fields(); it.hasNext(); ) {
      var e = it.next();
      if (e.getValue().path("present").asBoolean()) {
        long n = e.getValue().get("rows_read").asLong();
        rows += n;
        perDataset.put(e.getKey(), n);
        quarantined += e.getValue().get("rows_quarantined").asLong();
      }
    }
    List<String> mismatches = compare(jobOut, refOut, snapshot);
    if (sparkRef != null) {
      mismatches.addAll(compareReferences(sparkRefOut, refOut));
    }
    if (quarantined > 0) {
      mismatches.add(0, "the job quarantined " + quarantined + " rows; the reference assumes clean input");
    }

    double ratio = job.seconds() / ref.seconds();
    System.out.println();
    System.out.printf(Locale.ROOT, "benchmark %s: %s input, %,d rows %s, %d cores%n", label, format, rows, perDataset,
        Runtime.getRuntime().availableProcessors());
    System.out.printf(Locale.ROOT, "  %-18s %10s %14s %14s %10s%n", "", "wall s", "rows/s", "peak RSS MB", "CPU s");
    List<Measured> measured = new ArrayList<>(List.of(job, ref));
    if (sparkRef != null) {
      measured.add(sparkRef);
    }
    for (Measured m : measured) {
      System.out.printf(Locale.ROOT, "  %-18s %10.1f %,14.0f %,14d %10.1f%n", m.what(), m.seconds(), rows / m.seconds(),
          m.peakRssKb() / 1024, m.cpuSeconds());
    }
    System.out.printf(Locale.ROOT, "  ratio job/duckdb  %10.2f%n", ratio);
    if (sparkRef != null) {
      System.out.printf(Locale.ROOT, "  ratio spark reference/duckdb %6.2f (the engines on the same SQL)%n",
          sparkRef.seconds() / ref.seconds());
      System.out.printf(Locale.ROOT, "  ratio job/spark reference %9.2f (the job's own work beyond those metrics)%n",
          job.seconds() / sparkRef.seconds());
    }
    System.out.println("  machine load average (1/5/15 min) before: " + loadBefore + ", after: " + loadAfter
        + " (other processes share these cores: compare runs only at similar load)");
    if (manifest.has("spark_jobs")) {
      System.out.printf(Locale.ROOT, "  job's Spark work: %,d jobs, %,d SQL executions, %,d tasks%n",
          manifest.get("spark_jobs").asLong(), manifest.get("spark_sql_executions").asLong(),
          manifest.path("spark_tasks").asLong());
    }
    JsonNode timings = manifest.path("timings_ms");
    if (!timings.isMissingNode()) {
      System.out.println("  job stages (ms): " + timings);
    }
    System.out.println(mismatches.isEmpty()
        ? "  metrics agree" + (sparkRef == null ? "" : " (job, duckdb and spark reference)") + ": n_orders, n_reviews, "
            + "n_returns, n_tickets, avg_rating, return_rate, late_delivery_rate, unanswered_rate per seller; orders per "
            + "seller and buyer country"
        : "  METRICS DIFFER:\n    " + String.join("\n    ", mismatches));
    long aside = sellersWithOrdersSetAside(jobOut, snapshot);
    if (aside > 0) {
      System.out.printf(Locale.ROOT, "  %d sellers had orders set aside by review integrity: compared on n_orders + "
          + "orders_set_aside, n_reviews and avg_rating only%n", aside);
    }

    String line = String.format(Locale.ROOT,
        "{\"at\":\"%s\",\"label\":\"%s\",\"format\":\"%s\",\"rows\":%d,\"orders\":%d,\"cores\":%d,\"heap\":\"%s\","
            + "\"job_s\":%.2f,\"job_cpu_s\":%.1f,\"job_peak_rss_mb\":%d,\"duckdb_s\":%.2f,\"duckdb_cpu_s\":%.1f,"
            + "\"duckdb_peak_rss_mb\":%d,\"ratio\":%.3f,\"spark_reference_s\":%s,\"spark_reference_cpu_s\":%s,"
            + "\"agree\":%s,\"load_before\":\"%s\",\"load_after\":\"%s\",\"job_timings_ms\":%s}%n",
        Instant.now(), label, format, rows, perDataset.getOrDefault("orders", 0L),
        Runtime.getRuntime().availableProcessors(), heap, job.seconds(), job.cpuSeconds(), job.peakRssKb() / 1024,
        ref.seconds(), ref.cpuSeconds(), ref.peakRssKb() / 1024, ratio,
        sparkRef == null ? "null" : String.format(Locale.ROOT, "%.2f", sparkRef.seconds()),
        sparkRef == null ? "null" : String.format(Locale.ROOT, "%.1f", sparkRef.cpuSeconds()), mismatches.isEmpty(), loadBefore, loadAfter, timings.isMissingNode() ? "null" : timings.toString());
    if (a.containsKey("--results")) {
      Files.writeString(Path.of(a.get("--results")), line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    }
    System.exit(mismatches.isEmpty() ? 0 : 1);
  }

  /** Runs a command, polling its peak resident set (VmHWM) while it runs; the command must exec its JVM. */
  static Measured run(String what, List<String> cmd, Map<String, String> env, Path log) throws Exception {
    System.out.println("running " + what + " (log " + log + ") ...");
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().putAll(env);
    long t0 = System.nanoTime();
    Process p = pb.start();
    long peak = 0;
    double cpu = 0;
    Path status = Path.of("/proc/" + p.pid() + "/status");
    Path stat = Path.of("/proc/" + p.pid() + "/stat");
    while (!p.waitFor(100, TimeUnit.MILLISECONDS)) {
      peak = Math.max(peak, vmHwmKb(status));
      cpu = Math.max(cpu, cpuSeconds(stat));
    }
    double s = (System.nanoTime() - t0) / 1e9;
    return new Measured(what, p.exitValue(), s, peak, cpu);
  }

  /**
   * User + system CPU time of the process so far (all its threads), from /proc/PID/stat in clock ticks of 1/100 s.
   * Polled like the memory, so it misses at most the last 100 ms. Less sensitive than wall time to other processes
   * on the same cores, though not immune (caches, frequency).
   */
  private static double cpuSeconds(Path stat) {
    try {
      String line = Files.readString(stat);
      String[] f = line.substring(line.lastIndexOf(')') + 2).split(" ");
      // fields after "(comm)": state is index 0, utime index 11, stime index 12 (fields 14 and 15 of proc(5)).
      return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  private static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static long vmHwmKb(Path status) {
    try {
      for (String l : Files.readAllLines(status)) {
        if (l.startsWith("VmHWM:")) {
          return Long.parseLong(l.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | RuntimeException e) {
      // the process ended between two polls
    }
    return 0;
  }

  /** Compares the job's published tables with the reference, in DuckDB; returns one line per disagreement kind. */
  static List<String> compare(Path jobOut, Path refOut, String snapshot) throws Exception {
    String part = "/snapshot_date=" + snapshot + "/*.parquet";
    String scores = "read_parquet('" + jobOut + "/seller_scores" + part + "')";
    String metrics = "read_parquet('" + jobOut + "/seller_metrics" + part + "')";
    // Review integrity leaves the orders carrying suspicious reviews out of the order metrics; the reference SQL has no
    // integrity checks, so those sellers are compared on n_orders + orders_set_aside and n_reviews, avg_rating only.
    String setAside = Files.isDirectory(jobOut.resolve("review_integrity/snapshot_date=" + snapshot))
        ? "(SELECT seller_id, orders_set_aside FROM read_parquet('" + jobOut + "/review_integrity" + part + "'))"
        : "(SELECT NULL::VARCHAR AS seller_id, 0::BIGINT AS orders_set_aside WHERE false)";
    return compare("SELECT js.seller_id, js.n_orders, js.n_reviews, js.n_returns, js.n_tickets, jm.avg_rating, "
            + "jm.return_rate, jm.late_delivery_rate, jm.unanswered_rate, coalesce(ji.orders_set_aside, 0) AS set_aside "
            + "FROM " + scores + " js FULL JOIN " + metrics + " jm USING (seller_id) LEFT JOIN " + setAside
            + " ji USING (seller_id)",
        "SELECT seller_id, buyer_country, orders FROM read_parquet('" + jobOut + "/seller_corridor_metrics" + part + "')",
        refOut, "the job's output");
  }

  static long sellersWithOrdersSetAside(Path jobOut, String snapshot) throws Exception {
    if (!Files.isDirectory(jobOut.resolve("review_integrity/snapshot_date=" + snapshot))) {
      return 0;
    }
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT count(*) FROM read_parquet('" + jobOut + "/review_integrity/snapshot_date="
            + snapshot + "/*.parquet') WHERE orders_set_aside > 0")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** Compares the Spark reference's tables ({@link SparkReference}) with DuckDB's, as {@link #compare} does the job's. */
  static List<String> compareReferences(Path sparkOut, Path refOut) throws Exception {
    return compare("SELECT *, 0::BIGINT AS set_aside FROM read_parquet('" + sparkOut + "/ref_sellers/*.parquet')",
        "SELECT * FROM read_parquet('" + sparkOut + "/ref_corridors/*.parquet')", refOut, "the spark reference");
  }

  /**
   * @param sellers a query giving seller_id, the eight compared metrics and set_aside (orders left out by review
   *     integrity) of one seller a row
   * @param corridors a query giving seller_id, buyer_country and orders
   */
  private static List<String> compare(String sellers, String corridors, Path refOut, String what) throws Exception {
    List<String> out = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
      st.execute("CREATE VIEW jc AS " + corridors);
      st.execute("CREATE VIEW rs AS SELECT * FROM read_parquet('" + refOut + "/ref_sellers.parquet')");
      st.execute("CREATE VIEW rc AS SELECT * FROM read_parquet('" + refOut + "/ref_corridors.parquet')");
      st.execute("CREATE TEMP TABLE j AS " + sellers);
      st.execute("CREATE TEMP TABLE cmp AS SELECT coalesce(j.seller_id, rs.seller_id) AS seller_id, "
          + "j.seller_id IS NULL AS only_ref, rs.seller_id IS NULL AS only_job, "
          + "j.n_orders AS j_n_orders, rs.n_orders AS r_n_orders, j.n_reviews AS j_n_reviews, rs.n_reviews AS r_n_reviews, "
          + "j.n_returns AS j_n_returns, rs.n_returns AS r_n_returns, j.n_tickets AS j_n_tickets, rs.n_tickets AS r_n_tickets, "
          + "j.avg_rating AS j_avg_rating, rs.avg_rating AS r_avg_rating, j.return_rate AS j_return_rate, "
          + "rs.return_rate AS r_return_rate, j.late_delivery_rate AS j_late_delivery_rate, "
          + "rs.late_delivery_rate AS r_late_delivery_rate, j.unanswered_rate AS j_unanswered_rate, "
          + "rs.unanswered_rate AS r_unanswered_rate, coalesce(j.set_aside, 0) AS set_aside "
          + "FROM j FULL JOIN rs USING (seller_id)");
      count(st, out, "sellers only in " + what, "only_job");
      count(st, out, "sellers only in the reference", "only_ref");
      count(st, out, "n_orders differs", "j_n_orders + set_aside IS DISTINCT FROM r_n_orders");
      count(st, out, "n_reviews differs", "j_n_reviews IS DISTINCT FROM r_n_reviews");
      for (String m : List.of("n_returns", "n_tickets")) {
        count(st, out, m + " differs", "set_aside = 0 AND j_" + m + " IS DISTINCT FROM r_" + m);
      }
      for (String m : List.of("avg_rating", "return_rate", "late_delivery_rate", "unanswered_rate")) {
        String j = "j_" + m;
        String r = "r_" + m;
        count(st, out, m + " differs (relative tolerance " + REL_TOL + ")",
            (m.equals("avg_rating") ? "" : "set_aside = 0 AND ") + "((" + j + " IS NULL) <> (" + r + " IS NULL) OR abs("
                + j + " - " + r + ") > " + REL_TOL + " * greatest(1.0, abs(" + r + ")))");
      }
      st.execute("CREATE TEMP TABLE aside AS SELECT seller_id FROM cmp WHERE set_aside > 0");
      count(st, out, "corridor rows differ (seller, buyer_country, orders)",
          "true", "(SELECT seller_id, buyer_country, orders FROM jc ANTI JOIN aside USING (seller_id) EXCEPT ALL "
              + "SELECT * FROM rc ANTI JOIN aside USING (seller_id) UNION ALL (SELECT * FROM rc ANTI JOIN aside "
              + "USING (seller_id) EXCEPT ALL SELECT seller_id, buyer_country, orders FROM jc ANTI JOIN aside "
              + "USING (seller_id)))");
      try (ResultSet rs = st.executeQuery("SELECT count(*) FROM rs")) {
        rs.next();
        if (rs.getLong(1) == 0) {
          out.add("the reference produced no sellers");
        }
      }
    }
    return out;
  }

  private static void count(Statement st, List<String> out, String what, String where) throws Exception {
    count(st, out, what, where, "cmp");
  }

  private static void count(Statement st, List<String> out, String what, String where, String from) throws Exception {
    try (ResultSet rs = st.executeQuery("SELECT count(*), min(" + (from.equals("cmp") ? "seller_id" : "NULL") + ") FROM "
        + from + " WHERE " + where)) {
      rs.next();
      long n = rs.getLong(1);
      if (n > 0) {
        out.add(what + ": " + n + " rows" + (rs.getString(2) == null ? "" : " (first seller " + rs.getString(2) + ")"));
      }
    }
  }

  private static Map<String, String> parse(String[] args) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      m.put(args[i], args[i + 1]);
    }
    for (String k : List.of("--input", "--format", "--snapshot-date", "--work")) {
      if (!m.containsKey(k)) {
        System.err.println("missing " + k);
        System.exit(2);
      }
    }
    return m;
  }

  private static void deleteTree(Path p) throws IOException {
    if (Files.exists(p)) {
      try (var s = Files.walk(p)) {
        s.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
    }
  }
}
