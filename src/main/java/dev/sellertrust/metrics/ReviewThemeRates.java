package dev.sellertrust.metrics;

import static org.apache.spark.sql.functions.*;

import dev.sellertrust.config.JobConfig;
import dev.sellertrust.themes.ReviewThemeColumns;
import dev.sellertrust.themes.Theme;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Per seller, the share of reviews with text that report each theme, against the seller's peer group. The sums are
 * review-family stats, so they decay and merge across daily runs like every other rate; a rate is the decayed count
 * of reviews with the theme over the decayed count of reviews with text. The raw counts are published beside them.
 * They describe; the score reads delivery complaints as evidence through the review family's own binomial metric
 * (metrics/ReviewMetrics, {@code delivery_complaint}), which has a posterior and a corridor expectation.
 */
public final class ReviewThemeRates {
  private ReviewThemeRates() {}

  /** Reviews with any text (title or body): the denominator, raw and decayed. */
  public static final String WITH_TEXT = "reviews_with_text";
  public static final String WITH_TEXT_W = "reviews_with_text_w";
  public static final String PEER_GROUP = "peer_group";

  /** Raw number of the seller's reviews in the window that report {@code t}. */
  public static String count(Theme t) {
    return "theme_" + t.id() + "_reviews";
  }

  /** Decayed number of reviews reporting {@code t}. */
  public static String weighted(Theme t) {
    return "theme_" + t.id() + "_w";
  }

  /** Decayed share of the seller's reviews with text that report {@code t}; null without such reviews. */
  public static String rate(Theme t) {
    return "theme_" + t.id() + "_rate";
  }

  /** The same share over the seller's peer group (all its sellers' reviews pooled). */
  public static String peerRate(Theme t) {
    return "theme_" + t.id() + "_peer_rate";
  }

  /** The review-family sums behind the rates (review facts carry {@link ReviewThemeColumns#withFlags}). */
  public static List<Stat> stats() {
    List<Stat> s = new ArrayList<>();
    s.add(Stat.count(WITH_TEXT, col(ReviewThemeColumns.HAS_TEXT)));
    s.add(Stat.decayed(WITH_TEXT_W, col(ReviewThemeColumns.HAS_TEXT)));
    for (Theme t : Theme.values()) {
      s.add(Stat.count(count(t), col(ReviewThemeColumns.flag(t))));
      s.add(Stat.decayed(weighted(t), col(ReviewThemeColumns.flag(t))));
    }
    return s;
  }

  /** The sums as they appear per seller in the review aggregate. */
  public static List<Column> sumColumns() {
    List<Column> c = new ArrayList<>();
    c.add(col(WITH_TEXT));
    c.add(col(WITH_TEXT_W));
    for (Theme t : Theme.values()) {
      c.add(col(count(t)));
      c.add(col(weighted(t)));
    }
    return c;
  }

  /** The columns this adds to seller_metrics, in order. */
  public static List<String> metricColumns() {
    List<String> c = new ArrayList<>(List.of(WITH_TEXT, WITH_TEXT_W));
    for (Theme t : Theme.values()) {
      c.add(count(t));
      c.add(rate(t));
      c.add(peerRate(t));
    }
    return c;
  }

  /** {@link #metricColumns} as DDL for the published schema. */
  public static String metricColumnsDdl() {
    StringBuilder sb = new StringBuilder();
    for (String c : metricColumns()) {
      boolean count = c.equals(WITH_TEXT) || c.endsWith("_reviews");
      sb.append(sb.length() == 0 ? " " : ", ").append(c).append(count ? " BIGINT" : " DOUBLE");
    }
    return sb.toString();
  }

  /**
   * Rates per seller and peer group.
   *
   * @param reviewSummary the review aggregate's summary (seller_id and the {@link #sumColumns})
   * @param peers seller_id, peer_group
   * @return seller_id and {@link #metricColumns}
   */
  public static Dataset<Row> compute(Dataset<Row> reviewSummary, Dataset<Row> peers) {
    Dataset<Row> joined = reviewSummary.join(peers.select(MetricCols.SELLER_ID, PEER_GROUP),
        new String[] {MetricCols.SELLER_ID}, "inner");
    List<Column> sums = new ArrayList<>();
    sums.add(sum(col(WITH_TEXT_W)).as("_peer_text_w"));
    for (Theme t : Theme.values()) {
      sums.add(sum(col(weighted(t))).as("_peer_" + t.id()));
    }
    Dataset<Row> peerSums = joined.groupBy(PEER_GROUP)
        .agg(sums.get(0), sums.subList(1, sums.size()).toArray(new Column[0]));
    List<Column> out = new ArrayList<>();
    out.add(col(MetricCols.SELLER_ID));
    out.add(col(WITH_TEXT));
    out.add(col(WITH_TEXT_W));
    for (Theme t : Theme.values()) {
      out.add(col(count(t)));
      out.add(share(col(weighted(t)), col(WITH_TEXT_W)).as(rate(t)));
      out.add(share(col("_peer_" + t.id()), col("_peer_text_w")).as(peerRate(t)));
    }
    return joined.join(peerSums, PEER_GROUP).select(out.toArray(new Column[0]));
  }

