package dev.sellertrust.themes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.IntPredicate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code themes-eval}: scores the review theme extractor against labelled reviews, on the whole file and fold by
 * fold. A fold whose reviews were never read while writing the rules or training the model ({@code --unseen-fold})
 * is the honest estimate; {@code --cv} cross-validates the model's training instead (train on the other folds, score
 * the held-out one), and {@code --exclude-fold} keeps a fold out of everything, unread. Command-line edge: prints to
 * stdout, exit code 2 when the file is missing or malformed.
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

  @Option(names = "--exclude-fold", defaultValue = "-1",
      description = "A fold (0-4) left out entirely: not scored, not printed (kept unread for a final estimate).")
  int excludeFold;

  @Option(names = "--cv", description = "Cross-validate the model's training instead: for each fold, train on the "
      + "others (not the excluded or unseen fold) and score the held-out fold.")
  boolean crossValidate;

  @Option(names = "--language", defaultValue = "pt", description = "The language the model reads, with --cv (default: ${DEFAULT-VALUE}).")
  String language;

  @Option(names = "--rules-only", description = "Score the rules without the learned model (for comparison).")
  boolean rulesOnly;

  @Mixin
  ThemeTrainingOptions training;

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
    IntPredicate kept = f -> f != excludeFold;
    ReviewThemeExtractor extractor = rulesOnly ? ReviewThemeExtractor.rulesOnly() : ReviewThemeExtractor.get();
    ThemeScores all = ThemeScores.evaluate(reviews, kept, extractor);
    Set<Theme> macro = all.themesWithSupport(minSupport);
    if (crossValidate) {
      return crossValidate(reviews, kept, macro);
    }
    System.out.print(all.table(excludeFold >= 0 ? "all reviews but fold " + excludeFold : "all reviews (in-sample)", macro));
    StringBuilder folds = new StringBuilder("per fold macro-F1:");
    for (int k = 0; k < 5; k++) {
      int fold = k;
      if (fold == excludeFold) {
        continue;
      }
      ThemeScores s = ThemeScores.evaluate(reviews, f -> f == fold, extractor);
      folds.append(String.format(Locale.ROOT, " %d=%.3f", k, s.macroF1(macro)));
    }
    System.out.println(folds);
    if (unseenFold >= 0 && unseenFold < 5 && unseenFold != excludeFold) {
      System.out.println();
      System.out.print(ThemeScores.evaluate(reviews, f -> f != unseenFold && kept.test(f), extractor)
          .table("folds read while writing the rules and training the model", macro));
      System.out.println();
      System.out.print(ThemeScores.evaluate(reviews, f -> f == unseenFold, extractor).table("unseen fold " + unseenFold, macro));
    }
    return 0;
  }

  private int crossValidate(List<LabelledReview> reviews, IntPredicate kept, Set<Theme> macro) {
    ThemeModelTrainer.Params p;
    try {
      p = training.params();
    } catch (IllegalArgumentException e) {
      System.err.println("themes-eval: " + e.getMessage());
      return 2;
    }
    IntPredicate use = f -> kept.test(f) && f != unseenFold;
    ThemeModelTrainer.CrossValidation cv = ThemeModelTrainer.crossValidate(reviews, use, language, p);
    System.out.println("training: " + p.encode());
    System.out.print(cv.pooled().table(cv.perFold().size() + "-fold cross-validation, held-out folds pooled", macro));
    StringBuilder folds = new StringBuilder("per held-out fold macro-F1:");
    cv.perFold().forEach((k, s) -> folds.append(String.format(Locale.ROOT, " %d=%.3f", k, s.macroF1(macro))));
    System.out.println(folds);
    return 0;
  }
}
