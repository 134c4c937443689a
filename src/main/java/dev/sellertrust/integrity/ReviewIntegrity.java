package dev.sellertrust.integrity;

import static org.apache.spark.sql.functions.*;

import dev.sellertrust.config.JobConfig;
import dev.sellertrust.io.Col;
import dev.sellertrust.quality.RowRules;
import dev.sellertrust.themes.ReviewThemeColumns;
import dev.sellertrust.themes.Theme;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * Per-review integrity signals (docs/METHODOLOGY.md, "Review integrity"): each review keeps all its columns and gains
 * one boolean per signal, their count, its weight in the rating ({@link #WEIGHT}) and whether
 * it counts as suspicious. Nothing is dropped: a suspicious review still counts in the published averages and in
 * {@code review_integrity}; it only weighs less in the rating behind the score.
 *
 * <p>Every signal is a few aggregations per seller-day, buyer, seller set or text and one join back on a small
 * table (or a window over one seller's buyer), so the cost grows with the reviews, never with their pairs.
 */
public final class ReviewIntegrity {
  /**
   * A review's weight in the rating: 1, or less for a suspicious review ({@code metrics/ReviewMetrics} multiplies it
   * into the review's attribution weight).
   */
  public static final String WEIGHT = "integrity_weight";

  private ReviewIntegrity() {}

  /**
   * Praise whose title or text says the parcel never came, as the review-theme extractor reads it (six languages,
   * negation and missing accents handled: "chegou antes do prazo" is praise, "não chegou" is not). Only praising
   * reviews with some text are read.
   */
  private static Column contradiction(Dataset<Row> reviews, Column praise) {
    Column saysNotReceived = array_contains(ReviewThemeColumns.hits(reviews).getField(ReviewThemeColumns.THEME),
        Theme.NOT_RECEIVED.id());
    return coalesce(when(praise.and(ReviewThemeColumns.hasText(reviews)), saysNotReceived), lit(false));
  }

  private static final String BUYER = "_ri_buyer";
  private static final String DAY = "_ri_day";
  private static final String PRAISE = "_ri_praise";
  private static final String TEXT_HASH = "_ri_text";

  /**
   * @param reviews accepted reviews (review_id, seller_id, order_id, rating, review_ts, text)
   * @param orders accepted orders (order_id, seller_id, buyer_key, delivered_ts, status)
   */
  public static Dataset<Row> flag(Dataset<Row> reviews, Dataset<Row> orders, JobConfig.Integrity g) {
    List<String> original = List.of(reviews.columns());
    Dataset<Row> o = orders.select(col(Col.ORDER_ID).as("_ri_o"), col(Col.SELLER_ID).as("_ri_seller"),
        col(RowRules.BUYER_KEY).as("_ri_key"), col(Col.Orders.DELIVERED_TS).as("_ri_delivered"),
        col(Col.Orders.STATUS).as("_ri_status"));
    Column matched = col("_ri_o").isNotNull().and(col("_ri_seller").equalTo(col(Col.SELLER_ID)));
    Column praise = coalesce(col(Col.Reviews.RATING).geq(g.positiveMinRating()), lit(false));
    Column ts = col(Col.Reviews.REVIEW_TS);
    Dataset<Row> r = reviews.join(o, col(Col.ORDER_ID).equalTo(col("_ri_o")), "left")
        .withColumn(BUYER, when(matched, col("_ri_key")))
        .withColumn(DAY, to_date(ts))
        .withColumn(PRAISE, praise)
        .withColumn(IntegrityCols.NO_ORDER, not(coalesce(matched, lit(false))))
        // A buyer still waiting may complain, but cannot yet praise what has not come. An order delivered without a
        // delivery time (some sources keep only the status) cannot be judged, so it is no signal.
        .withColumn(IntegrityCols.BEFORE_DELIVERY, coalesce(matched.and(praise)
            .and(when(col("_ri_delivered").isNotNull(), ts.lt(col("_ri_delivered")))
                .otherwise(not(col("_ri_status").equalTo("delivered")))), lit(false)))
        .withColumn(IntegrityCols.CONTRADICTION, contradiction(reviews, praise));
    r = withRepeat(r, g);
    r = withBurst(r, orders, g);
    r = withRing(r, g);
    r = withCopiedText(r, g);

    Column signals = lit(0);
    for (String s : IntegrityCols.SIGNALS) {
      signals = signals.plus(when(col(s), lit(1)).otherwise(lit(0)));
    }
    Column pattern = col(IntegrityCols.BURST).or(col(IntegrityCols.REPEAT)).or(col(IntegrityCols.RING))
        .or(col(IntegrityCols.COPIED_TEXT));
    List<Column> out = new ArrayList<>();
    original.forEach(c -> out.add(col(c)));
    for (String s : IntegrityCols.SIGNALS) {
      out.add(col(s));
    }
    out.add(col(IntegrityCols.SIGNAL_COUNT));
    // One lone anomaly (an unlinked review, a slip of the rating) is common in honest data; a pattern, or two
    // anomalies at once, is what the seller-level share counts.
    Column suspicious = pattern.or(col(IntegrityCols.SIGNAL_COUNT).geq(2));
    Column perSignal = pow(lit(g.signalWeight()), col(IntegrityCols.SIGNAL_COUNT));
    out.add(when(suspicious, least(perSignal, lit(g.suspiciousWeight()))).otherwise(perSignal)
        .as(WEIGHT));
    out.add(suspicious.as(IntegrityCols.SUSPICIOUS));
    return r.withColumn(IntegrityCols.SIGNAL_COUNT, signals).select(out.toArray(new Column[0]));
  }

  /**
   * The same buyer reviewing the same seller at least repeatMinReviews times within one block of repeatWindowDays
   * days, or more reviews than orders in such a block (an order reviewed twice).
   */
  private static Dataset<Row> withRepeat(Dataset<Row> r, JobConfig.Integrity g) {
    Column block = floor(datediff(col(DAY), lit("1970-01-01")).divide(g.repeatWindowDays()));
    // Per (seller, buyer, block) on the few columns it needs; the repeating blocks are few, so they are broadcast
    // back instead of sorting every review by buyer.
    Dataset<Row> repeats = r.filter(col(BUYER).isNotNull())
        .groupBy(col(Col.SELLER_ID).as("_p_seller"), col(BUYER).as("_p_buyer"), block.as("_p_block"))
        .agg(count(lit(1)).as("_p_n"), size(collect_set(col(Col.ORDER_ID))).as("_p_orders"))
        .filter(col("_p_n").geq(g.repeatMinReviews()).or(col("_p_n").gt(col("_p_orders"))))
        .select(col("_p_seller"), col("_p_buyer"), col("_p_block"));
    Column on = col("_p_seller").equalTo(col(Col.SELLER_ID)).and(col("_p_buyer").equalTo(col(BUYER)))
        .and(col("_p_block").equalTo(block));
    return r.join(broadcast(repeats), on, "left")
        .withColumn(IntegrityCols.REPEAT, col("_p_seller").isNotNull())
        .drop("_p_seller", "_p_buyer", "_p_block");
  }

  /**
   * A seller-day's five-star (or one-star) reviews form a burst when there are at least burstMinReviews of them, at
   * least burstSigmas Poisson standard deviations above the seller's own daily mean of that star (over the days from
   * its first review, at least 30), and more than burstReviewsPerDelivery per order delivered to it in the
   * burstDeliveryDays up to that day: honest reviews follow deliveries, bought ones do not.
   */
  private static Dataset<Row> withBurst(Dataset<Row> r, Dataset<Row> orders, JobConfig.Integrity g) {
    Dataset<Row> daily = r.filter(col(Col.Reviews.RATING).isin(1, 5))
        .groupBy(col(Col.SELLER_ID), col(DAY), col(Col.Reviews.RATING)).agg(count(lit(1)).as("_n"));
    WindowSpec seller = Window.partitionBy(col(Col.SELLER_ID));
    WindowSpec star = Window.partitionBy(col(Col.SELLER_ID), col(Col.Reviews.RATING));
    Column span = greatest(lit(30), datediff(max(col(DAY)).over(seller), min(col(DAY)).over(seller)).plus(1));
    Column mean = sum(col("_n")).over(star).divide(span);
    Dataset<Row> candidates = daily
        .withColumn("_mean", mean)
        .filter(col("_n").geq(g.burstMinReviews())
            .and(col("_n").geq(col("_mean").plus(sqrt(col("_mean")).multiply(g.burstSigmas())))));
    Dataset<Row> delivered = orders.filter(col(Col.Orders.DELIVERED_TS).isNotNull())
        .groupBy(col(Col.SELLER_ID).as("_d_seller"), to_date(col(Col.Orders.DELIVERED_TS)).as("_d_day"))
        .agg(count(lit(1)).as("_d_n"));
    Column inWindow = col("_d_seller").equalTo(col(Col.SELLER_ID)).and(col("_d_day").leq(col(DAY)))
        .and(col("_d_day").gt(date_sub(col(DAY), g.burstDeliveryDays())));
    Dataset<Row> bursts = candidates.join(delivered, inWindow, "left")
        .groupBy(col(Col.SELLER_ID), col(DAY), col(Col.Reviews.RATING), col("_n"))
        .agg(coalesce(sum(col("_d_n")), lit(0L)).as("_deliveries"))
        .filter(col("_n").gt(col("_deliveries").multiply(g.burstReviewsPerDelivery())))
        .select(col(Col.SELLER_ID).as("_b_seller"), col(DAY).as("_b_day"), col(Col.Reviews.RATING).as("_b_rating"));
    Column on = col("_b_seller").equalTo(col(Col.SELLER_ID)).and(col("_b_day").equalTo(col(DAY)))
        .and(col("_b_rating").equalTo(col(Col.Reviews.RATING)));
    return r.join(broadcast(bursts), on, "left")
        .withColumn(IntegrityCols.BURST, col("_b_seller").isNotNull())
        .drop("_b_seller", "_b_day", "_b_rating");
  }

  /**
   * A ring: at least ringMinBuyers buyers whose praised sellers are exactly the same set of at least ringMinSellers
   * sellers. Exact sets keep this one aggregation per buyer and one per set (pairs of buyers would grow with the
   * square of a seller's buyers); a member who also praises an unrelated seller leaves the set.
   */
  private static Dataset<Row> withRing(Dataset<Row> r, JobConfig.Integrity g) {
    Dataset<Row> sets = r.filter(col(BUYER).isNotNull().and(col(PRAISE)))
        .groupBy(col(BUYER).as("_g_buyer")).agg(sort_array(collect_set(col(Col.SELLER_ID))).as("_g_set"))
        .filter(size(col("_g_set")).geq(g.ringMinSellers()));
    Dataset<Row> rings = sets.groupBy(col("_g_set")).agg(count(lit(1)).as("_g_buyers"))
        .filter(col("_g_buyers").geq(g.ringMinBuyers()));
    Dataset<Row> members = sets.join(rings, "_g_set").select(col("_g_buyer"));
    // Ring members and copied (text, seller) pairs are few: broadcast, so the reviews are not shuffled for them.
    return r.join(broadcast(members), col("_g_buyer").equalTo(col(BUYER)), "left")
        .withColumn(IntegrityCols.RING, col("_g_buyer").isNotNull().and(col(PRAISE)))
        .drop("_g_buyer");
  }

  /**
   * The same text, lower-cased with every run of non-letters and non-digits made one space, of at least
   * copiedMinChars characters, written for one seller by at least copiedMinReviews different buyers (reviews without a
   * buyer count one each), and found on at most copiedMaxSellers sellers. A text on more sellers is a stock phrase many
   * buyers write alike; one spread thinly over a few sellers is a common phrase, not a campaign's pool.
   */
  private static Dataset<Row> withCopiedText(Dataset<Row> r, JobConfig.Integrity g) {
    Column norm = trim(regexp_replace(lower(col(Col.Reviews.TEXT)), "[^\\p{L}\\p{N}]+", " "));
    Dataset<Row> h = r.withColumn(TEXT_HASH, when(length(norm).geq(g.copiedMinChars()), xxhash64(norm)));
    Dataset<Row> copied = h.filter(col(TEXT_HASH).isNotNull())
        .groupBy(col(TEXT_HASH).as("_c_text"), col(Col.SELLER_ID).as("_c_seller"))
        .agg(countDistinct(coalesce(col(BUYER), col(Col.Reviews.REVIEW_ID))).as("_c_writers"))
        .withColumn("_c_sellers", count(lit(1)).over(Window.partitionBy(col("_c_text"))))
        .filter(col("_c_writers").geq(g.copiedMinReviews()).and(col("_c_sellers").leq(g.copiedMaxSellers())))
        .select(col("_c_text"), col("_c_seller"));
    return h.join(broadcast(copied),
            col("_c_text").equalTo(col(TEXT_HASH)).and(col("_c_seller").equalTo(col(Col.SELLER_ID))),
            "left")
        .withColumn(IntegrityCols.COPIED_TEXT, col("_c_text").isNotNull())
        .drop("_c_text", "_c_seller", TEXT_HASH);
  }
}
