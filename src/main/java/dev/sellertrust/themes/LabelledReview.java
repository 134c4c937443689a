package dev.sellertrust.themes;

import java.util.Set;

/**
 * A review with the themes people found in it. {@code scored} is the set of themes the labelling scheme can express
 * (a crowd scheme without a "not received" class cannot score that theme); {@code fold} places it in one of five
 * folds for cross-validation.
 */
public record LabelledReview(String text, String language, Integer rating, Set<Theme> themes, Set<Theme> scored,
    int fold) {}
