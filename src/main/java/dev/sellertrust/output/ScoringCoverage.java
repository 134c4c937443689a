package dev.sellertrust.output;

import static org.apache.spark.sql.functions.*;

import dev.sellertrust.config.JobConfig;
import dev.sellertrust.io.InputContract;
import dev.sellertrust.metrics.Metric;
import dev.sellertrust.quality.DatasetCounts;
import dev.sellertrust.report.TableFigures;
import dev.sellertrust.score.OutputCols;
import dev.sellertrust.score.ReviewsPerOrder;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What the scores of a run rest on, for the manifest: per component whether its dataset was provided, how many sellers
 * have evidence of their own in it (the others are scored at their peers' prior and the component does not count in
 * their evidence share), and the prior strengths fitted from the data, so a reader sees how much a seller's own
 * reviews or orders weigh against its peers.
 */
public final class ScoringCoverage {
  private ScoringCoverage() {}

  /** Component name in the manifest -> its column in seller_scores and the dataset it needs (null: orders). */
  private static final Map<String, String[]> COMPONENTS = components();

  private static Map<String, String[]> components() {
    Map<String, String[]> m = new LinkedHashMap<>();
    m.put("reviews", new String[] {OutputCols.REVIEW_COMPONENT, InputContract.REVIEWS.name()});
    m.put("returns", new String[] {OutputCols.RETURNS_COMPONENT, InputContract.RETURNS.name()});
    m.put("service", new String[] {OutputCols.SERVICE_COMPONENT, InputContract.SERVICE_TICKETS.name()});
    m.put("delivery", new String[] {OutputCols.DELIVERY_COMPONENT, InputContract.ORDERS.name()});
    m.put("policy", new String[] {OutputCols.POLICY_COMPONENT, InputContract.RETURN_POLICIES.name()});
    return m;
  }

  /**
   * @param scores seller_scores' {@link TableFigures}
   * @param evidenceFigures seller_evidence's {@link TableFigures}, counted as it was written
   * @param evidence the staged seller_evidence, read only when its figures do not cover every metric
   * @param metrics seller_metrics' {@link TableFigures}
   */
  public static Map<String, Object> measure(Map<String, Object> scores, Map<String, Object> evidenceFigures,
      Supplier<Dataset<Row>> evidence, Map<String, Object> metrics, Map<String, DatasetCounts> counts,
      JobConfig.ZeroPoints zeroPoints) {
    long sellers = TableFigures.asLong(scores.get(TableFigures.ROWS));
    Map<String, Double> strengths = new TreeMap<>();
    Map<String, Long> trials = new TreeMap<>();
    if (evidenceFigures != null && TableFigures.evidenceComplete(evidenceFigures)) {
      for (String m : Metric.ALL) {
        if (TableFigures.asLong(evidenceFigures.get(TableFigures.evidenceRows(m))) > 0) {
          Object strength = evidenceFigures.get(TableFigures.evidenceStrength(m));
          strengths.put(m, strength == null ? null : ((Number) strength).doubleValue());
          trials.put(m, TableFigures.asLong(evidenceFigures.get(TableFigures.evidenceTrials(m))));
        }
      }
    } else {
      for (Row r : evidence.get().groupBy("metric").agg(max("prior_strength"), sum("trials")).collectAsList()) {
        strengths.put(r.getString(0), r.isNullAt(1) ? null : r.getDouble(1));
        trials.put(r.getString(0), r.isNullAt(2) ? 0L : r.getLong(2));
      }
    }
    if (metrics.get(TableFigures.RATING_PRIOR_STRENGTH) instanceof Double rating) {
      strengths.put("rating", rating);
    }
    Map<String, Object> components = new LinkedHashMap<>();
    for (Map.Entry<String, String[]> e : COMPONENTS.entrySet()) {
      DatasetCounts dc = counts.get(e.getValue()[1]);
      boolean provided = dc != null && dc.present();
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("provided", provided);
      long observed = TableFigures.withComponent(scores, e.getValue()[0]);
      c.put("sellers_with_evidence", observed);
      c.put("seller_coverage", sellers == 0 ? 0.0 : round((double) observed / sellers));
      if (e.getKey().equals("delivery")) {
        long orders = TableFigures.asLong(scores.get(TableFigures.ORDERS));
        long delivered = trials.getOrDefault(Metric.LATE_DELIVERY, 0L);
        c.put("orders_with_delivery_times", delivered);
        c.put("order_coverage", orders == 0 ? 0.0 : round((double) delivered / orders));
      }
      components.put(e.getKey(), c);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("components", components);
    out.put("prior_strengths", strengths);
    out.put("order_defect_zero_point", orderDefectZeroPoint(trials, zeroPoints));
    return out;
  }

  /**
   * The zero point the order defect rate was read against: the fixed one, or, read in reviews, the platform's reviews
   * per order (counted over the lookback, as the score computes it) times the negative-review zero point.
   */
  private static Map<String, Object> orderDefectZeroPoint(Map<String, Long> trials, JobConfig.ZeroPoints z) {
    Map<String, Object> out = new LinkedHashMap<>();
    if (z.orderDefectRate() != null) {
      out.put("read_in_reviews", false);
      out.put("zero_point", z.orderDefectRate());
      return out;
    }
    long reviews = trials.getOrDefault(Metric.NEGATIVE_REVIEW, 0L);
    long orders = trials.getOrDefault(Metric.ORDER_DEFECT, 0L);
    double perOrder = ReviewsPerOrder.of(reviews, orders);
    out.put("read_in_reviews", true);
    out.put("reviews", reviews);
    out.put("orders", orders);
    out.put("reviews_per_order", round(perOrder));
    out.put("zero_point", round(perOrder * z.negativeReviewRate()));
    return out;
  }

  private static double round(double x) {
    return Math.round(x * 10000) / 10000.0;
  }
}