  private static Column share(Column part, Column whole) {
    return when(whole.gt(0), part.divide(whole));
  }

  /** The fields of one telling theme in {@link #tellingThemes} (and, without the phrase and excess, in the export). */
  public static final String THEME = "theme";
  public static final String RATE = "rate";
  public static final String PEER_RATE = "peer_rate";
  public static final String REVIEWS = "reviews";
  private static final String PHRASE = "phrase";
  private static final String EXCESS = "excess";

  /**
   * Per seller, the complaint themes its buyers report clearly more often than its peers': at least
   * {@code minReviews} reviews with text, a rate at least {@code minRatio} times the peers' and {@code minExcess}
   * above it; the largest excesses first (ties by theme name). One bar for the reasons and the export, so both name
   * the same themes. Reads the {@link #metricColumns}; empty for a seller without them.
   *
   * @return array of struct(theme, rate, peer_rate, reviews (reporting the theme), reviews_with_text, phrase, excess)
   */
  public static Column tellingThemes(JobConfig.Themes cfg) {
    List<Column> candidates = new ArrayList<>();
    for (Theme t : Theme.values()) {
      if (!t.isComplaint()) {
        continue;
      }
      Column r = col(rate(t));
      Column peer = coalesce(col(peerRate(t)), lit(0.0));
      Column telling = col(WITH_TEXT).geq(cfg.minReviews()).and(r.geq(peer.multiply(cfg.minRatio())))
          .and(r.minus(peer).geq(cfg.minExcess()));
      candidates.add(when(telling, struct(lit(t.id()).as(THEME), r.as(RATE), peer.as(PEER_RATE),
          col(count(t)).as(REVIEWS), col(WITH_TEXT).as(WITH_TEXT), lit(t.phrase()).as(PHRASE),
          r.minus(peer).as(EXCESS))));
    }
    Column found = filter(array(candidates.toArray(new Column[0])), c -> c.isNotNull());
    return array_sort(found, (a, b) -> when(a.getField(EXCESS).gt(b.getField(EXCESS)), lit(-1))
        .when(a.getField(EXCESS).lt(b.getField(EXCESS)), lit(1))
        .when(a.getField(THEME).lt(b.getField(THEME)), lit(-1))
        .when(a.getField(THEME).gt(b.getField(THEME)), lit(1))
        .otherwise(lit(0)));
  }

  /**
   * Appends to each seller's reasons its {@link #tellingThemes}, at most {@code maxReasons}. Reads like
   * "buyers report items not received: 9% of reviews vs 2% for peers (44 reviews)".
   *
   * @param scores seller_scores rows with their {@code reasons} array
   * @param rates {@link #compute}'s output
   */
  public static Dataset<Row> withReasons(Dataset<Row> scores, Dataset<Row> rates, JobConfig.Themes cfg) {
    Column ordered = transform(slice(tellingThemes(cfg), 1, cfg.maxReasons()),
        c -> format_string("%s: %s%% of reviews vs %s%% for peers (%d reviews)", c.getField(PHRASE),
            format_number(c.getField(RATE).multiply(100), 0), format_number(c.getField(PEER_RATE).multiply(100), 0),
            c.getField(WITH_TEXT)));
    Dataset<Row> themeReasons = rates.select(col(MetricCols.SELLER_ID), ordered.as("_theme_reasons"));
    String reasons = "reasons";
    return scores.join(themeReasons, new String[] {MetricCols.SELLER_ID}, "left")
        .withColumn(reasons, concat(coalesce(col(reasons), array().cast("array<string>")),
            coalesce(col("_theme_reasons"), array().cast("array<string>"))))
        .drop("_theme_reasons");
  }
}
