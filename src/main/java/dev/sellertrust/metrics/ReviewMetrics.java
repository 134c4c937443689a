package dev.sellertrust.metrics;

import static org.apache.spark.sql.functions.*;

import dev.sellertrust.io.Col;
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

  /** Decayed count of k-star reviews is column {@code star<k>_w}. */
  public static String starW(int k) {
    return "star" + k + "_w";
  }

  /** Per seller and buyer country (null when the review names no known order). */
  public static final StatFamily FAMILY = family();

  private static StatFamily family() {
    Column rating = col(Col.Reviews.RATING);
    List<Stat> stats = new ArrayList<>();
    stats.add(Stat.plain(RATING_SUM, rating));
    for (int k = 1; k <= 5; k++) {
      stats.add(Stat.decayed(starW(k), rating.equalTo(k)));
    }
    stats.addAll(StatFamily.metric(Metric.NEGATIVE_REVIEW, lit(true), rating.leq(2)));
    return new StatFamily("reviews", List.of(MetricCols.BUYER_COUNTRY), stats);
  }

  public static Map<String, Column> badBuyers() {
    Map<String, Column> m = new LinkedHashMap<>();
    m.put(Metric.NEGATIVE_REVIEW, col(Col.Reviews.RATING).leq(2));
    return m;
  }

  /** Reviews dated by their order when they name one (as Amazon's feedback), else by the review date. */
  public static Dataset<Row> prepare(Dataset<Row> reviews, Dataset<Row> orderKeys, MetricParams p) {
    Column date = coalesce(col(MetricCols.ORDER_DATE), to_date(col(Col.Reviews.REVIEW_TS)));
    return reviews
        .join(orderKeys, col(Col.ORDER_ID).equalTo(col("_o")), "left")
        .filter(Decay.withinLookback(date, p.snapshotDate(), p.config().window().lookbackDays()))
        // A review written after its order settled does not count (Amazon and eBay close feedback after 60-90 days).
        .filter(col(Col.Reviews.REVIEW_TS).lt(p.asOfEnd(date)))
        .select(
            col(Col.SELLER_ID),
            col(Col.ORDER_ID),
            col(Col.Reviews.RATING),
            col(MetricCols.BUYER_KEY),
            col(MetricCols.BUYER_COUNTRY),
            date.as(MetricCols.ATTR_DATE),
            Decay.weight(date, p.snapshotDate(), p.config().window().halfLifeDays()).as(MetricCols.W));
  }

  public static SellerAggregate aggregate(Dataset<Row> sums, Dataset<Row> buyerCounts) {
    List<Column> cols = new ArrayList<>(List.of(
        col(MetricCols.SELLER_ID),
        col(StatFamily.n(Metric.NEGATIVE_REVIEW)).as("n_reviews"),
        col(RATING_SUM).divide(col(StatFamily.n(Metric.NEGATIVE_REVIEW))).as("avg_rating")));
    for (int k = 1; k <= 5; k++) {
      cols.add(col(starW(k)));
    }
    cols.add(Evidence.fromSums(Metric.NEGATIVE_REVIEW));
    Dataset<Row> perSeller = Evidence.withBuyers(Sums.perSeller(sums, FAMILY), buyerCounts,
        List.of(Metric.NEGATIVE_REVIEW)).select(cols.toArray(new Column[0]));
    return SellerAggregate.of(perSeller, Metric.NEGATIVE_REVIEW);
  }
}
