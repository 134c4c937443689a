package dev.sellertrust.themes;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The features the learned theme model reads from one review: its normalised words (lower case, accent-free, "n o"
 * put back to "nao"), their first {@link Options#stem} letters (a cheap stemmer: "quebrado", "quebrada", "quebrou"
 * share "quebr"), adjacent word pairs within a clause ("nao veio"), words in the reach of a negation marked as such
 * ("nao ... funciona"), the themes the rules found, and the star rating. Each feature is kept with the first token it
 * was seen at, so a theme the model finds can show the words behind it. Linear in the text: one pass, a few string
 * concatenations per token.
 */
final class ThemeFeatures {
  private static final String RATING = "#";

  private ThemeFeatures() {}

  /** Which feature families are on; written in the model file so that reading uses what training used. */
  record Options(int stem, boolean bigrams, boolean negation, boolean rules, boolean rating) {
    static final Options DEFAULT = new Options(5, true, true, true, true);

    String encode() {
      return "stem=" + stem + " bigrams=" + bigrams + " negation=" + negation + " rules=" + rules + " rating=" + rating;
    }

    static Options decode(String s) {
      Map<String, String> kv = new LinkedHashMap<>();
      for (String part : s.trim().split("\\s+")) {
        int eq = part.indexOf('=');
        if (eq < 0 || !java.util.Set.of("stem", "bigrams", "negation", "rules", "rating").contains(part.substring(0, eq))) {
          throw new IllegalArgumentException("features: expected stem=N bigrams= negation= rules= rating=, got " + part);
        }
        kv.put(part.substring(0, eq), part.substring(eq + 1));
      }
      return new Options(Integer.parseInt(kv.getOrDefault("stem", String.valueOf(DEFAULT.stem))),
          Boolean.parseBoolean(kv.getOrDefault("bigrams", String.valueOf(DEFAULT.bigrams))),
          Boolean.parseBoolean(kv.getOrDefault("negation", String.valueOf(DEFAULT.negation))),
          Boolean.parseBoolean(kv.getOrDefault("rules", String.valueOf(DEFAULT.rules))),
          Boolean.parseBoolean(kv.getOrDefault("rating", String.valueOf(DEFAULT.rating))));
    }
  }

  /**
   * Feature name to the token it starts at (-1 for the rating and the rules' themes). {@code negators} are the
   * language's negation words; a negation reaches the next {@link ThemeRule#NEGATION_WINDOW} words of its clause.
   */
  static Map<String, Integer> of(ReviewTokens tokens, Set<String> negators, Integer rating, Set<Theme> ruleThemes,
      Options o) {
    Map<String, Integer> f = new LinkedHashMap<>();
    int n = tokens.size();
    int negatedUntil = -1;
    int negClause = -1;
    for (int i = 0; i < n; i++) {
      String w = tokens.words[i];
      f.putIfAbsent(w, i);
      if (o.stem() > 0 && w.length() > o.stem()) {
        f.putIfAbsent(w.substring(0, o.stem()) + "*", i);
      }
      if (o.bigrams() && i + 1 < n && tokens.clause[i + 1] == tokens.clause[i]) {
        f.putIfAbsent(w + " " + tokens.words[i + 1], i);
      }
      if (o.negation()) {
        if (i <= negatedUntil && tokens.clause[i] == negClause && !negators.contains(w)) {
          f.putIfAbsent("~" + (o.stem() > 0 && w.length() > o.stem() ? w.substring(0, o.stem()) + "*" : w), i);
        }
        if (negators.contains(w)) {
          negatedUntil = i + ThemeRule.NEGATION_WINDOW;
          negClause = tokens.clause[i];
        }
      }
    }
    if (o.rules()) {
      for (Theme t : ruleThemes) {
        f.putIfAbsent("@" + t.id(), -1);
      }
    }
    if (o.rating() && rating != null) {
      f.putIfAbsent(RATING + rating, -1);
    }
    return f;
  }

  /** The same features without the star rating: what the words alone say. */
  static Map<String, Integer> wordsOnly(Map<String, Integer> features) {
    Map<String, Integer> out = new LinkedHashMap<>(features);
    out.keySet().removeIf(k -> k.startsWith(RATING));
    return out;
  }
}
