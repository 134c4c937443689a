package dev.sellertrust.metrics;

import static org.apache.spark.sql.functions.*;

import dev.sellertrust.integrity.ReviewIntegrity;
import dev.sellertrust.io.Col;
import dev.sellertrust.themes.ReviewThemeColumns;
import dev.sellertrust.themes.Theme;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Ratings: decayed counts per star (for the Dirichlet posterior), plain average, negative-review evidence. */
public final class ReviewMetrics {
  private ReviewMetrics() {}

  static final String RATING_SUM = "rating_sum";
  /**
   * The reviews as they weigh in the rating, undecayed: the sum of their attribution (and integrity) weights. With
   * {@code priors.evidence} "counted" it is the rating's evidence total, so a review weighed down stays weighed down
   * and bought reviews cannot dilute a seller's real ones.
   */
  public static final String WEIGHED_REVIEWS = "weighed_reviews";
  /**
   * A review's weight in the seller's rating evidence (its star counts): {@code reviews.excusedOrderWeight} when its
   * order's trouble was not the seller's doing ({@link #excusedOrders}), else 1. The plain average rating and the
   * negative-review rate stay unweighted: they are published descriptive figures.
   */
  public static final String ATTRIBUTION = "attribution_weight";
  /**
   * True for a review of an excused order when {@code reviews.excusedMode} is "stratified": it weighs fully, and its
   * stars are also summed apart ({@link #excusedStarW}) so that scoring can read them against peers' excused reviews.
   * Decided from the order's own facts, as {@link #ATTRIBUTION}, so the separate sums stay mergeable.
   */
  public static final String STRATUM = "excused_stratum";
  /**
   * A review's integrity weight ({@link ReviewIntegrity#WEIGHT}), multiplied into {@link #ATTRIBUTION} when the reviews
   * carry it: suspicious reviews weigh less in the rating, and still count everywhere else.
   */
  public static final String INTEGRITY_WEIGHT = ReviewIntegrity.WEIGHT;
  /** Return reasons outside the seller's control: carrier damage, carrier delay, buyer's remorse. */
  public static final java.util.List<String> EXCUSED_RETURN_REASONS = java.util.stream.Stream.concat(
      ReturnMetrics.LOGISTICS.stream(), java.util.stream.Stream.of(ReturnMetrics.CHANGED_MIND)).toList();
  private static final String EXCUSED = "_excused";

  /** Decayed count of k-star reviews is column {@code star<k>_w}. */
  public static String starW(int k) {
    return "star" + k + "_w";
  }

  /**
   * Decayed count of k-star reviews in the excused stratum ({@link #STRATUM}); a subset of {@link #starW}. Zero for
   * every seller unless the stratified mode is on, which is how scoring knows whether to shift them.
   */
  public static String excusedStarW(int k) {
    return "excused_star" + k + "_w";
  }

  /** The review reports a late or missing parcel (review themes). */
  private static Column deliveryComplaint() {
    return col(ReviewThemeColumns.flag(Theme.LATE_DELIVERY)).or(col(ReviewThemeColumns.flag(Theme.NOT_RECEIVED)));
  }

  /** Per seller and buyer country (null when the review names no known order). */
  public static final StatFamily FAMILY = family();

  private static StatFamily family() {
    Column rating = col(Col.Reviews.RATING);
    List<Stat> stats = new ArrayList<>();
    stats.add(Stat.plain(RATING_SUM, rating));
    stats.add(Stat.plain(WEIGHED_REVIEWS, col(ATTRIBUTION)));
    for (int k = 1; k <= 5; k++) {
      stats.add(Stat.decayedValue(starW(k), when(rating.equalTo(k), col(ATTRIBUTION))));
    }
    for (int k = 1; k <= 5; k++) {
      stats.add(Stat.decayed(excusedStarW(k), rating.equalTo(k).and(col(STRATUM))));
    }
    stats.addAll(StatFamily.metric(Metric.NEGATIVE_REVIEW, lit(true), rating.leq(2)));
    stats.addAll(ReviewThemeRates.stats());
    stats.addAll(StatFamily.metric(Metric.DELIVERY_COMPLAINT, col(ReviewThemeColumns.HAS_TEXT), deliveryComplaint()));
    return new StatFamily("reviews", List.of(MetricCols.BUYER_COUNTRY), stats);
  }

