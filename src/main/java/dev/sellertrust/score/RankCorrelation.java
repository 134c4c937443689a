package dev.sellertrust.score;

import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;

/** Spearman's rank correlation (ties get their average rank), for validation and backtests. */
public final class RankCorrelation {
  private RankCorrelation() {}

  public static double spearman(double[] x, double[] y) {
    if (x.length < 3) {
      return Double.NaN;
    }
    return new SpearmansCorrelation().correlation(x, y);
  }
}
