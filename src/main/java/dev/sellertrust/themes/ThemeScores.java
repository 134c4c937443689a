package dev.sellertrust.themes;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

/** Precision, recall and F1 per theme of the extractor against labelled reviews, and their macro average. */
public final class ThemeScores {
  public record Counts(int support, int tp, int fp, int fn) {
    public double precision() {
      return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    public double recall() {
      return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  private final Map<Theme, Counts> counts;
  private final int reviews;

  private ThemeScores(Map<Theme, Counts> counts, int reviews) {
    this.counts = counts;
    this.reviews = reviews;
  }

  /**
   * Scores the reviews whose fold passes {@code folds}. Where the scheme cannot say "not received" (the crowd CSV),
   * a predicted {@code not_received} is read as {@code late_delivery}, the class that scheme uses for it.
   */
  public static ThemeScores evaluate(List<LabelledReview> labelled, IntPredicate folds) {
    return evaluate(labelled, folds, ReviewThemeExtractor.get());
  }

  /** As {@link #evaluate(List, IntPredicate)}, with the given extractor (a model trained on other folds). */
  static ThemeScores evaluate(List<LabelledReview> labelled, IntPredicate folds, ReviewThemeExtractor extractor) {
    Map<Theme, int[]> c = new EnumMap<>(Theme.class);
    int n = 0;
    for (LabelledReview r : labelled) {
      if (!folds.test(r.fold())) {
        continue;
      }
      n++;
      Set<Theme> predicted = EnumSet.noneOf(Theme.class);
      extractor.extract(r.text(), r.language(), r.rating()).forEach(h -> predicted.add(h.theme()));
      if (!r.scored().contains(Theme.NOT_RECEIVED) && predicted.remove(Theme.NOT_RECEIVED)) {
        predicted.add(Theme.LATE_DELIVERY);
      }
      for (Theme t : r.scored()) {
        int[] k = c.computeIfAbsent(t, x -> new int[4]);
        boolean gold = r.themes().contains(t);
        boolean pred = predicted.contains(t);
        k[0] += gold ? 1 : 0;
        k[1] += gold && pred ? 1 : 0;
        k[2] += !gold && pred ? 1 : 0;
        k[3] += gold && !pred ? 1 : 0;
      }
    }
    Map<Theme, Counts> out = new EnumMap<>(Theme.class);
    c.forEach((t, k) -> out.put(t, new Counts(k[0], k[1], k[2], k[3])));
    return new ThemeScores(out, n);
  }

  /** Sums the counts of disjoint parts (the held-out folds of a cross-validation), as one pooled score. */
  static ThemeScores pooled(List<ThemeScores> parts) {
    Map<Theme, int[]> c = new EnumMap<>(Theme.class);
    int n = 0;
    for (ThemeScores s : parts) {
      n += s.reviews;
      s.counts.forEach((t, k) -> {
        int[] a = c.computeIfAbsent(t, x -> new int[4]);
        a[0] += k.support();
        a[1] += k.tp();
        a[2] += k.fp();
        a[3] += k.fn();
      });
    }
    Map<Theme, Counts> out = new EnumMap<>(Theme.class);
    c.forEach((t, k) -> out.put(t, new Counts(k[0], k[1], k[2], k[3])));
    return new ThemeScores(out, n);
  }

  public Counts of(Theme t) {
    return counts.get(t);
  }

  public Set<Theme> themes() {
    return counts.keySet();
  }

  /** Mean F1 over {@code themes} (those with enough examples, chosen on the whole file). */
  public double macroF1(Set<Theme> themes) {
    return themes.stream().filter(counts::containsKey).mapToDouble(t -> counts.get(t).f1()).average().orElse(0);
  }

  public Set<Theme> themesWithSupport(int min) {
    Set<Theme> out = EnumSet.noneOf(Theme.class);
    counts.forEach((t, k) -> {
      if (k.support() >= min) {
        out.add(t);
      }
    });
    return out;
  }

  public String table(String title, Set<Theme> macroThemes) {
    StringBuilder sb = new StringBuilder();
    sb.append(title).append(" (").append(reviews).append(" reviews)\n");
    sb.append(String.format(Locale.ROOT, "  %-26s %7s %9s %6s %6s%n", "theme", "support", "precision", "recall", "F1"));
    List<Theme> order = new ArrayList<>(counts.keySet());
    for (Theme t : order) {
      Counts k = counts.get(t);
      sb.append(String.format(Locale.ROOT, "  %-26s %7d %9.3f %6.3f %6.3f%s%n", t.id(), k.support(), k.precision(),
          k.recall(), k.f1(), macroThemes.contains(t) ? "" : "  (not in macro-F1)"));
    }
    sb.append(String.format(Locale.ROOT, "  macro-F1 over %d themes: %.3f%n", macroThemes.size(), macroF1(macroThemes)));
    return sb.toString();
  }
}
