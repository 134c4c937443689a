package dev.sellertrust.evaluation;

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
 * also compared with reference methods (the average and the Bayesian rating) pair by pair: the 90% interval of the
 * difference in Spearman and in the worst tenth caught says whether a gap between two methods is more than the draw
 * of sellers.
 */
final class ForecastEvaluation {
  private ForecastEvaluation() {}

  static final int BOOTSTRAP_SAMPLES = 1000;
  private static final long SEED = 20_180_301L;

  /**
   * One method on one population, and against each reference method ({@link #evaluate}'s {@code references}, in
   * that order) on the same resamples.
   */
  record Result(String method, String population, int sellers, double spearman, double low90, double high90,
      int worstTenthHits, int worstTenthSize, List<Versus> versus) {}

  /**
   * The method's Spearman and worst tenth caught minus a reference method's, each with the 90% interval of the paired
   * difference; NaN (and a null count) when the reference has no predictions there.
   */
  record Versus(double spearman, double spearmanLow90, double spearmanHigh90, Long caught, double caughtLow90,
      double caughtHigh90) {
    static final Versus NONE = new Versus(Double.NaN, Double.NaN, Double.NaN, null, Double.NaN, Double.NaN);
  }

  static List<Result> evaluate(List<LaterRatingsBacktest.Forecast> all, List<String> methods, int minReviews,
      List<String> references) {
    List<Result> out = new ArrayList<>();
    out.addAll(population(all, f -> f.reviewsBefore() >= minReviews, LaterRatingsBacktest.WITH_HISTORY, methods,
        references));
    out.addAll(population(all, f -> true, LaterRatingsBacktest.ALL_LATER, methods, references));
    return out;
  }

  private static List<Result> population(List<LaterRatingsBacktest.Forecast> all,
      Predicate<LaterRatingsBacktest.Forecast> in, String name, List<String> methods, List<String> references) {
    List<LaterRatingsBacktest.Forecast> pop = all.stream().filter(in).toList();
    List<Result> out = new ArrayList<>();
    if (pop.size() < 3) {
      return out;
    }
    double[] outcome = pop.stream().mapToDouble(f -> -f.laterLowShare()).toArray();
    Set<Integer> worst = worstTenth(pop);
    Resamples resamples = Resamples.of(pop);
    // Each method is ranked once, on the data and on every resample; a comparison is then a difference of two.
    List<Ranked> ranked = new ArrayList<>();
    for (int k = 0; k < methods.size(); k++) {
      double[] p = filled(pop, k);
      ranked.add(p == null ? null
          : new Ranked(RankCorrelation.spearman(p, outcome), hits(p, pop, worst), resamples.draws(p, outcome)));
    }
    for (int k = 0; k < methods.size(); k++) {
      Ranked m = ranked.get(k);
      if (m == null) {
        continue;
      }
      double[] ci = percentiles(m.draws().spearman());
      List<Versus> versus = new ArrayList<>();
      for (String reference : references) {
        int r = methods.indexOf(reference);
        versus.add(r < 0 || ranked.get(r) == null ? Versus.NONE : m.versus(ranked.get(r)));
      }
      out.add(new Result(methods.get(k), name, pop.size(), m.spearman(), ci[0], ci[1], m.caught(), worst.size(),
          List.copyOf(versus)));
    }
    return out;
  }

  /** One method's Spearman and worst tenth caught on the data, and on each resample. */
  private record Ranked(double spearman, int caught, Draws draws) {
    Versus versus(Ranked reference) {
      double[] spearmanCi = percentiles(difference(draws.spearman(), reference.draws().spearman()));
      double[] caughtCi = percentiles(difference(draws.caught(), reference.draws().caught()));
      return new Versus(spearman - reference.spearman(), spearmanCi[0], spearmanCi[1],
          (long) (caught - reference.caught()), caughtCi[0], caughtCi[1]);
    }
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