  /**
   * The floor of the low-rating penalty counts the buyers of 1-2 star reviews that weigh fully: a buyer whose parcel
   * came late is not one more buyer the seller failed (as only seller-caused returns count for the returns floor).
   * In the stratified mode excused reviews weigh fully in the rating but, for the same reason, not in the floor.
   */
  public static Map<String, Column> badBuyers() {
    Map<String, Column> m = new LinkedHashMap<>();
    m.put(Metric.NEGATIVE_REVIEW,
        col(Col.Reviews.RATING).leq(2).and(col(ATTRIBUTION).geq(1.0)).and(not(col(STRATUM))));
    m.put(Metric.DELIVERY_COMPLAINT, deliveryComplaint());
    return m;
  }

  /**
   * Orders whose trouble was not the seller's doing, judged from the order's own facts as of its settle day
   * ({@link MetricParams#asOfEnd}, which {@link OrderFacts#prepare} and {@link ReturnMetrics#prepare} already apply):
   * delivered after the promised date, undelivered or overdue, not delivered at all by then (cancelled orders
   * excepted), or returned as damaged in transit, late delivery or changed mind. Never from peers' or global figures,
   * which change daily: a settled review's weight must stay constant for daily runs to merge its sums.
   *
   * @param returnFacts {@link ReturnMetrics#prepare}d returns, or null when absent
   * @return one row per excused order: {@code _x} (the order id)
   */
  public static Dataset<Row> excusedOrders(Dataset<Row> orderFacts, Dataset<Row> returnFacts) {
    Column undelivered = col(OrderFacts.UNDELIVERED);
    Dataset<Row> ids = orderFacts.filter(col(OrderFacts.LATE).or(undelivered)).select(col(Col.ORDER_ID).as("_x"));
    if (returnFacts != null) {
      ids = ids.union(returnFacts.filter(col(Col.Returns.REASON).isin(EXCUSED_RETURN_REASONS.toArray()))
          .select(col(Col.ORDER_ID).as("_x")));
    }
    return ids.distinct();
  }

  /**
   * Reviews dated by their order when they name one (as Amazon's feedback), else by the review date, each with its
   * {@link #ATTRIBUTION} weight.
   *
   * @param excused {@link #excusedOrders}, or null to weigh every review fully
   */
  public static Dataset<Row> prepare(Dataset<Row> reviews, Dataset<Row> orderKeys, Dataset<Row> excused, MetricParams p) {
    Column date = attributionDate();
    Dataset<Row> joined = reviews.join(orderKeys, col(Col.ORDER_ID).equalTo(col("_o")), "left");
    joined = excused == null ? joined.withColumn(EXCUSED, lit(false))
        : joined.join(excused, col(Col.ORDER_ID).equalTo(col("_x")), "left").withColumn(EXCUSED, col("_x").isNotNull());
    boolean stratified = p.config().reviews().stratified();
    Column attribution = stratified ? lit(1.0)
        : when(col(EXCUSED), lit(p.config().reviews().excusedOrderWeight())).otherwise(lit(1.0));
    Column stratum = stratified ? col(EXCUSED) : lit(false);
    if (List.of(reviews.columns()).contains(INTEGRITY_WEIGHT)) {
      attribution = attribution.multiply(coalesce(col(INTEGRITY_WEIGHT), lit(1.0)));
    }
    Dataset<Row> counted = joined.filter(notCountedReason(p).isNull());
    List<Column> themeCols = new ArrayList<>();
    themeCols.add(col(ReviewThemeColumns.HAS_TEXT));
    for (Theme t : Theme.values()) {
      themeCols.add(col(ReviewThemeColumns.flag(t)));
    }
    return ReviewThemeColumns.withFlags(counted)
        .select(withAll(List.of(
            col(Col.SELLER_ID),
            col(Col.ORDER_ID),
            col(Col.Reviews.RATING),
            col(MetricCols.BUYER_KEY),
            col(MetricCols.BUYER_COUNTRY),
            date.as(MetricCols.ATTR_DATE),
            Decay.weight(date, p.snapshotDate(), p.config().window().halfLifeDays()).as(MetricCols.W),
            attribution.as(ATTRIBUTION),
            stratum.as(STRATUM)), themeCols).toArray(new Column[0]));
  }

