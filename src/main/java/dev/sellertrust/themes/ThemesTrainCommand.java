package dev.sellertrust.themes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code themes-train}: fits the learned theme model on labelled reviews and writes its weights (no review text).
 * Deterministic: the same labels and settings write the same file. Command-line edge: prints to stdout, exit code 2
 * when the file is missing or malformed or the settings are invalid.
 */
@Command(
    name = "themes-train",
    mixinStandardHelpOptions = true,
    description = "Trains the review-theme model on labelled reviews and writes its weights (a TSV resource).")
public final class ThemesTrainCommand implements Callable<Integer> {

  @Option(names = "--labels", paramLabel = "FILE", required = true,
      description = "Labelled reviews: the Olist crowd CSV (.csv) or JSON Lines {text, language, rating, themes[]}.")
  Path labels;

  @Option(names = "--exclude-fold", defaultValue = "-1",
      description = "A fold (0-4) kept out of training, to be scored as unseen reviews (default: none, every fold "
          + "trains the model).")
  int excludeFold;

  @Option(names = "--language", defaultValue = "pt", description = "The language the model reads (default: ${DEFAULT-VALUE}).")
  String language;

  @Option(names = "--out", paramLabel = "FILE", required = true, description = "Where to write the model.")
  Path out;

  @Mixin
  ThemeTrainingOptions training;

  @Override
  public Integer call() {
    if (!Files.isRegularFile(labels)) {
      System.err.println("themes-train: labels file not found: " + labels);
      return 2;
    }
    try {
      ThemeModelTrainer.Params p = training.params();
      List<LabelledReview> reviews = ThemeLabels.read(labels).stream().filter(r -> r.fold() != excludeFold).toList();
      List<Theme> themes = ThemeModelTrainer.modelThemes(reviews);
      List<ThemeModelTrainer.Example> data = ThemeModelTrainer.examples(reviews, language, p.options());
      String fold = excludeFold >= 0 ? " --exclude-fold " + excludeFold : "";
      ThemeModel model = ThemeModelTrainer.train(data, language, themes, p, List.of(
          "# seller-trust review theme model (" + language + "): logistic weights per theme, no review text",
          "# trust-score themes-train --labels " + labels.getFileName() + fold + " --language " + language));
      model.write(out);
      StringBuilder th = new StringBuilder();
      for (int k = 0; k < themes.size(); k++) {
        th.append(String.format(Locale.ROOT, " %s=%.2f", themes.get(k).id(), model.threshold[k]));
      }
      System.out.printf(Locale.ROOT, "trained on %d reviews, %d features with weights; thresholds:%s%nwrote %s%n",
          data.size(), model.featureCount(), th, out);
      return 0;
    } catch (IllegalArgumentException e) {
      System.err.println("themes-train: " + e.getMessage());
      return 2;
    }
  }
}
