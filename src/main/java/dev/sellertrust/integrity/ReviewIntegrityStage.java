package dev.sellertrust.integrity;

import dev.sellertrust.config.RunRequest;
import dev.sellertrust.io.Col;
import dev.sellertrust.spark.Checkpoints;
import java.util.ArrayList;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The review-integrity step of a computation: flags the reviews the run reads (their weights then enter the rating)
 * and sums them per seller. Off ({@code integrity.enabled} false) or without reviews, the reviews pass unchanged.
 */
public final class ReviewIntegrityStage {
  private ReviewIntegrityStage() {}

  /**
   * @param reviews the reviews with their signals and weights
   * @param orders the orders less those set aside as carriers of suspicious reviews (counted in the table)
   * @param table review_integrity, or null
   */
  public record Result(Dataset<Row> reviews, Dataset<Row> orders, Dataset<Row> table) {}

  public static Result run(Dataset<Row> reviews, Dataset<Row> orders, RunRequest req) {
    if (reviews == null || orders == null || !req.config().integrity().enabled()) {
      return new Result(reviews, orders, null);
    }
    Dataset<Row> flagged = Checkpoints.onDisk(ReviewIntegrity.flag(reviews, orders, req.config().integrity()));
    Dataset<Row> kept = orders.join(SellerIntegrity.ordersSetAside(flagged), new String[] {Col.ORDER_ID}, "left_anti");
    return new Result(flagged, kept,
        SellerIntegrity.summarise(flagged, req.config().integrity(), req.methodologyVersion()));
  }

  public static Dataset<Row> orEmpty(Dataset<Row> table) {
    return table != null ? table : SparkSession.active().createDataFrame(new ArrayList<Row>(), SellerIntegrity.SCHEMA);
  }
}
