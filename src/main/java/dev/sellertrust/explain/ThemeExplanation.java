package dev.sellertrust.explain;

import static org.apache.spark.sql.functions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sellertrust.io.Io;
import dev.sellertrust.io.OutputLayout;
import dev.sellertrust.metrics.ReviewThemeRates;
import dev.sellertrust.themes.Theme;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The "what buyers write" part of {@code explain --seller}: each theme's share of the seller's reviews against its
 * peers' (seller_metrics) and up to two evidence snippets per theme (review_themes). Snapshots published before
 * themes existed simply have no such section.
 */
final class ThemeExplanation {
  private ThemeExplanation() {}

  private static final int SNIPPETS_PER_THEME = 2;

  static void add(SparkSession spark, OutputLayout layout, LocalDate snapshot, String sellerId, ObjectNode out) {
    Path metricsPath = layout.table(OutputLayout.SELLER_METRICS, snapshot);
    Dataset<Row> metrics = spark.read().parquet(metricsPath.toString());
    if (!List.of(metrics.columns()).contains(ReviewThemeRates.WITH_TEXT)) {
      return;
    }
    Row m = metrics.filter(col("seller_id").equalTo(sellerId)).collectAsList().stream().findFirst().orElse(null);
    if (m == null || m.isNullAt(m.fieldIndex(ReviewThemeRates.WITH_TEXT))) {
      return;
    }
    List<Row> snippets = List.of();
    Path themesPath = layout.table(OutputLayout.REVIEW_THEMES, snapshot);
    if (Io.exists(spark, themesPath)) {
      snippets = spark.read().parquet(themesPath.toString()).filter(col("seller_id").equalTo(sellerId))
          .select("theme", "snippet").orderBy("theme", "review_id").collectAsList();
    }
    ObjectNode node = out.putObject("review_themes");
    node.put("reviews_with_text", m.getLong(m.fieldIndex(ReviewThemeRates.WITH_TEXT)));
    ArrayNode themes = node.putArray("themes");
    for (Theme t : Theme.values()) {
      ObjectNode tn = themes.addObject();
      tn.put("theme", t.id());
      tn.put("reviews", m.getLong(m.fieldIndex(ReviewThemeRates.count(t))));
      putDouble(tn, "rate", m, ReviewThemeRates.rate(t));
      putDouble(tn, "peer_rate", m, ReviewThemeRates.peerRate(t));
      ArrayNode ex = tn.putArray("snippets");
      snippets.stream().filter(r -> r.getString(0).equals(t.id())).limit(SNIPPETS_PER_THEME)
          .forEach(r -> ex.add(r.getString(1)));
    }
  }

  static void appendText(JsonNode e, StringBuilder sb) {
    JsonNode rt = e.path("review_themes");
    if (rt.isMissingNode()) {
      return;
    }
    sb.append("\nWhat buyers write (").append(rt.path("reviews_with_text").asLong())
        .append(" reviews with text; share of them, seller vs peers)\n");
    for (JsonNode t : rt.path("themes")) {
      sb.append(String.format(Locale.ROOT, "  %-26s %6s %7s %7s%n", t.path("theme").asText(),
          t.path("reviews").asLong(), pct(t.path("rate")), pct(t.path("peer_rate"))));
      for (JsonNode snip : t.path("snippets")) {
        sb.append("      \"").append(snip.asText().replaceAll("\\s+", " ")).append("\"\n");
      }
    }
  }

  private static String pct(JsonNode n) {
    return n.isNumber() ? String.format(Locale.ROOT, "%.1f%%", 100 * n.asDouble()) : "–";
  }

  private static void putDouble(ObjectNode node, String key, Row r, String col) {
    int i = r.fieldIndex(col);
    if (r.isNullAt(i)) {
      node.putNull(key);
    } else {
      node.put(key, r.getDouble(i));
    }
  }
}
