package dev.sellertrust.themes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code themes-eval}: scores the review theme extractor against labelled reviews, on the whole file and fold by
 * fold. The rules have no fitted parameters; the folds show how much the figures move between disjoint fifths, and
 * a fold whose reviews were never read while writing the rules ({@code --unseen-fold}) is the honest estimate.
 * Command-line edge: prints to stdout, exit code 2 when the file is missing or malformed.
 */
@Command(
    name = "themes-eval",
    mixinStandardHelpOptions = true,
    description = "Scores complaint-theme extraction from review text against labelled reviews (crowd CSV or JSONL).")
public final class ThemesEvalCommand implements Callable<Integer> {

  @Option(names = "--labels", paramLabel = "FILE", required = true,
      description = "Labelled reviews: the Olist crowd CSV (.csv) or JSON Lines {text, language, rating, themes[]}.")
  Path labels;

  @Option(names = "--min-support", defaultValue = "50",
      description = "Themes with at least this many labelled examples in the file enter macro-F1 (default: ${DEFAULT-VALUE}).")
  int minSupport;

  @Option(names = "--unseen-fold", defaultValue = "-1",
      description = "The fold (0-4) whose reviews were not read while writing the rules; reported apart.")
  int unseenFold;

  @Override
  public Integer call() {
    if (!Files.isRegularFile(labels)) {
      System.err.println("themes-eval: labels file not found: " + labels);
      return 2;
    }
    List<LabelledReview> reviews;
    try {
      reviews = ThemeLabels.read(labels);
    } catch (IllegalArgumentException e) {
      System.err.println("themes-eval: " + e.getMessage());
      return 2;
    }
    ThemeScores all = ThemeScores.evaluate(reviews, f -> true);
    Set<Theme> macro = all.themesWithSupport(minSupport);
    System.out.print(all.table("all reviews (in-sample)", macro));
    StringBuilder folds = new StringBuilder("per fold macro-F1:");
    for (int k = 0; k < 5; k++) {
      int fold = k;
      ThemeScores s = ThemeScores.evaluate(reviews, f -> f == fold);
      folds.append(String.format(Locale.ROOT, " %d=%.3f", k, s.macroF1(macro)));
    }
    System.out.println(folds);
    if (unseenFold >= 0 && unseenFold < 5) {
      System.out.println();
      System.out.print(ThemeScores.evaluate(reviews, f -> f != unseenFold).table("folds read while writing the rules", macro));
      System.out.println();
      System.out.print(ThemeScores.evaluate(reviews, f -> f == unseenFold).table("unseen fold " + unseenFold, macro));
    }
    return 0;
  }
}