  private static List<Column> withAll(List<Column> a, List<Column> b) {
    List<Column> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  /** Reviews are dated by their order when they name one (as Amazon's feedback), else by the review date. */
  private static Column attributionDate() {
    return coalesce(col(MetricCols.ORDER_DATE), to_date(col(Col.Reviews.REVIEW_TS)));
  }

  public static final String REASON_OUTSIDE_LOOKBACK = "outside_lookback";
  public static final String REASON_AFTER_SETTLE = "review_created_after_order_settled";

  /**
   * Why an accepted review does not count, or null when it counts: its order (or the review itself) lies before the
   * lookback, or it was written after its order settled (Amazon and eBay close feedback after 60-90 days; here
   * {@code window.settleDays}, so that a settled order's evidence never changes again).
   */
  static Column notCountedReason(MetricParams p) {
    Column date = attributionDate();
    return when(not(Decay.withinLookback(date, p.snapshotDate(), p.config().window().lookbackDays())),
            lit(REASON_OUTSIDE_LOOKBACK))
        .when(col(Col.Reviews.REVIEW_TS).geq(p.asOfEnd(date)), lit(REASON_AFTER_SETTLE));
  }

  /**
   * The accepted reviews that are read but not counted, by reason: one row per reason with {@code reason} and
   * {@code rows}, so the manifest reconciles reviews read = counted + quarantined + not counted.
   */
  public static Dataset<Row> notCounted(Dataset<Row> reviews, Dataset<Row> orderKeys, MetricParams p) {
    return reviews.join(orderKeys, col(Col.ORDER_ID).equalTo(col("_o")), "left")
        .select(notCountedReason(p).as("reason"))
        .filter(col("reason").isNotNull())
        .groupBy("reason")
        .agg(count(lit(1)).as("rows"));
  }

  /**
   * @param sellers accepted sellers: their country makes the corridor against which delivery complaints are read
   */
  public static SellerAggregate aggregate(Dataset<Row> sums, Dataset<Row> sellers, Dataset<Row> buyerCounts) {
    List<Column> cols = new ArrayList<>(List.of(
        col(MetricCols.SELLER_ID),
        col(StatFamily.n(Metric.NEGATIVE_REVIEW)).as("n_reviews"),
        col(RATING_SUM).divide(col(StatFamily.n(Metric.NEGATIVE_REVIEW))).as("avg_rating")));
    for (int k = 1; k <= 5; k++) {
      cols.add(col(starW(k)));
    }
    for (int k = 1; k <= 5; k++) {
      cols.add(col(excusedStarW(k)));
    }
    cols.add(col(WEIGHED_REVIEWS));
    cols.addAll(ReviewThemeRates.sumColumns());
    cols.add(Evidence.fromSums(Metric.NEGATIVE_REVIEW));
    cols.add(Evidence.fromSums(Metric.DELIVERY_COMPLAINT, coalesce(col(EXPECTED_COMPLAINTS), lit(0.0))));
    Dataset<Row> perSeller = Evidence.withBuyers(Sums.perSeller(sums, FAMILY), buyerCounts,
            List.of(Metric.NEGATIVE_REVIEW, Metric.DELIVERY_COMPLAINT))
        .join(expectedComplaints(sums, sellers), new String[] {MetricCols.SELLER_ID}, "left")
        .select(cols.toArray(new Column[0]));
    return SellerAggregate.of(perSeller, Metric.NEGATIVE_REVIEW, Metric.DELIVERY_COMPLAINT);
  }

  private static final String EXPECTED_COMPLAINTS = "expected_delivery_complaints_w";

  /**
   * The delivery complaints the seller's corridors predict ({@link CorridorExpectation}), from its reviews with text
   * on each lane. As for late deliveries (DeliveryMetrics), part of that is the carrier's, not the seller's.
   */
  static Dataset<Row> expectedComplaints(Dataset<Row> sums, Dataset<Row> sellers) {
    return CorridorExpectation.fromOtherSellers(DeliveryMetrics.withSellerCountry(sums, sellers),
        StatFamily.bad(Metric.DELIVERY_COMPLAINT), StatFamily.trials(Metric.DELIVERY_COMPLAINT), EXPECTED_COMPLAINTS);
  }
}
