package dev.sellertrust.themes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One language's rules, negation words, contrast words ("but") and negative cues, indexed by first word. */
final class ThemeLexicon {
  final String language;
  final List<ThemeRule> rules = new ArrayList<>();
  final Set<String> negators = new HashSet<>();
  final Set<String> contrast = new HashSet<>();
  /** Phrases of a dissatisfied buyer that name no theme; they keep a high rating from counting as praise. */
  final List<ThemeRule> negativeCues = new ArrayList<>();
  private final Map<Integer, List<ThemeRule>> byFirstWord = new HashMap<>();
  private final Vocabulary vocabulary;

  ThemeLexicon(String language, Vocabulary vocabulary) {
    this.language = language;
    this.vocabulary = vocabulary;
  }

  ThemeLexicon negators(String words) {
    negators.addAll(List.of(words.trim().split("\\s+")));
    return this;
  }

  ThemeLexicon contrast(String words) {
    contrast.addAll(List.of(words.trim().split("\\s+")));
    return this;
  }

  ThemeLexicon rule(Theme theme, String... specs) {
    for (String spec : specs) {
      ThemeRule r = ThemeRule.parse(theme, spec, vocabulary);
      rules.add(r);
      for (int id : r.pattern().firstElement()) {
        byFirstWord.computeIfAbsent(id, k -> new ArrayList<>()).add(r);
      }
    }
    return this;
  }

  ThemeLexicon negative(String... specs) {
    for (String spec : specs) {
      negativeCues.add(ThemeRule.parse(Theme.ARRIVED_EARLY_OR_PRAISE, spec, vocabulary));
    }
    return this;
  }

  List<ThemeRule> startingWith(int id) {
    return byFirstWord.getOrDefault(id, List.of());
  }
}
