package dev.sellertrust.score;

import static org.apache.spark.sql.functions.udf;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;

/**
 * Credible interval of a 0-100 score from its posterior mean and variance: a Beta distribution on [0, 1] with the
 * same two moments (which keeps the interval inside 0-100 and skewed near the ends, unlike a normal one).
 * Runs on the per-seller table only, so a UDF is cheap here.
 */
public final class ScoreInterval {
  private ScoreInterval() {}

  static final UserDefinedFunction QUANTILE =
      udf((UDF3<Double, Double, Double, Double>) ScoreInterval::quantile, DataTypes.DoubleType)
          .withName("score_quantile");

  public static Column quantile(Column mean100, Column var100, double p) {
    return QUANTILE.apply(mean100, var100, org.apache.spark.sql.functions.lit(p));
  }

  static Double quantile(Double mean100, Double var100, Double p) {
    if (mean100 == null || var100 == null || p == null) {
      return null;
    }
    double m = Math.min(1 - 1e-6, Math.max(1e-6, mean100 / 100.0));
    double v = Math.max(1e-12, var100 / 10_000.0);
    double maxVar = m * (1 - m) * 0.999;
    v = Math.min(v, maxVar);
    double common = m * (1 - m) / v - 1;
    double alpha = m * common;
    double beta = (1 - m) * common;
    BetaDistribution d = new BetaDistribution(null, alpha, beta, 1e-9);
    return 100.0 * d.inverseCumulativeProbability(p);
  }
}
