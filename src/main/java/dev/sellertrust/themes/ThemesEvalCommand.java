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
 * fold. The shipped model was trained on every fold, so those figures are in-sample; {@code --cv} gives the estimate
 * for reviews the model never saw: for each fold, a model trained on the others scored on it, next to the in-sample
 * figures of a model trained on all of them. {@code --unseen-fold} names a fold the rules were written without, shown
 * apart; {@code --exclude-fold} keeps a fold out of everything, unread. Command-line edge: prints to stdout, exit
 * code 2 when the file is missing or malformed.
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
      description = "The fold (0-4) whose reviews were not read while writing the rules; reported apart (with --cv, "
          + "its held-out figures).")
  int unseenFold;

  @Option(names = "--exclude-fold", defaultValue = "-1",
      description = "A fold (0-4) left out entirely: not scored, not printed (kept unread for a final estimate).")
  int excludeFold;

  @Option(names = "--cv", description = "Cross-validate the model's training instead: for each fold (but the "
      + "excluded one), train on the others and score the held-out fold; printed next to the in-sample figures.")
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
          .table("folds read while writing the rules", macro));
      System.out.println();
      System.out.print(ThemeScores.evaluate(reviews, f -> f == unseenFold, extractor)
          .table("fold " + unseenFold + ", not read while writing the rules", macro));
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
    ThemeModel full = ThemeModelTrainer.trainOn(reviews, kept, language, p, List.of());
    ThemeScores inSample = ThemeScores.evaluate(reviews, kept, ReviewThemeExtractor.withModel(full));
    ThemeModelTrainer.CrossValidation cv = ThemeModelTrainer.crossValidate(reviews, kept, language, p);
    System.out.println("training: " + p.encode());
    System.out.print(inSample.table("in-sample: trained on these reviews and scored on them", macro));
    System.out.println();
    System.out.print(cv.pooled().table(cv.perFold().size() + "-fold cross-validation, held-out folds pooled", macro));
    System.out.println();
    System.out.print(CrossValidationReport.table(inSample, cv, macro));
    if (cv.perFold().containsKey(unseenFold)) {
      System.out.println();
      System.out.print(cv.perFold().get(unseenFold)
          .table("held-out fold " + unseenFold + ", not read while writing the rules either", macro));
    }
    return 0;
  }
}
