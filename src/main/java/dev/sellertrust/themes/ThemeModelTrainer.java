package dev.sellertrust.themes;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntPredicate;

/**
 * Fits a {@link ThemeModel} on labelled reviews: per theme, an L2-regularised logistic regression over the features
 * seen in at least {@link Params#minCount} training reviews (rarer words generalise poorly, and a weight file keyed by
 * words seen in several reviews carries nothing of any one review), by full-batch Adam from zero: deterministic, the
 * same labels give the same weights. The probability above which a theme is reported is chosen per theme to maximise
 * F1 on an inner cross-validation over the training folds only, so a held-out fold never tunes its own threshold.
 */
final class ThemeModelTrainer {
  private ThemeModelTrainer() {}

  /** The training settings; written into the model file. */
  record Params(ThemeFeatures.Options options, double l2, int minCount, int iterations, boolean voteShares) {
    /**
     * Chosen by the 5-fold cross-validation alone (docs/METHODOLOGY.md §6b): the macro-F1 is level for penalties
     * 0.001-0.002 and falls on both sides, and 400 steps from zero stop short of fitting the rarest words exactly.
     */
    static final Params DEFAULT = new Params(ThemeFeatures.Options.DEFAULT, 0.0015, 3, 400, true);

    String encode() {
      return options.encode() + " l2=" + l2 + " min-count=" + minCount + " iterations=" + iterations
          + " targets=" + (voteShares ? "vote-shares" : "labels");
    }
  }

  /** A review's features, its labelled themes, and what the model is fitted to: the labels or the vote shares. */
  record Example(Map<String, Integer> features, Set<Theme> themes, int fold, LabelledReview review) {
    double target(Theme t, boolean voteShares) {
      return voteShares ? review.share(t) : themes.contains(t) ? 1 : 0;
    }
  }

  private static final double LEARNING_RATE = 0.05;

  /** The themes every labelled review scores (the crowd's six), in declaration order. */
  static List<Theme> modelThemes(List<LabelledReview> reviews) {
    Set<Theme> common = EnumSet.allOf(Theme.class);
    reviews.forEach(r -> common.retainAll(r.scored()));
    return new ArrayList<>(common);
  }

  /** The reviews the rules read in {@code language}, as features; empty texts and other languages are left out. */
  static List<Example> examples(List<LabelledReview> reviews, String language, ThemeFeatures.Options options) {
    ReviewThemeExtractor rules = ReviewThemeExtractor.rulesOnly();
    List<Example> out = new ArrayList<>();
    for (LabelledReview r : reviews) {
      Map<String, Integer> f = rules.modelFeatures(r.text(), r.language(), r.rating(), language, options);
      if (f != null) {
        out.add(new Example(f, r.themes(), r.fold(), r));
      }
    }
    return out;
  }

  static ThemeModel train(List<Example> data, String language, List<Theme> themes, Params p, List<String> provenance) {
    Set<Integer> folds = new TreeSet<>();
    data.forEach(e -> folds.add(e.fold()));
    int t = themes.size();
    List<double[]> oofProbs = new ArrayList<>();
    List<Set<Theme>> oofGold = new ArrayList<>();
    for (int fold : folds) {
      Fit inner = fit(select(data, f -> f != fold), themes, p);
      for (Example e : select(data, f -> f == fold)) {
        oofProbs.add(inner.probabilities(e.features()));
        oofGold.add(e.themes());
      }
    }
    double[] threshold = new double[t];
    for (int k = 0; k < t; k++) {
      threshold[k] = folds.size() < 2 ? 0.5 : bestThreshold(oofProbs, oofGold, themes.get(k), k);
    }
    Fit full = fit(data, themes, p);
    Map<String, float[]> weights = new HashMap<>();
    full.index.forEach((name, i) -> {
      float[] w = new float[t];
      boolean any = false;
      for (int k = 0; k < t; k++) {
        w[k] = (float) full.w[i][k];
        any |= Math.abs(w[k]) >= 5e-5;
      }
      if (any) {
        weights.put(name, w);
      }
    });
    List<String> prov = new ArrayList<>(provenance);
    prov.add("# training: " + p.encode() + ", " + data.size() + " reviews");
    return new ThemeModel(language, p.options(), themes, full.b, threshold, weights, prov);
  }

  /**
   * The model trained on every review whose fold passes {@code use} (all folds for the shipped model), with its
   * thresholds from an inner cross-validation over those folds.
   */
  static ThemeModel trainOn(List<LabelledReview> reviews, IntPredicate use, String language, Params p,
      List<String> provenance) {
    List<LabelledReview> kept = reviews.stream().filter(r -> use.test(r.fold())).toList();
    return train(examples(kept, language, p.options()), language, modelThemes(kept), p, provenance);
  }

  /** Held-out scores of one cross-validation: per fold, and pooled over the folds. */
  record CrossValidation(Map<Integer, ThemeScores> perFold, ThemeScores pooled) {
    /** The per-fold macro-F1 averaged over the folds (the pooled figure weighs the folds by their examples). */
    double meanMacroF1(Set<Theme> macro) {
      return perFold.values().stream().mapToDouble(s -> s.macroF1(macro)).average().orElse(0);
    }
  }

