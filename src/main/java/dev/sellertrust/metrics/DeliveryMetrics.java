package dev.sellertrust.metrics;

import static org.apache.spark.sql.functions.*;

import dev.sellertrust.io.Col;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Orders per seller and buyer country: volume, late delivery and order defects all come from one pass over the
 * order facts. Late delivery is attributed by corridor: for each seller, the lateness its corridors (seller country
 * -> buyer country) show for OTHER sellers is its expected lateness; the score holds only part of that against the
 * seller. Leaving the seller out keeps a dominant seller from excusing itself with its own delays.
 */
public final class DeliveryMetrics {
  private DeliveryMetrics() {}

  /** Orders of any status, for the seller's main market. */
  public static final String N_ALL = "n_all";
  /** Orders that count (not cancelled), raw and decayed: the trials of the order defect rate. */
  public static final String ORDERS = StatFamily.n(Metric.ORDER_DEFECT);
  public static final String ORDERS_W = StatFamily.trials(Metric.ORDER_DEFECT);
  /** Orders whose delivery promise is due, and the late ones among them (decayed). */
  public static final String ELIG_W = StatFamily.trials(Metric.LATE_DELIVERY);
  public static final String LATE_W = StatFamily.bad(Metric.LATE_DELIVERY);

  /** Over {@link OrderDefects#flagged} order facts. */
  public static final StatFamily FAMILY = family();

  private static StatFamily family() {
    Column counts = col(OrderFacts.COUNTS);
    List<Stat> stats = new java.util.ArrayList<>(List.of(Stat.count(N_ALL, lit(true))));
    stats.addAll(StatFamily.metric(Metric.LATE_DELIVERY, col(OrderFacts.ELIGIBLE), col(OrderFacts.LATE)));
    stats.addAll(StatFamily.metric(Metric.ORDER_DEFECT, counts, col(OrderDefects.DEFECT)));
    return new StatFamily("orders", List.of(MetricCols.BUYER_COUNTRY), stats);
  }

  /** Bad outcomes whose distinct buyers the floors count. */
  public static java.util.Map<String, Column> badBuyers() {
    java.util.Map<String, Column> m = new java.util.LinkedHashMap<>();
    m.put(Metric.LATE_DELIVERY, col(OrderFacts.ELIGIBLE).and(col(OrderFacts.LATE)));
    m.put(Metric.ORDER_DEFECT, col(OrderFacts.COUNTS).and(col(OrderDefects.DEFECT)));
    return m;
  }

  /**
   * @param sums the family's sums (seller, buyer country)
   * @param sellers accepted sellers: their country makes the corridor
   */
  public static SellerAggregate aggregate(Dataset<Row> sums, Dataset<Row> sellers, Dataset<Row> buyerCounts) {
    Dataset<Row> perCorridor = withSellerCountry(sums, sellers);
    Dataset<Row> expected = CorridorExpectation.fromOtherSellers(perCorridor, LATE_W, ELIG_W, "expected_late_w");
    Dataset<Row> perSeller = Evidence.withBuyers(
        Sums.perSeller(perCorridor.drop(MetricCols.SELLER_COUNTRY), FAMILY), buyerCounts, List.of(Metric.LATE_DELIVERY))
        .join(expected, MetricCols.SELLER_ID)
        .select(
            col(MetricCols.SELLER_ID),
            col(ORDERS).as("n_orders"),
            col(ORDERS_W).as("orders_w"),
            Evidence.fromSums(Metric.LATE_DELIVERY, col("expected_late_w")));
    return SellerAggregate.of(perSeller, Metric.LATE_DELIVERY);
  }

  /** Per-seller sums with the seller's country; sellers no longer accepted drop out, as their orders would. */
  static Dataset<Row> withSellerCountry(Dataset<Row> sums, Dataset<Row> sellers) {
    return sums.join(sellers.select(col(Col.SELLER_ID), col(Col.Sellers.COUNTRY).as(MetricCols.SELLER_COUNTRY)),
        MetricCols.SELLER_ID);
  }
}
