package dev.sellertrust.score;

import static org.apache.spark.sql.functions.*;

import dev.sellertrust.io.Col;
import dev.sellertrust.metrics.DeliveryMetrics;
import dev.sellertrust.metrics.MetricCols;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * A seller's peers: same category and same main buyer market (eBay groups peers by category and destination).
 * Priors fall back to the category, then to all sellers, when a group is too small to estimate.
 */
public final class PeerGroups {
  private PeerGroups() {}

  public static final String CATEGORY = "peer_category";
  public static final String MARKET = "peer_market";

  /**
   * One row per seller: seller_id, peer_category, peer_market (its buyer country with most orders).
   *
   * @param orderSums the orders family's sums (seller, buyer country)
   */
  public static Dataset<Row> assign(Dataset<Row> sellers, Dataset<Row> orderSums) {
    Dataset<Row> mainMarket =
        orderSums.select(col(MetricCols.SELLER_ID), col(MetricCols.BUYER_COUNTRY), col(DeliveryMetrics.N_ALL).as("n"))
            .withColumn("r", row_number().over(Window.partitionBy(MetricCols.SELLER_ID)
                .orderBy(col("n").desc(), col(MetricCols.BUYER_COUNTRY).asc())))
            .filter(col("r").equalTo(1))
            .select(col(MetricCols.SELLER_ID), col(MetricCols.BUYER_COUNTRY).as("_main_market"));
    return sellers.join(mainMarket, new String[] {Col.SELLER_ID}, "left")
        .select(
            col(Col.SELLER_ID),
            coalesce(lower(col(Col.Sellers.CATEGORY)), lit("uncategorised")).as(CATEGORY),
            coalesce(col("_main_market"), col(Col.Sellers.COUNTRY)).as(MARKET));
  }
}
