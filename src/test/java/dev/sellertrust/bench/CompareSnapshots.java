package dev.sellertrust.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares two published snapshots of the job table by table (used by jobs/cluster-check.sh: cluster vs local mode,
 * and to check that a performance change left the outputs alone). Rows are matched on each table's key; every other
 * column must be equal, doubles within a relative 1e-9 (sums added in another order may differ in the last bits) and
 * the number of doubles that are not bit-identical is reported. Exit code 0 when all tables agree, 1 otherwise.
 *
 * <pre>CompareSnapshots OUTPUT_A OUTPUT_B SNAPSHOT_DATE [TABLE,TABLE...]</pre>
 *
 * With a table list only those tables and the score export are compared (an incremental run's quarantine, reads and
 * change feed cover only what it read); without, also the change feed export and the manifest's data figures.
 */
public final class CompareSnapshots {
  private CompareSnapshots() {}

  static final double REL_TOL = 1e-9;

  static final Map<String, List<String>> KEYS = new LinkedHashMap<>();

  static boolean wholeSnapshot = true;

  /** The exports platforms read; their numbers are rounded, so lines are compared exactly. */
  static final List<String> EXPORTS = List.of("seller_scores.jsonl", "changes.jsonl");

  static {
    KEYS.put("seller_scores", List.of("seller_id"));
    KEYS.put("seller_metrics", List.of("seller_id"));
    KEYS.put("seller_evidence", List.of("seller_id", "metric"));
    KEYS.put("seller_corridor_metrics", List.of("seller_id", "buyer_country"));
    KEYS.put("policy_clarity", List.of("seller_id", "market", "language"));
    KEYS.put("quarantine", List.of());
    KEYS.put("review_integrity", List.of("seller_id"));
    KEYS.put("review_themes", List.of("review_id", "theme"));
  }

  public static void main(String[] args) throws Exception {
    if (args.length != 3 && args.length != 4) {
      System.err.println("usage: CompareSnapshots OUTPUT_A OUTPUT_B SNAPSHOT_DATE [TABLE,TABLE...]");
      System.exit(2);
    }
    if (args.length == 4) {
      KEYS.keySet().retainAll(List.of(args[3].split(",")));
      // Part of a snapshot (e.g. an incremental run against a full one): its own reads, quarantine and change feed.
      wholeSnapshot = false;
    }
    List<String> problems = compare(args[0], args[1], args[2]);
    if (problems.isEmpty()) {
      System.out.println("snapshots agree: " + String.join(", ", KEYS.keySet()) + " and the exports");
      System.exit(0);
    }
    System.out.println("snapshots DIFFER:\n  " + String.join("\n  ", problems));
    System.exit(1);
  }

