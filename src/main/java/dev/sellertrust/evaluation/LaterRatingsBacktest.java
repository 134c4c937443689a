package dev.sellertrust.evaluation;

import static org.apache.spark.sql.functions.*;

import dev.sellertrust.config.RunRequest;
import dev.sellertrust.io.Col;
import dev.sellertrust.io.InputContract;
import dev.sellertrust.job.TrustScoreJob;
import dev.sellertrust.metrics.MetricCols;
import dev.sellertrust.metrics.ReviewThemeRates;
import dev.sellertrust.output.Outputs;
import dev.sellertrust.quality.AcceptedInputs;
import dev.sellertrust.score.OutputCols;
import dev.sellertrust.themes.Theme;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * Does the score forecast what buyers say next? Scores sellers on the data as it stood at the end of {@code asOf}
 * and ranks them against the share of 1-2 star reviews each receives in the next {@code horizonDays}: the outcome a
 * platform whose export has reviews but no returns or tickets can check. Next to the score: the plain average rating,
 * the Bayesian (shrunk) rating and the order defect rate, all as of the same day, each component alone, and each
 * complaint theme's share of the seller's reviews with text alone: whether what buyers wrote is worth feeding into the
 * score on this platform's data (docs/METHODOLOGY.md, "On real data").
 *
 * <p>Two populations: sellers with at least {@code minReviews} reviews before and after the as-of day (where the
 * average rating has something to say), and every seller with {@code minReviews} later reviews (where thin sellers
 * show whether shrinkage helps).
 */
public final class LaterRatingsBacktest {
  private LaterRatingsBacktest() {}

  public static final String OUTCOME = "later_low_ratings";
  public static final String BAYES_RATING = "bayes_rating";
  public static final String ORDER_DEFECT_RATE = "order_defect_rate";
  public static final String WITH_HISTORY = "reviews_before_and_after";
  public static final String ALL_LATER = "reviews_after";
  /**
   * Rows named {@code tier:<tier>} hold, in {@code mean_later_low_share}, the mean later share of 1-2 star reviews of
   * the sellers in that tier as of the day: what a tier told a buyer about what came next.
   */
  public static final String TIER_PREFIX = "tier:";

  /** The methods every method is compared with on the same resamples, with the suffix of their columns. */
  static final java.util.Map<String, String> REFERENCES = references();

  private static java.util.Map<String, String> references() {
    java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
    m.put(Backtest.AVG_RATING, "average");
    m.put(BAYES_RATING, "bayes");
    return java.util.Collections.unmodifiableMap(m);
  }

  public static final StructType SCHEMA = StructType.fromDDL(
      "method STRING, population STRING, sellers BIGINT, spearman DOUBLE, spearman_low90 DOUBLE,"
          + " spearman_high90 DOUBLE, worst_tenth_hits BIGINT, worst_tenth_size BIGINT, as_of DATE, horizon_days INT,"
          + " min_reviews INT, methodology_version STRING, mean_later_low_share DOUBLE"
          + REFERENCES.values().stream().map(r -> String.format(
              ", spearman_minus_%1$s DOUBLE, spearman_minus_%1$s_low90 DOUBLE, spearman_minus_%1$s_high90 DOUBLE,"
                  + " worst_tenth_minus_%1$s BIGINT, worst_tenth_minus_%1$s_low90 DOUBLE,"
                  + " worst_tenth_minus_%1$s_high90 DOUBLE", r))
              .collect(java.util.stream.Collectors.joining()));

  /** Each complaint theme's rate column (seller_metrics), a method of its own: a higher share ranks worse. */
  static final List<String> THEME_RATES = java.util.Arrays.stream(Theme.values()).filter(Theme::isComplaint)
      .map(ReviewThemeRates::rate).toList();

  /** The methods, in the order they are evaluated and printed (components, then complaint themes, after the baselines). */
  static final List<String> METHODS = methods();

  private static List<String> methods() {
    List<String> m = new ArrayList<>(List.of(Backtest.TRUST_SCORE, Backtest.AVG_RATING, BAYES_RATING, ORDER_DEFECT_RATE));
    m.addAll(Backtest.COMPONENTS);
    m.addAll(THEME_RATES);
    return List.copyOf(m);
  }

  /** Methods where a higher value forecasts more low ratings: their ranking is reversed. */
  private static boolean lowerIsBetter(String method) {
    return method.equals(ORDER_DEFECT_RATE) || THEME_RATES.contains(method);
  }

