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
 * later worst tenth each method's own bottom tenth holds. Every method is scored on the same resamples, so each is
 * also compared with a reference method (the average rating) pair by pair: the 90% interval of the difference in
 * Spearman and in the worst tenth caught says whether a gap between two methods is more than the draw of sellers.
 */
final class ForecastEvaluation {
  private ForecastEvaluation() {}

  static final int BOOTSTRAP_SAMPLES = 1000;
  private static final long SEED = 20_180_301L;

  /**
   * One method on one population. The {@code minusReference} fields are the method's figure minus the reference
   * method's, each 90% interval from the paired resamples; NaN when the reference has no predictions there.
   */
  record Result(String method, String population, int sellers, double spearman, double low90, double high90,
      int worstTenthHits, int worstTenthSize, double spearmanMinusReference, double spearmanMinusReferenceLow90,
      double spearmanMinusReferenceHigh90, Long caughtMinusReference, double caughtMinusReferenceLow90,
      double caughtMinusReferenceHigh90) {}

  static List<Result> evaluate(List<LaterRatingsBacktest.Forecast> all, List<String> methods, int minReviews,
      String reference) {
    List<Result> out = new ArrayList<>();
    out.addAll(population(all, f -> f.reviewsBefore() >= minReviews, LaterRatingsBacktest.WITH_HISTORY, methods,
        reference));
    out.addAll(population(all, f -> true, LaterRatingsBacktest.ALL_LATER, methods, reference));
    return out;
  }

  private static List<Result> population(List<LaterRatingsBacktest.Forecast> all,
      Predicate<LaterRatingsBacktest.Forecast> in, String name, List<String> methods, String reference) {
    List<LaterRatingsBacktest.Forecast> pop = all.stream().filter(in).toList();
    List<Result> out = new ArrayList<>();
    if (pop.size() < 3) {
      return out;
    }
    double[] outcome = pop.stream().mapToDouble(f -> -f.laterLowShare()).toArray();
    Set<Integer> worst = worstTenth(pop);
    Resamples resamples = Resamples.of(pop);
    int r = methods.indexOf(reference);
    double[] referencePredictions = r < 0 ? null : filled(pop, r);
    Draws referenceDraws = referencePredictions == null ? null : resamples.draws(referencePredictions, outcome);
    for (int k = 0; k < methods.size(); k++) {
      double[] p = filled(pop, k);
      if (p == null) {
        continue;
      }
      Draws draws = resamples.draws(p, outcome);
      double[] ci = percentiles(draws.spearman());
      double spearman = RankCorrelation.spearman(p, outcome);
      double minus = Double.NaN;
      double[] minusCi = {Double.NaN, Double.NaN};
      double[] caughtCi = {Double.NaN, Double.NaN};
      int caught = hits(p, pop, worst);
      Long caughtMinus = null;
      if (referenceDraws != null) {
        caughtMinus = (long) (caught - hits(referencePredictions, pop, worst));
        minus = spearman - RankCorrelation.spearman(referencePredictions, outcome);
        minusCi = percentiles(difference(draws.spearman(), referenceDraws.spearman()));
        caughtCi = percentiles(difference(draws.caught(), referenceDraws.caught()));
      }
      out.add(new Result(methods.get(k), name, pop.size(), spearman, ci[0], ci[1], caught, worst.size(),
          minus, minusCi[0], minusCi[1], caughtMinus, caughtCi[0], caughtCi[1]));
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

  /** A method's Spearman and worst tenth caught on each resample (NaN where a resample's Spearman is undefined). */
  record Draws(double[] spearman, double[] caught) {}

  /** The bootstrap resamples of one population, drawn once and shared by every method. */
  record Resamples(int[][] index, List<List<LaterRatingsBacktest.Forecast>> sellers, List<Set<Integer>> worst) {
    static Resamples of(List<LaterRatingsBacktest.Forecast> pop) {
      SplittableRandom random = new SplittableRandom(SEED);
      int n = pop.size();
      int[][] index = new int[BOOTSTRAP_SAMPLES][n];
      List<List<LaterRatingsBacktest.Forecast>> sellers = new ArrayList<>();
      List<Set<Integer>> worst = new ArrayList<>();
      for (int b = 0; b < BOOTSTRAP_SAMPLES; b++) {
        List<LaterRatingsBacktest.Forecast> drawn = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
          index[b][i] = random.nextInt(n);
          drawn.add(pop.get(index[b][i]));
        }
        sellers.add(drawn);
        worst.add(worstTenth(drawn));
      }
      return new Resamples(index, sellers, worst);
    }

    Draws draws(double[] p, double[] outcome) {
      int n = p.length;
      double[] spearman = new double[BOOTSTRAP_SAMPLES];
      double[] caught = new double[BOOTSTRAP_SAMPLES];
      double[] x = new double[n];
      double[] y = new double[n];
      for (int b = 0; b < BOOTSTRAP_SAMPLES; b++) {
        for (int i = 0; i < n; i++) {
          x[i] = p[index[b][i]];
          y[i] = outcome[index[b][i]];
        }
        spearman[b] = RankCorrelation.spearman(x, y);
        caught[b] = hits(x, sellers.get(b), worst.get(b));
      }
      return new Draws(spearman, caught);
    }
  }

  private static double[] difference(double[] a, double[] b) {
    double[] d = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      d[i] = a[i] - b[i];
    }
    return d;
  }

  /** The 5th and 95th percentiles of the defined draws; NaN when none is defined. */
  static double[] percentiles(double[] draws) {
    double[] sorted = Arrays.stream(draws).filter(d -> !Double.isNaN(d)).sorted().toArray();
    int kept = sorted.length;
    if (kept == 0) {
      return new double[] {Double.NaN, Double.NaN};
    }
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