  /** Problems found, one line each; empty when the snapshots agree. */
  public static List<String> compare(String a, String b, String snapshot) throws Exception {
    List<String> problems = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
      for (Map.Entry<String, List<String>> t : KEYS.entrySet()) {
        String dir = "/" + t.getKey() + "/snapshot_date=" + snapshot;
        boolean inA = Files.isDirectory(Path.of(a + dir));
        boolean inB = Files.isDirectory(Path.of(b + dir));
        if (!inA && !inB) {
          // A table the run did not write (review_integrity with integrity.enabled false, a snapshot of older code).
          System.out.println(t.getKey() + ": in neither snapshot");
          continue;
        }
        if (inA != inB) {
          problems.add(t.getKey() + ": only in " + (inA ? a : b));
          continue;
        }
        String part = dir + "/*.parquet";
        st.execute("CREATE OR REPLACE VIEW a AS SELECT * FROM read_parquet('" + a + part + "')");
        st.execute("CREATE OR REPLACE VIEW b AS SELECT * FROM read_parquet('" + b + part + "')");
        long na = scalar(st, "SELECT count(*) FROM a");
        long nb = scalar(st, "SELECT count(*) FROM b");
        if (na != nb) {
          problems.add(t.getKey() + ": " + na + " rows vs " + nb);
          continue;
        }
        Map<String, String> types = new LinkedHashMap<>();
        try (ResultSet rs = st.executeQuery("DESCRIBE a")) {
          while (rs.next()) {
            types.put(rs.getString(1), rs.getString(2));
          }
        }
        List<String> keys = t.getValue();
        if (keys.isEmpty()) {
          long diff = scalar(st, "SELECT count(*) FROM ((SELECT * FROM a EXCEPT ALL SELECT * FROM b) "
              + "UNION ALL (SELECT * FROM b EXCEPT ALL SELECT * FROM a))");
          if (diff > 0) {
            problems.add(t.getKey() + ": " + diff + " rows not in both");
          }
          continue;
        }
        String on = String.join(" AND ", keys.stream().map(k -> "a." + k + " IS NOT DISTINCT FROM b." + k).toList());
        long unmatched = scalar(st, "SELECT count(*) FROM a FULL JOIN b ON " + on + " WHERE a." + keys.get(0)
            + " IS NULL AND b." + keys.get(0) + " IS NULL OR (a." + keys.get(0) + " IS NULL) <> (b." + keys.get(0)
            + " IS NULL)");
        if (unmatched > 0) {
          problems.add(t.getKey() + ": " + unmatched + " keys not in both");
        }
        long lastBits = 0;
        for (Map.Entry<String, String> col : types.entrySet()) {
          String n = col.getKey();
          if (keys.contains(n)) {
            continue;
          }
          boolean dbl = col.getValue().equals("DOUBLE") || col.getValue().equals("FLOAT");
          String differs = dbl
              ? "(a." + n + " IS NULL) <> (b." + n + " IS NULL) OR abs(a." + n + " - b." + n + ") > " + REL_TOL
                  + " * greatest(1.0, abs(a." + n + ")) OR isnan(a." + n + ") <> isnan(b." + n + ")"
              : "a." + n + " IS DISTINCT FROM b." + n;
          long bad = scalar(st, "SELECT count(*) FROM a JOIN b ON " + on + " WHERE " + differs);
          if (bad > 0) {
            problems.add(t.getKey() + "." + n + ": " + bad + " rows differ");
          }
          if (dbl) {
            lastBits += scalar(st, "SELECT count(*) FROM a JOIN b ON " + on + " WHERE a." + n + " IS DISTINCT FROM b." + n);
          }
        }
        System.out.println(t.getKey() + ": " + na + " rows compared"
            + (lastBits > 0 ? ", " + lastBits + " double values differ in the last bits only" : ", bit-identical"));
      }
      if (wholeSnapshot) {
        problems.addAll(compareManifests(a, b, snapshot));
      }
      for (String file : wholeSnapshot ? EXPORTS : EXPORTS.subList(0, 1)) {
        String export = "/exports/snapshot_date=" + snapshot + "/" + file;
        long sizeA = java.nio.file.Files.size(java.nio.file.Path.of(a + export));
        long sizeB = java.nio.file.Files.size(java.nio.file.Path.of(b + export));
        if (sizeA == 0 || sizeB == 0) {
          // An export with no line (no seller changed) is an empty file, which DuckDB cannot read as JSON.
          if ((sizeA == 0) != (sizeB == 0)) {
            problems.add("export " + file + ": empty in one snapshot only");
          }
          continue;
        }
        st.execute("CREATE OR REPLACE VIEW a AS SELECT * FROM read_json_auto('" + a + export + "')");
        st.execute("CREATE OR REPLACE VIEW b AS SELECT * FROM read_json_auto('" + b + export + "')");
        long lines = scalar(st, "SELECT count(*) FROM a");
        long diff = scalar(st, "SELECT count(*) FROM ((SELECT * FROM a EXCEPT ALL SELECT * FROM b) "
            + "UNION ALL (SELECT * FROM b EXCEPT ALL SELECT * FROM a))");
        if (diff > 0) {
          problems.add("export " + file + ": " + diff + " lines not in both");
        } else {
          System.out.println("export " + file + ": " + lines + " lines, identical");
        }
      }
    }
    return problems;
  }

  /** The manifest's figures that come from the data (not its run id, times or Spark work). */
  static final List<String> MANIFEST_FIELDS = List.of("datasets", "quality_checks", "outputs", "sellers_scored", "tiers",
      "policy_clarity_vs_disputes", "methodology_version");

  /** Equal JSON values, decimals as the tables' doubles: within a relative {@link #REL_TOL}. */
  static final java.util.Comparator<com.fasterxml.jackson.databind.JsonNode> DOUBLES_WITHIN_TOLERANCE = (x, y) -> {
    if (x.equals(y)) {
      return 0;
    }
    if (x.isNumber() && y.isNumber() && (x.isFloatingPointNumber() || y.isFloatingPointNumber())) {
      double p = x.asDouble();
      double q = y.asDouble();
      return Math.abs(p - q) <= REL_TOL * Math.max(1.0, Math.abs(p)) ? 0 : 1;
    }
    return 1;
  };

  static List<String> compareManifests(String a, String b, String snapshot) throws Exception {
    String manifest = "/manifests/snapshot_date=" + snapshot + "/_MANIFEST.json";
    var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
    var ma = mapper.readTree(new java.io.File(a + manifest));
    var mb = mapper.readTree(new java.io.File(b + manifest));
    List<String> problems = new ArrayList<>();
    for (String f : MANIFEST_FIELDS) {
      var fa = ma.path(f);
      var fb = mb.path(f);
      if (f.equals("datasets")) {
        // The same input may be found under another path (a copy): compare what was read from it, not where.
        fa = fa.deepCopy();
        fb = fb.deepCopy();
        for (var d : List.of(fa, fb)) {
          d.forEach(n -> ((com.fasterxml.jackson.databind.node.ObjectNode) n).remove(List.of("location", "files")));
        }
      }
      if (!fa.equals(DOUBLES_WITHIN_TOLERANCE, fb)) {
        problems.add("manifest " + f + ": " + fa + " vs " + fb);
      }
    }
    if (problems.isEmpty()) {
      System.out.println("manifest: " + String.join(", ", MANIFEST_FIELDS) + " equal (doubles within " + REL_TOL + ")");
    }
    return problems;
  }

  private static long scalar(Statement st, String sql) throws Exception {
    try (ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
