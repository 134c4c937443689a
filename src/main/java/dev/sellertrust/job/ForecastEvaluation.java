package dev.sellertrust.job;

import dev.sellertrust.score.RankCorrelation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;

/**
 * Ranks each method's predictions against the later share of 1-2 star reviews: Spearman with a bootstrap 90%
 * interval (sellers resampled with replacement, a fixed seed so a rerun prints the same figures), and how many of the
 * later worst tenth each method's own bottom tenth holds.
 */
final class ForecastEvaluation {
  private ForecastEvaluation() {}

  static final int BOOTSTRAP_SAMPLES = 1000;
  private static final long SEED = 20_180_301L;

  record Result(String method, String population, int sellers, double spearman, double low90, double high90,
      int worstTenthHits, int worstTenthSize) {}

  static List<Result> evaluate(List<LaterRatingsBacktest.Forecast> all, List<String> methods, int minReviews) {
    List<Result> out = new ArrayList<>();
    out.addAll(population(all, f -> f.reviewsBefore() >= minReviews, LaterRatingsBacktest.WITH_HISTORY, methods));
    out.addAll(population(all, f -> true, LaterRatingsBacktest.ALL_LATER, methods));
    return out;
  }

  private static List<Result> population(List<LaterRatingsBacktest.Forecast> all,
      Predicate<LaterRatingsBacktest.Forecast> in, String name, List<String> methods) {
    List<LaterRatingsBacktest.Forecast> pop = all.stream().filter(in).toList();
    List<Result> out = new ArrayList<>();
    if (pop.size() < 3) {
      return out;
    }
    double[] outcome = pop.stream().mapToDouble(f -> -f.laterLowShare()).toArray();
    Set<Integer> worst = worstTenth(pop);
    for (int k = 0; k < methods.size(); k++) {
      double[] p = filled(pop, k);
      if (p == null) {
        continue;
      }
      double[] ci = bootstrap(p, outcome);
      out.add(new Result(methods.get(k), name, pop.size(), RankCorrelation.spearman(p, outcome), ci[0], ci[1],
          hits(p, pop, worst), worst.size()));
    }
    return out;
  }

  /**
   * Method k's predictions; a seller it has nothing for gets the mean of the others (no information, no advantage).
   * Null when it has nothing for any seller.
   */
  static double[] filled(List<LaterRatingsBacktest.Forecast> pop, int k) {
    double mean = pop.stream().filter(f -> f.predictions()[k] != null).mapToDouble(f -> f.predictions()[k])
        .average().orElse(Double.NaN);
    if (Double.isNaN(mean)) {
      return null;
    }
    return pop.stream().mapToDouble(f -> f.predictions()[k] == null ? mean : f.predictions()[k]).toArray();
  }

  /** The 5th and 95th percentiles of Spearman over resampled sellers. */
  static double[] bootstrap(double[] p, double[] outcome) {
    SplittableRandom random = new SplittableRandom(SEED);
    int n = p.length;
    double[] stats = new double[BOOTSTRAP_SAMPLES];
    double[] x = new double[n];
    double[] y = new double[n];
    int kept = 0;
    for (int b = 0; b < BOOTSTRAP_SAMPLES; b++) {
      for (int i = 0; i < n; i++) {
        int j = random.nextInt(n);
        x[i] = p[j];
        y[i] = outcome[j];
      }
      double s = RankCorrelation.spearman(x, y);
      if (!Double.isNaN(s)) {
        stats[kept++] = s;
      }
    }
    if (kept == 0) {
      return new double[] {Double.NaN, Double.NaN};
    }
    double[] sorted = Arrays.copyOf(stats, kept);
    Arrays.sort(sorted);
    return new double[] {sorted[(int) Math.floor(0.05 * (kept - 1))], sorted[(int) Math.ceil(0.95 * (kept - 1))]};
  }

  /**
   * The later worst tenth: sellers whose later share of low reviews is at least the share at the tenth's edge (ties
   * included, so the set may hold more than a tenth), never sellers without a single low review.
   */
  static Set<Integer> worstTenth(List<LaterRatingsBacktest.Forecast> pop) {
    double[] shares = pop.stream().mapToDouble(LaterRatingsBacktest.Forecast::laterLowShare).sorted().toArray();
    int size = (int) Math.ceil(pop.size() * 0.1);
    double edge = shares[shares.length - size];
    Set<Integer> worst = new HashSet<>();
    for (int i = 0; i < pop.size(); i++) {
      double s = pop.get(i).laterLowShare();
      if (s >= edge && s > 0) {
        worst.add(i);
      }
    }
    return worst;
  }

  /** How many of {@code worst} the method's bottom tenth holds (ties at its edge broken by seller id). */
  static int hits(double[] p, List<LaterRatingsBacktest.Forecast> pop, Set<Integer> worst) {
    Integer[] order = new Integer[p.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> p[i]).thenComparing(i -> pop.get(i).sellerId()));
    int size = (int) Math.ceil(p.length * 0.1);
    int hits = 0;
    for (int i = 0; i < size; i++) {
      if (worst.contains(order[i])) {
        hits++;
      }
    }
    return hits;
  }
}
