package dev.sellertrust.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.sellertrust.SparkTestBase;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/**
 * The peer benchmark of a rate in {@code explain}: the other sellers' weighted bad outcomes over their weighted trials,
 * in the group the seller's prior for that rate came from. On a thin export the median peer rate is 0%.
 */
class PooledPeerRatesTest extends SparkTestBase {
  private static final String DDL =
      "seller_id STRING, metric STRING, peer_group STRING, bad_weighted DOUBLE, trials_weighted DOUBLE";

  private static Dataset<Row> evidence() {
    return df(DDL,
        // The explained seller: its low reviews are judged against the wide group "all", its defects against "toys".
        "{\"seller_id\":\"A\",\"metric\":\"negative_review\",\"peer_group\":\"all\",\"bad_weighted\":5,\"trials_weighted\":5}",
        "{\"seller_id\":\"A\",\"metric\":\"order_defect\",\"peer_group\":\"toys\",\"bad_weighted\":3,\"trials_weighted\":10}",
        // Peers: most with a couple of reviews and none low (median 0%), one with many.
        "{\"seller_id\":\"B\",\"metric\":\"negative_review\",\"peer_group\":\"all\",\"bad_weighted\":0,\"trials_weighted\":2}",
        "{\"seller_id\":\"C\",\"metric\":\"negative_review\",\"peer_group\":\"all\",\"bad_weighted\":0,\"trials_weighted\":3}",
        "{\"seller_id\":\"D\",\"metric\":\"negative_review\",\"peer_group\":\"all\",\"bad_weighted\":9,\"trials_weighted\":45}",
        "{\"seller_id\":\"B\",\"metric\":\"order_defect\",\"peer_group\":\"toys\",\"bad_weighted\":1,\"trials_weighted\":20}",
        "{\"seller_id\":\"C\",\"metric\":\"order_defect\",\"peer_group\":\"all\",\"bad_weighted\":9,\"trials_weighted\":10}",
        // A rate the seller has no evidence of: its own peer group's sellers.
        "{\"seller_id\":\"B\",\"metric\":\"unanswered\",\"peer_group\":\"toys\",\"bad_weighted\":1,\"trials_weighted\":4}",
        "{\"seller_id\":\"C\",\"metric\":\"unanswered\",\"peer_group\":\"all\",\"bad_weighted\":4,\"trials_weighted\":4}");
  }

  @Test
  void aRateIsPooledOverTheOtherSellersOfTheGroupItsPriorCameFrom() {
    Map<String, Double> pooled = pooled(evidence(), "A", "toys");
    assertEquals(9.0 / 50, pooled.get("negative_review"), 1e-12, "B, C and D in 'all', not A itself");
    assertEquals(1.0 / 20, pooled.get("order_defect"), 1e-12, "only B shares the group 'toys'");
    assertEquals(1.0 / 4, pooled.get("unanswered"), 1e-12, "no evidence of A: its own group 'toys'");
  }

  @Test
  void aSellerAloneInItsGroupHasNoPooledBenchmark() {
    Map<String, Double> pooled = pooled(evidence(), "D", "shoes");
    assertFalse(pooled.containsKey("order_defect"), "no other seller of 'shoes' has orders: " + pooled);
    assertFalse(pooled.containsKey("unanswered"), "no other seller of 'shoes' has contacts: " + pooled);
    assertEquals(5.0 / 10, pooled.get("negative_review"), 1e-12, "A, B and C in 'all'");
  }

  private static Map<String, Double> pooled(Dataset<Row> evidence, String sellerId, String peerGroup) {
    return SellerExplanation.pooledPeerRates(evidence, SellerExplanation.sellerRows(evidence, sellerId), sellerId,
        peerGroup);
  }
}
