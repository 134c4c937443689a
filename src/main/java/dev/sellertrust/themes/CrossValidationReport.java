package dev.sellertrust.themes;

import java.util.Locale;
import java.util.Set;

/**
 * The figures of {@code themes-eval --cv} side by side, per theme: the model scored on the reviews it was trained on
 * (in-sample), the held-out folds of the cross-validation pooled, and each held-out fold. The distance between the
 * first column and the others is the overfitting; the spread across the folds is how much one fold's figure can move.
 */
final class CrossValidationReport {
  private CrossValidationReport() {}

  static String table(ThemeScores inSample, ThemeModelTrainer.CrossValidation cv, Set<Theme> macro) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "F1 per theme: in-sample against %d-fold cross-validation%n", cv.perFold().size()));
    sb.append(String.format(Locale.ROOT, "  %-26s %7s %9s %9s", "theme", "support", "in-sample", "cv-pooled"));
    cv.perFold().keySet().forEach(k -> sb.append(String.format(Locale.ROOT, " %7s", "fold " + k)));
    sb.append('\n');
    for (Theme t : inSample.themes()) {
      sb.append(String.format(Locale.ROOT, "  %-26s %7d %9.3f %9.3f", t.id(), inSample.of(t).support(),
          inSample.of(t).f1(), cv.pooled().of(t).f1()));
      cv.perFold().values().forEach(s -> sb.append(String.format(Locale.ROOT, " %7.3f", s.of(t).f1())));
      sb.append(macro.contains(t) ? "" : "  (not in macro-F1)").append('\n');
    }
    sb.append(String.format(Locale.ROOT, "  %-34s %9.3f %9.3f", "macro-F1 over " + macro.size() + " themes",
        inSample.macroF1(macro), cv.pooled().macroF1(macro)));
    cv.perFold().values().forEach(s -> sb.append(String.format(Locale.ROOT, " %7.3f", s.macroF1(macro))));
    sb.append(String.format(Locale.ROOT, "%n  mean of the %d held-out folds' macro-F1: %.3f%n", cv.perFold().size(),
        cv.meanMacroF1(macro)));
    return sb.toString();
  }
}
