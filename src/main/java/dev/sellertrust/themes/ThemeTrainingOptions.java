package dev.sellertrust.themes;

import picocli.CommandLine.Option;

/** The settings of {@code themes-train}, shared with {@code themes-eval --cv} so both run the same training. */
public final class ThemeTrainingOptions {
  @Option(names = "--features", paramLabel = "SPEC", defaultValue = "stem=5 bigrams=true negation=true rules=true rating=true",
      description = "Feature families: word prefix length (0 = none), word pairs, negation reach, the rules' themes, "
          + "the rating (default: ${DEFAULT-VALUE}).")
  String features;

  @Option(names = "--l2", defaultValue = "0.0015", description = "L2 penalty on the weights (default: ${DEFAULT-VALUE}).")
  double l2;

  @Option(names = "--min-count", defaultValue = "3",
      description = "A feature must occur in at least this many training reviews (default: ${DEFAULT-VALUE}).")
  int minCount;

  @Option(names = "--iterations", defaultValue = "400", description = "Full-batch optimiser steps (default: ${DEFAULT-VALUE}).")
  int iterations;

  @Option(names = "--targets", defaultValue = "vote-shares",
      description = "What each theme's regression is fitted to: vote-shares (the share of labellers who chose it, "
          + "where the labels are votes) or labels (the labelled themes) (default: ${DEFAULT-VALUE}).")
  String targets;

  ThemeModelTrainer.Params params() {
    if (!targets.equals("vote-shares") && !targets.equals("labels")) {
      throw new IllegalArgumentException("--targets must be vote-shares or labels");
    }
    if (minCount < 1 || iterations < 1 || l2 < 0) {
      throw new IllegalArgumentException("--min-count and --iterations must be positive, --l2 not negative");
    }
    return new ThemeModelTrainer.Params(ThemeFeatures.Options.decode(features), l2, minCount, iterations,
        targets.equals("vote-shares"));
  }
}
