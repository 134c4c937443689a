package dev.sellertrust.score;

import static dev.sellertrust.metrics.ReviewMetrics.excusedStarW;
import static dev.sellertrust.metrics.ReviewMetrics.starW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellertrust.SparkTestBase;
import dev.sellertrust.config.JobConfig;
import dev.sellertrust.spark.Materialise;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/**
 * The stratified rating: excused reviews weigh fully but are read against the peers' excused reviews, i.e. shifted by
 * the peer group's gap between other and excused reviews.
 */
class RatingPosteriorsTest extends SparkTestBase {
  private static final double K = 10.0;
  /** A fixed prior strength, so the expected ratings follow from the counts alone. */
  private static final JobConfig.Priors PRIORS = new JobConfig.Priors(K, 2.0, 200.0, 20, JobConfig.Priors.DECAYED);

  /**
   * Four peers whose on-time reviews are 4 and 5 stars and whose excused reviews are 2 stars; "excused_ones" and
   * "own_ones" have the same stars (three 1-star, seven 5-star), the first on excused orders, the second not.
   * Counts are {star1..star5, excused star1..star5}.
   */
  private static final Map<String, double[]> SELLERS = Map.of(
      "peer1", new double[] {0, 4, 0, 6, 6, 0, 4, 0, 0, 0},
      "peer2", new double[] {0, 4, 0, 6, 6, 0, 4, 0, 0, 0},
      "peer3", new double[] {0, 4, 0, 6, 6, 0, 4, 0, 0, 0},
      "peer4", new double[] {0, 4, 0, 6, 6, 0, 4, 0, 0, 0},
      "excused_ones", new double[] {3, 0, 0, 0, 7, 3, 0, 0, 0, 0},
      "own_ones", new double[] {3, 0, 0, 0, 7, 0, 0, 0, 0, 0});

  private static Dataset<Row> peers() {
    List<String> lines = new ArrayList<>();
    for (String s : SELLERS.keySet()) {
      lines.add(String.format("{\"seller_id\":\"%s\",\"%s\":\"toys\",\"%s\":\"DE\"}", s, PeerGroups.CATEGORY,
          PeerGroups.MARKET));
    }
    return df("seller_id string, " + PeerGroups.CATEGORY + " string, " + PeerGroups.MARKET + " string",
        lines.toArray(new String[0]));
  }

  /** @param stratified whether the excused star counts are given (the "weight" mode has none) */
  private static Dataset<Row> stars(boolean stratified) {
    StringBuilder ddl = new StringBuilder("seller_id string");
    for (int k = 1; k <= 5; k++) {
      ddl.append(", ").append(starW(k)).append(" double");
    }
    for (int k = 1; k <= 5 && stratified; k++) {
      ddl.append(", ").append(excusedStarW(k)).append(" double");
    }
    List<String> lines = new ArrayList<>();
    for (Map.Entry<String, double[]> e : SELLERS.entrySet()) {
      StringBuilder json = new StringBuilder("{\"seller_id\":\"" + e.getKey() + "\"");
      for (int k = 1; k <= 5; k++) {
        json.append(",\"").append(starW(k)).append("\":").append(e.getValue()[k - 1]);
      }
      for (int k = 1; k <= 5 && stratified; k++) {
        json.append(",\"").append(excusedStarW(k)).append("\":").append(e.getValue()[k + 4]);
      }
      lines.add(json.append("}").toString());
    }
    return df(ddl.toString(), lines.toArray(new String[0]));
  }

  private static Map<String, Row> ratings(boolean stratified) {
    Map<String, Row> m = new HashMap<>();
    for (Row r : RatingPosteriors.compute(stars(stratified), peers(), PRIORS, Materialise.NONE).collectAsList()) {
      m.put(r.getAs("seller_id"), r);
    }
    return m;
  }

  private static double rating(Map<String, Row> m, String seller) {
    return m.get(seller).getAs(RatingPosteriors.POST_RATING);
  }

  /** Pooled over the (single) peer group: {n, star sum} of the other reviews and of the excused ones. */
  private static double[] pooled() {
    double[] p = new double[4];
    for (double[] c : SELLERS.values()) {
      for (int k = 1; k <= 5; k++) {
        double excused = c[k + 4];
        p[0] += c[k - 1] - excused;
        p[1] += (c[k - 1] - excused) * k;
        p[2] += excused;
        p[3] += excused * k;
      }
    }
    return p;
  }

  @Test
  void excusedReviewsAreShiftedByThePeerGroupsGapBetweenOtherAndExcusedReviews() {
    Map<String, Row> r = ratings(true);
    double[] p = pooled();
    double otherMean = p[1] / p[0];
    double gap = otherMean - p[3] / p[2];
    assertTrue(gap > 1, "the peers' excused reviews rate lower, by " + gap);
    // The prior is the peers' mean of other reviews: the scale excused reviews are read on.
    assertEquals(otherMean, r.get("own_ones").<Double>getAs(RatingPosteriors.PEER_RATING), 1e-9);
    double plain = (K * otherMean + 3 * 1 + 7 * 5) / (K + 10);
    assertEquals(plain, rating(r, "own_ones"), 1e-9, "no excused review, nothing shifted");
    assertEquals(plain + 3 * gap / (K + 10), rating(r, "excused_ones"), 1e-9,
        "the three excused 1-star reviews count as 1 + gap stars each");
    assertTrue(rating(r, "excused_ones") > rating(r, "own_ones"),
        "same stars, but the low ones came on orders whose trouble was not the seller's");
    // The interval rests on the unshifted counts: the two sellers are equally sure.
    assertEquals(r.get("own_ones").<Double>getAs(RatingPosteriors.POST_RATING_VAR),
        r.get("excused_ones").<Double>getAs(RatingPosteriors.POST_RATING_VAR), 1e-12);
    assertEquals(10.0, r.get("excused_ones").<Double>getAs("rating_evidence"), 1e-12, "excused reviews weigh fully");
  }

  @Test
  void withoutExcusedSumsTheRatingIsThePlainBayesianAverage() {
    Map<String, Row> r = ratings(false);
    double n = 0;
    double sum = 0;
    for (double[] c : SELLERS.values()) {
      for (int k = 1; k <= 5; k++) {
        n += c[k - 1];
        sum += c[k - 1] * k;
      }
    }
    double expected = (K * sum / n + 3 * 1 + 7 * 5) / (K + 10);
    assertEquals(expected, rating(r, "own_ones"), 1e-9);
    assertEquals(expected, rating(r, "excused_ones"), 1e-9, "nothing tells the two sellers apart");
  }
}
