package dev.sellertrust.themes;

import java.util.Map;
import java.util.Set;

/**
 * A review with the themes people found in it. {@code scored} is the set of themes the labelling scheme can express
 * (a crowd scheme without a "not received" class cannot score that theme); {@code fold} places it in one of five
 * folds for cross-validation. {@code shares} is the share of the labellers' votes that went to each theme (the crowd
 * CSV; 1 for each labelled theme of a file with one label set per review).
 */
public record LabelledReview(String text, String language, Integer rating, Set<Theme> themes, Set<Theme> scored,
    int fold, Map<Theme, Double> shares) {
  public LabelledReview {
    shares = Map.copyOf(shares);
  }

  /** The share of the votes for {@code t}; 1 or 0 where the labels are not votes. */
  public double share(Theme t) {
    return shares.getOrDefault(t, themes.contains(t) ? 1.0 : 0.0);
  }
}