  /**
   * K-fold cross-validation over the folds {@code use} keeps: for each, a model trained on the others (thresholds by
   * an inner cross-validation on those alone) read with the rules, scored on the held-out fold.
   */
  static CrossValidation crossValidate(List<LabelledReview> reviews, IntPredicate use, String language, Params p) {
    List<LabelledReview> kept = reviews.stream().filter(r -> use.test(r.fold())).toList();
    List<Theme> themes = modelThemes(kept);
    List<Example> data = examples(kept, language, p.options());
    Set<Integer> folds = new TreeSet<>();
    kept.forEach(r -> folds.add(r.fold()));
    Map<Integer, ThemeScores> perFold = new java.util.TreeMap<>();
    for (int fold : folds) {
      ThemeModel m = train(select(data, f -> f != fold), language, themes, p, List.of());
      perFold.put(fold, ThemeScores.evaluate(kept, f -> f == fold, ReviewThemeExtractor.withModel(m)));
    }
    return new CrossValidation(perFold, ThemeScores.pooled(new ArrayList<>(perFold.values())));
  }

  static List<Example> select(List<Example> data, IntPredicate folds) {
    List<Example> out = new ArrayList<>();
    for (Example e : data) {
      if (folds.test(e.fold())) {
        out.add(e);
      }
    }
    return out;
  }

  private static double bestThreshold(List<double[]> probs, List<Set<Theme>> gold, Theme theme, int k) {
    double best = 0.5;
    double bestF1 = -1;
    for (int step = 1; step <= 19; step++) {
      double th = step * 0.05;
      int tp = 0;
      int fp = 0;
      int fn = 0;
      for (int i = 0; i < probs.size(); i++) {
        boolean g = gold.get(i).contains(theme);
        boolean pr = probs.get(i)[k] >= th;
        tp += g && pr ? 1 : 0;
        fp += !g && pr ? 1 : 0;
        fn += g && !pr ? 1 : 0;
      }
      double f1 = tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
      if (f1 > bestF1 + 1e-12) {
        bestF1 = f1;
        best = th;
      }
    }
    return best;
  }

  private record Fit(Map<String, Integer> index, double[][] w, double[] b) {
    double[] probabilities(Map<String, Integer> features) {
      double[] z = b.clone();
      for (String f : features.keySet()) {
        Integer i = index.get(f);
        if (i != null) {
          for (int k = 0; k < z.length; k++) {
            z[k] += w[i][k];
          }
        }
      }
      for (int k = 0; k < z.length; k++) {
        z[k] = 1 / (1 + Math.exp(-z[k]));
      }
      return z;
    }
  }

  private static Fit fit(List<Example> data, List<Theme> themes, Params p) {
    Map<String, Integer> docCount = new HashMap<>();
    for (Example e : data) {
      e.features().keySet().forEach(f -> docCount.merge(f, 1, Integer::sum));
    }
    Map<String, Integer> index = new HashMap<>();
    new TreeSet<>(docCount.keySet()).forEach(f -> {
      if (docCount.get(f) >= p.minCount()) {
        index.put(f, index.size());
      }
    });
    int n = data.size();
    int[][] x = new int[n][];
    double[][] y = new double[n][themes.size()];
    for (int i = 0; i < n; i++) {
      Example e = data.get(i);
      x[i] = e.features().keySet().stream().map(index::get).filter(j -> j != null).mapToInt(Integer::intValue).toArray();
      for (int k = 0; k < themes.size(); k++) {
        y[i][k] = e.target(themes.get(k), p.voteShares());
      }
    }
    int nf = index.size();
    int nt = themes.size();
    double[][] w = new double[nf][nt];
    double[] b = new double[nt];
    // Adam moments, weights then bias in the last row
    double[][] m = new double[nf + 1][nt];
    double[][] v = new double[nf + 1][nt];
    double[][] g = new double[nf + 1][nt];
    double beta1 = 0.9;
    double beta2 = 0.999;
    for (int it = 1; it <= p.iterations(); it++) {
      for (double[] row : g) {
        java.util.Arrays.fill(row, 0);
      }
      for (int i = 0; i < n; i++) {
        for (int k = 0; k < nt; k++) {
          double z = b[k];
          for (int j : x[i]) {
            z += w[j][k];
          }
          double err = 1 / (1 + Math.exp(-z)) - y[i][k];
          for (int j : x[i]) {
            g[j][k] += err;
          }
          g[nf][k] += err;
        }
      }
      double c1 = 1 - Math.pow(beta1, it);
      double c2 = 1 - Math.pow(beta2, it);
      for (int j = 0; j <= nf; j++) {
        for (int k = 0; k < nt; k++) {
          double param = j < nf ? w[j][k] : b[k];
          double grad = g[j][k] / n + (j < nf ? p.l2() * param : 0);
          m[j][k] = beta1 * m[j][k] + (1 - beta1) * grad;
          v[j][k] = beta2 * v[j][k] + (1 - beta2) * grad * grad;
          double step = LEARNING_RATE * (m[j][k] / c1) / (Math.sqrt(v[j][k] / c2) + 1e-8);
          if (j < nf) {
            w[j][k] -= step;
          } else {
            b[k] -= step;
          }
        }
      }
    }
    return new Fit(index, w, b);
  }
}
