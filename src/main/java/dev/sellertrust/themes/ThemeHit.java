package dev.sellertrust.themes;

/** One theme found in a review: the short excerpt that shows it, and the language the rules read it in. */
public record ThemeHit(Theme theme, String snippet, String language) {}
