package dev.sellertrust.metrics;

import static org.apache.spark.sql.functions.*;

import dev.sellertrust.io.Col;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Ratings: decayed counts per star (for the Dirichlet posterior), plain average, negative-review evidence. */
public final class ReviewMetrics {
  private ReviewMetrics() {}

  /** Decayed count of k-star reviews is column {@code star<k>_w}. */
  public static String starW(int k) {
    return "star" + k + "_w";
  }

  /** Reviews dated by their order when they name one (as Amazon's feedback), else by the review date. */
  public static Dataset<Row> prepare(Dataset<Row> reviews, Dataset<Row> orderFacts, MetricParams p) {
    Dataset<Row> orderKeys =
        orderFacts.select(col(MetricCols.ORDER_ID).as("_o"), col(MetricCols.ORDER_DATE), col(MetricCols.BUYER_KEY),
            col(MetricCols.BUYER_COUNTRY));
    Column date = coalesce(col(MetricCols.ORDER_DATE), to_date(col(Col.Reviews.REVIEW_TS)));
    return reviews
        .join(orderKeys, col(Col.ORDER_ID).equalTo(col("_o")), "left")
        .filter(Decay.withinLookback(date, p.snapshotDate(), p.config().window().lookbackDays()))
        .select(
            col(Col.SELLER_ID),
            col(Col.ORDER_ID),
            col(Col.Reviews.RATING),
            col(MetricCols.BUYER_KEY),
            col(MetricCols.BUYER_COUNTRY),
            Decay.weight(date, p.snapshotDate(), p.config().window().halfLifeDays()).as(MetricCols.W));
  }

  public static SellerAggregate aggregate(Dataset<Row> reviewFacts) {
    Column rating = col(Col.Reviews.RATING);
    Column w = col(MetricCols.W);
    Dataset<Row> perSeller =
        reviewFacts.groupBy(col(Col.SELLER_ID))
            .agg(
                count(lit(1)).as("n_reviews"),
                avg(rating.cast("double")).as("avg_rating"),
                sum(when(rating.equalTo(1), w).otherwise(0.0)).as(starW(1)),
                sum(when(rating.equalTo(2), w).otherwise(0.0)).as(starW(2)),
                sum(when(rating.equalTo(3), w).otherwise(0.0)).as(starW(3)),
                sum(when(rating.equalTo(4), w).otherwise(0.0)).as(starW(4)),
                sum(when(rating.equalTo(5), w).otherwise(0.0)).as(starW(5)),
                Evidence.metric(Metric.NEGATIVE_REVIEW, lit(true), rating.leq(2)));
    return SellerAggregate.of(perSeller, Metric.NEGATIVE_REVIEW);
  }
}
