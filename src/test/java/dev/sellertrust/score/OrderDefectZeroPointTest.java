package dev.sellertrust.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.sellertrust.SparkTestBase;
import dev.sellertrust.config.ConfigLoader;
import dev.sellertrust.config.JobConfig;
import dev.sellertrust.metrics.Metric;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The order defect rate is read in reviews: a seller whose buyers report the same share of failed orders gets the
 * same sub-score on a platform where one order in ten is reviewed as on one where one in two is.
 */
class OrderDefectZeroPointTest extends SparkTestBase {
  @TempDir Path tmp;

  /** Every posterior column the sub-scores read, for every metric; only reviews and order defects are filled. */
  private static String ddl() {
    StringBuilder sb = new StringBuilder("seller_id string");
    for (String m : SellerScoring.BINOMIAL_METRICS) {
      for (String c : List.of("_mean", "_var", "_peer", "_trials", "_expected")) {
        sb.append(", ").append(m).append(c).append(" double");
      }
      sb.append(", ").append(m).append("_n long");
    }
    return sb.append(", clarity_score double").toString();
  }

  /**
   * Two sellers of 100 orders each on a platform with {@code reviewsPerOrder}; seller "bad" has defects on
   * {@code badShare} of its reviewed orders, "good" on a fifth of that.
   */
  private static Dataset<Row> platform(double reviewsPerOrder, double badShare) {
    List<String> lines = new ArrayList<>();
    for (String[] s : new String[][] {{"bad", "1.0"}, {"good", "0.2"}}) {
      double rate = reviewsPerOrder * badShare * Double.parseDouble(s[1]);
      lines.add(String.format(Locale.ROOT,
          "{\"seller_id\":\"%s\",\"%s_n\":%d,\"%s_n\":100,\"%s_trials\":100.0,\"%s_mean\":%s,"
              + "\"%s_var\":%s,\"%s_peer\":%s}",
          s[0], Metric.NEGATIVE_REVIEW, Math.round(100 * reviewsPerOrder), Metric.ORDER_DEFECT, Metric.ORDER_DEFECT,
          Metric.ORDER_DEFECT, rate, Metric.ORDER_DEFECT, rate * (1 - rate) / 300, Metric.ORDER_DEFECT, rate));
    }
    return df(ddl(), lines.toArray(new String[0]));
  }

  private static Map<String, double[]> subScores(Dataset<Row> d, JobConfig cfg) {
    Map<String, double[]> out = new HashMap<>();
    for (Row r : new Components(cfg, null).withSubScores(d).collectAsList()) {
      out.put(r.getString(r.fieldIndex("seller_id")), new double[] {
          r.getDouble(r.fieldIndex("sub_" + Metric.ORDER_DEFECT)),
          r.getDouble(r.fieldIndex("sub_" + Metric.ORDER_DEFECT + "_var")),
          List.of(r.schema().fieldNames()).contains(Components.REVIEWS_PER_ORDER)
              ? r.getDouble(r.fieldIndex(Components.REVIEWS_PER_ORDER)) : Double.NaN});
    }
    return out;
  }

  private static JobConfig readInReviews() {
    JobConfig cfg = ConfigLoader.defaults();
    assertNull(cfg.zeroPoints().orderDefectRate(), "the default reads the order defect rate in reviews");
    return cfg;
  }

  private JobConfig fixedAt20Percent() throws java.io.IOException {
    Path file = tmp.resolve("fixed.json");
    Files.writeString(file, "{\"zeroPoints\":{\"orderDefectRate\":0.2}}");
    return ConfigLoader.load(file);
  }

  @Test
  void theSameShareOfFailedOrdersScoresAlikeWhateverTheReviewRate() throws java.io.IOException {
    JobConfig cfg = readInReviews();
    Map<String, double[]> few = subScores(platform(0.1, 0.3), cfg);
    Map<String, double[]> many = subScores(platform(0.5, 0.3), cfg);
    assertEquals(0.1, few.get("bad")[2], 1e-9, "reviews per order on the first platform");
    assertEquals(0.5, many.get("bad")[2], 1e-9, "reviews per order on the second platform");
    // 30% of the reviewed orders failed against a zero point of every review: 70 on both platforms.
    assertEquals(70.0, few.get("bad")[0], 1e-6);
    assertEquals(70.0, many.get("bad")[0], 1e-6);
    assertEquals(94.0, few.get("good")[0], 1e-6);
    assertEquals(94.0, many.get("good")[0], 1e-6);
    // The variance is read on the same scale: (100 / zero point)^2 times the rate's.
    double rate = 0.1 * 0.3;
    assertEquals(Math.pow(100 / 0.1, 2) * rate * (1 - rate) / 300, few.get("bad")[1], 1e-6);
  }

  @Test
  void aFixedZeroPointReadsTheSameSellerDifferentlyOnEachPlatform() throws java.io.IOException {
    JobConfig cfg = fixedAt20Percent();
    assertEquals(100 * (1 - 0.03 / 0.2), subScores(platform(0.1, 0.3), cfg).get("bad")[0], 1e-6);
    assertEquals(100 * (1 - 0.15 / 0.2), subScores(platform(0.5, 0.3), cfg).get("bad")[0], 1e-6);
  }

  @Test
  void aPlatformWithoutReviewsReadsOneReviewPerHundredOrders() throws java.io.IOException {
    Dataset<Row> none = platform(0.0, 0.3);
    assertEquals(ReviewsPerOrder.MIN, subScores(none, readInReviews()).get("bad")[2], 1e-12);
  }
}
