package dev.sellertrust.integrity;

import static dev.sellertrust.integrity.IntegrityCols.*;
import static org.apache.spark.sql.functions.*;

import dev.sellertrust.config.JobConfig;
import dev.sellertrust.io.Col;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

/** The {@code review_integrity} table: per seller with reviews, what was checked, what looked bought or hostile. */
public final class SellerIntegrity {
  private SellerIntegrity() {}

  public static final StructType SCHEMA = schema();

  private static StructType schema() {
    StringBuilder ddl = new StringBuilder("seller_id STRING, reviews_checked BIGINT, suspicious_reviews BIGINT,"
        + " suspicious_review_share DOUBLE, review_integrity_flag BOOLEAN, weighted_reviews DOUBLE,"
        + " coordinated_reviews BIGINT, orders_set_aside BIGINT");
    for (String s : SIGNALS) {
      ddl.append(", ").append(signalCount(s)).append(" BIGINT, ").append(example(s)).append(" STRING");
    }
    for (int star : new int[] {5, 1}) {
      ddl.append(", ").append(starReviews(star)).append(" BIGINT, ").append(starBurstReviews(star)).append(" BIGINT, ")
          .append(starBurstDays(star)).append(" INT, ").append(starBurstNoOrder(star)).append(" BIGINT");
    }
    ddl.append(", methodology_version STRING");
    return StructType.fromDDL(ddl.toString());
  }

  /**
   * A suspicious review's own order: placed to carry the review (fake orders), it is left out of the order metrics
   * too, or a bought campaign would still pay through on-time deliveries and a lower return rate.
   */
  public static Column setAside() {
    return col(SUSPICIOUS).and(not(col(NO_ORDER)));
  }

  /** The orders {@link #setAside} of {@link ReviewIntegrity#flag}ged reviews: one column, order_id. */
  public static Dataset<Row> ordersSetAside(Dataset<Row> flagged) {
    return flagged.filter(setAside()).select(col(Col.ORDER_ID)).distinct();
  }

  /** @param flagged {@link ReviewIntegrity#flag}ged reviews */
  public static Dataset<Row> summarise(Dataset<Row> flagged, JobConfig.Integrity g, String methodologyVersion) {
    List<Column> aggs = new ArrayList<>();
    aggs.add(count(lit(1)).as(REVIEWS_CHECKED));
    aggs.add(count(when(col(SUSPICIOUS), lit(1))).as(SUSPICIOUS_REVIEWS));
    aggs.add(sum(col(ReviewIntegrity.WEIGHT)).as(WEIGHTED_REVIEWS));
    aggs.add(count(when(col(BURST).or(col(RING)).or(col(COPIED_TEXT)), lit(1))).as(COORDINATED_REVIEWS));
    aggs.add(size(collect_set(when(setAside(), col(Col.ORDER_ID)))).cast("long").as(ORDERS_SET_ASIDE));
    for (String s : SIGNALS) {
      aggs.add(count(when(col(s), lit(1))).as(signalCount(s)));
      aggs.add(min(when(col(s), col(Col.Reviews.REVIEW_ID))).as(example(s)));
    }
    for (int star : new int[] {5, 1}) {
      Column isStar = col(Col.Reviews.RATING).equalTo(star);
      Column inBurst = isStar.and(col(BURST));
      aggs.add(count(when(isStar, lit(1))).as(starReviews(star)));
      aggs.add(count(when(inBurst, lit(1))).as(starBurstReviews(star)));
      aggs.add(size(collect_set(when(inBurst, to_date(col(Col.Reviews.REVIEW_TS))))).as(starBurstDays(star)));
      aggs.add(count(when(inBurst.and(col(NO_ORDER)), lit(1))).as(starBurstNoOrder(star)));
    }
    Dataset<Row> per = flagged.groupBy(col(Col.SELLER_ID))
        .agg(aggs.get(0), aggs.subList(1, aggs.size()).toArray(new Column[0]));
    Column share = col(SUSPICIOUS_REVIEWS).divide(col(REVIEWS_CHECKED));
    return per.withColumn(SUSPICIOUS_SHARE, round(share, 4))
        .withColumn(FLAG, lit(g.enabled()).and(col(SUSPICIOUS_REVIEWS).geq(g.flagMinReviews()))
            .and(share.geq(g.flagMinShare()).or(col(COORDINATED_REVIEWS).geq(g.flagMinReviews())
                .and(share.geq(g.flagMinCoordinatedShare())))))
        .withColumn("methodology_version", lit(methodologyVersion))
        .to(SCHEMA);
  }

  /**
   * The reason a flagged seller gets, in the words of the pattern that dominates: a five-star or one-star burst
   * ("34 of 60 five-star reviews in 3 days, 28 without an order"), else the suspicious count and its signals.
   */
  public static Column reason() {
    Column burst5 = col(starBurstReviews(5)).gt(0);
    Column burst1 = col(starBurstReviews(1)).gt(0);
    List<Column> parts = new ArrayList<>();
    for (String s : SIGNALS) {
      parts.add(when(col(signalCount(s)).gt(0), format_string(s.replace('_', ' ') + " %d", col(signalCount(s)))));
    }
    Column signals = concat_ws(", ", parts.toArray(new Column[0]));
    return when(not(col(FLAG)), lit(null).cast("string"))
        .when(burst5, burstText(5))
        .when(burst1, burstText(1))
        .otherwise(format_string("unusual review pattern: %d of %d reviews suspicious (%s)", col(SUSPICIOUS_REVIEWS),
            col(REVIEWS_CHECKED), signals));
  }

  private static Column burstText(int star) {
    String name = star == 5 ? "five-star" : "one-star";
    Column days = col(starBurstDays(star));
    return format_string("unusual review pattern: %d of %d " + name + " reviews in %d %s, %d without an order",
        col(starBurstReviews(star)), col(starReviews(star)), days, when(days.equalTo(1), lit("day")).otherwise(lit("days")),
        col(starBurstNoOrder(star)));
  }
}
