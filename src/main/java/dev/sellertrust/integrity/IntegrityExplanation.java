package dev.sellertrust.integrity;

import static org.apache.spark.sql.functions.col;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sellertrust.io.OutputLayout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** The review-integrity part of {@code explain}: what was checked, each signal's count and an example review. */
public final class IntegrityExplanation {
  private IntegrityExplanation() {}

  /** Adds {@code review_integrity} to {@code out}: null when the snapshot has no such table or the seller no reviews. */
  public static void addTo(SparkSession spark, OutputLayout layout, LocalDate snapshot, String sellerId, ObjectNode out) {
    Path table = layout.table(OutputLayout.REVIEW_INTEGRITY, snapshot);
    try {
      if (!table.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(table)) {
        out.putNull("review_integrity");
        return;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Row> rows = spark.read().parquet(table.toString()).filter(col("seller_id").equalTo(sellerId)).collectAsList();
    if (rows.isEmpty()) {
      out.putNull("review_integrity");
      return;
    }
    Row r = rows.get(0);
    ObjectNode n = out.putObject("review_integrity");
    n.put("reviews_checked", r.getLong(r.fieldIndex(IntegrityCols.REVIEWS_CHECKED)));
    n.put("suspicious_reviews", r.getLong(r.fieldIndex(IntegrityCols.SUSPICIOUS_REVIEWS)));
    n.put("suspicious_review_share", r.getDouble(r.fieldIndex(IntegrityCols.SUSPICIOUS_SHARE)));
    n.put("flag", r.getBoolean(r.fieldIndex(IntegrityCols.FLAG)));
    n.put("weighted_reviews", r.getDouble(r.fieldIndex(IntegrityCols.WEIGHTED_REVIEWS)));
    n.put("orders_set_aside", r.getLong(r.fieldIndex(IntegrityCols.ORDERS_SET_ASIDE)));
    ObjectNode signals = n.putObject("signals");
    for (String s : IntegrityCols.SIGNALS) {
      ObjectNode sig = signals.putObject(s);
      sig.put("reviews", r.getLong(r.fieldIndex(IntegrityCols.signalCount(s))));
      int ex = r.fieldIndex(IntegrityCols.example(s));
      if (r.isNullAt(ex)) {
        sig.putNull("example_review_id");
      } else {
        sig.put("example_review_id", r.getString(ex));
      }
    }
  }

  /** The text section of {@code explain}. */
  public static void render(JsonNode e, StringBuilder sb) {
    JsonNode n = e.path("review_integrity");
    sb.append("\nReview integrity\n");
    if (!n.isObject()) {
      sb.append("  (no reviews checked in this snapshot)\n");
      return;
    }
    sb.append(String.format(Locale.ROOT, "  %d reviews checked, %d suspicious (%.1f%%)%s; they weigh %.1f reviews in the "
            + "rating; %d orders set aside%n", n.path("reviews_checked").asLong(), n.path("suspicious_reviews").asLong(),
        100 * n.path("suspicious_review_share").asDouble(), n.path("flag").asBoolean() ? ", flagged" : "",
        n.path("weighted_reviews").asDouble(), n.path("orders_set_aside").asLong()));
    n.path("signals").fields().forEachRemaining(f -> {
      long count = f.getValue().path("reviews").asLong();
      if (count > 0) {
        sb.append(String.format(Locale.ROOT, "    %-16s %6d reviews, e.g. %s%n", f.getKey(), count,
            f.getValue().path("example_review_id").asText()));
      }
    });
  }
}