  public static Dataset<Row> run(SparkSession spark, AcceptedInputs all, RunRequest req, int horizonDays,
      int minReviews) {
    LocalDate asOf = req.snapshotDate();
    Dataset<Row> reviews = all.accepted(InputContract.REVIEWS);
    if (reviews == null) {
      throw new IllegalArgumentException("the outcome " + OUTCOME + " needs a reviews dataset, and the input has none");
    }
    AcceptedInputs past = AsOfView.of(all, asOf);
    Outputs out = TrustScoreJob.compute(past, req);
    List<Column> predictions = new ArrayList<>(List.of(col(MetricCols.SELLER_ID), col(Backtest.TRUST_SCORE),
        col(OutputCols.TIER)));
    Backtest.COMPONENTS.forEach(c -> predictions.add(col(c)));
    Dataset<Row> scores = out.scores().select(predictions.toArray(new Column[0]));
    List<Column> metricColumns = new ArrayList<>(List.of(col(MetricCols.SELLER_ID), col("avg_rating"), col(BAYES_RATING),
        col(ORDER_DEFECT_RATE)));
    THEME_RATES.forEach(t -> metricColumns.add(col(t)));
    Dataset<Row> metrics = out.metrics().select(metricColumns.toArray(new Column[0]));
    Timestamp start = Timestamp.from(asOf.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    Timestamp end = Timestamp.from(asOf.plusDays(horizonDays + 1L).atStartOfDay(ZoneOffset.UTC).toInstant());
    Column ts = col(Col.Reviews.REVIEW_TS);
    Dataset<Row> later = reviews.filter(ts.geq(lit(start)).and(ts.lt(lit(end))))
        .groupBy(Col.SELLER_ID)
        .agg(count(lit(1)).as("later_reviews"),
            avg(when(col(Col.Reviews.RATING).leq(2), 1.0).otherwise(0.0)).as("later_low_share"));
    Dataset<Row> before = reviews.filter(ts.lt(lit(start))).groupBy(Col.SELLER_ID)
        .agg(count(lit(1)).as("reviews_before"));
    List<String> columns = new ArrayList<>(List.of(MetricCols.SELLER_ID, "reviews_before", "later_low_share",
        OutputCols.TIER));
    columns.addAll(List.of(Backtest.TRUST_SCORE, "avg_rating", BAYES_RATING, ORDER_DEFECT_RATE));
    columns.addAll(Backtest.COMPONENTS);
    columns.addAll(THEME_RATES);
    List<Row> rows = later.filter(col("later_reviews").geq(minReviews))
        .join(scores, MetricCols.SELLER_ID)
        .join(metrics, MetricCols.SELLER_ID)
        .join(before, new String[] {MetricCols.SELLER_ID}, "left")
        .withColumn("reviews_before", coalesce(col("reviews_before"), lit(0L)))
        .select(columns.stream().map(c -> col(c)).toArray(Column[]::new))
        .orderBy(MetricCols.SELLER_ID)
        .collectAsList();
    List<Forecast> forecasts = new ArrayList<>();
    List<String> tiers = new ArrayList<>();
    for (Row r : rows) {
      Double[] p = new Double[METHODS.size()];
      for (int k = 0; k < p.length; k++) {
        Object v = r.get(4 + k);
        double x = v == null ? Double.NaN : ((Number) v).doubleValue();
        // Higher is better for every method: a defect rate or a complaint share ranks the other way round.
        p[k] = Double.isNaN(x) ? null : lowerIsBetter(METHODS.get(k)) ? -x : x;
      }
      forecasts.add(new Forecast(r.getString(0), r.getLong(1), r.getDouble(2), p));
      tiers.add(r.getString(3));
    }
    List<Row> table = new ArrayList<>();
    // The tiers as of the day, against what their sellers' buyers said afterwards: a tier has to mean something.
    java.util.Map<String, double[]> byTier = new java.util.TreeMap<>();
    for (int i = 0; i < forecasts.size(); i++) {
      double[] t = byTier.computeIfAbsent(tiers.get(i), k -> new double[2]);
      t[0]++;
      t[1] += forecasts.get(i).laterLowShare();
    }
    int comparisons = 6 * REFERENCES.size();
    for (java.util.Map.Entry<String, double[]> e : byTier.entrySet()) {
      List<Object> row = new ArrayList<>(java.util.Arrays.asList(TIER_PREFIX + e.getKey(), ALL_LATER,
          (long) e.getValue()[0], null, null, null, null, null, java.sql.Date.valueOf(asOf), horizonDays, minReviews,
          req.methodologyVersion(), e.getValue()[1] / e.getValue()[0]));
      row.addAll(java.util.Collections.nCopies(comparisons, null));
      table.add(org.apache.spark.sql.RowFactory.create(row.toArray()));
    }
    for (ForecastEvaluation.Result e : ForecastEvaluation.evaluate(forecasts, METHODS, minReviews,
        List.copyOf(REFERENCES.keySet()))) {
      List<Object> row = new ArrayList<>(java.util.Arrays.asList(e.method(), e.population(), (long) e.sellers(),
          e.spearman(), e.low90(), e.high90(), (long) e.worstTenthHits(), (long) e.worstTenthSize(),
          java.sql.Date.valueOf(asOf), horizonDays, minReviews, req.methodologyVersion(), null));
      for (ForecastEvaluation.Versus v : e.versus()) {
        row.addAll(java.util.Arrays.asList(orNull(v.spearman()), orNull(v.spearmanLow90()), orNull(v.spearmanHigh90()),
            v.caught(), orNull(v.caughtLow90()), orNull(v.caughtHigh90())));
      }
      table.add(org.apache.spark.sql.RowFactory.create(row.toArray()));
    }
    return spark.createDataFrame(table, SCHEMA);
  }

  /**
   * One seller: its reviews before the as-of day, its later share of 1-2 star reviews, and each method's prediction
   * (higher = better; null where the method has nothing for the seller).
   */
  public record Forecast(String sellerId, long reviewsBefore, double laterLowShare, Double[] predictions) {}

  /** The printed table, one line per method and population. */
  public static String summary(List<Row> rows) {
    StringBuilder sb = new StringBuilder();
    if (rows.isEmpty()) {
      return "no seller had enough later reviews to evaluate" + System.lineSeparator();
    }
    Row first = rows.get(0);
    sb.append(String.format(java.util.Locale.ROOT,
        "Backtest as of %s, outcome: share of 1-2 star reviews over the next %d days (sellers with %d+ later reviews)%n",
        first.getAs("as_of"), first.<Integer>getAs("horizon_days"), first.<Integer>getAs("min_reviews")));
    String population = null;
    StringBuilder tiers = new StringBuilder();
    for (Row r : rows) {
      if (r.getString(0).startsWith(TIER_PREFIX)) {
        tiers.append(String.format(java.util.Locale.ROOT, "  %-22s %5d sellers, later share of 1-2 star reviews %.1f%%%n",
            r.getString(0).substring(TIER_PREFIX.length()), r.<Long>getAs("sellers"),
            100 * r.<Double>getAs("mean_later_low_share")));
        continue;
      }
      String pop = r.getAs("population");
      if (!pop.equals(population)) {
        population = pop;
        sb.append(String.format(java.util.Locale.ROOT, "%n%s (%d sellers)%n", WITH_HISTORY.equals(pop)
            ? "sellers with " + first.<Integer>getAs("min_reviews") + "+ reviews before as well"
            : "all sellers with enough later reviews", r.<Long>getAs("sellers")));
        sb.append(String.format(java.util.Locale.ROOT, "%-36s %9s %18s %22s   %-40s %s%n", "method", "spearman",
            "90% bootstrap", "worst tenth caught", "minus average_rating: spearman, caught",
            "minus bayes_rating: spearman"));
      }
      sb.append(String.format(java.util.Locale.ROOT, "%-36s %9.3f   [%6.3f, %6.3f] %14d of %-5d   %-40s %s%n",
          r.getString(0), r.<Double>getAs("spearman"), r.<Double>getAs("spearman_low90"),
          r.<Double>getAs("spearman_high90"), r.<Long>getAs("worst_tenth_hits"), r.<Long>getAs("worst_tenth_size"),
          versus(r, "average", true), versus(r, "bayes", false)));
    }
    if (tiers.length() > 0) {
      sb.append(String.format("%nTiers as of that day (all sellers with enough later reviews):%n")).append(tiers);
    }
    sb.append("worst tenth caught: of the sellers with the highest later share of 1-2 star reviews (the top tenth,")
        .append(" ties included), how many the method puts in its own bottom tenth").append(System.lineSeparator());
    sb.append("minus average_rating (bayes_rating): the method's Spearman and worst tenth caught minus the average")
        .append(" (Bayesian) rating's, with the 90% interval of the difference over the same resampled sellers")
        .append(System.lineSeparator());
    return sb.toString();
  }

  private static Double orNull(double x) {
    return Double.isNaN(x) ? null : x;
  }

  private static String versus(Row r, String reference, boolean withCaught) {
    Double minus = r.getAs("spearman_minus_" + reference);
    if (minus == null) {
      return "";
    }
    String spearman = String.format(java.util.Locale.ROOT, "%+.3f [%+.3f, %+.3f]", minus,
        r.<Double>getAs("spearman_minus_" + reference + "_low90"),
        r.<Double>getAs("spearman_minus_" + reference + "_high90"));
    if (!withCaught) {
      return spearman;
    }
    return spearman + String.format(java.util.Locale.ROOT, ", %+d [%+d, %+d]",
        r.<Long>getAs("worst_tenth_minus_" + reference),
        Math.round(r.<Double>getAs("worst_tenth_minus_" + reference + "_low90")),
        Math.round(r.<Double>getAs("worst_tenth_minus_" + reference + "_high90")));
  }
}
