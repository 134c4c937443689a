package dev.sellertrust.themes;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Finds complaint themes (and praise) in a review's text with per-language phrase rules and, for the language a
 * {@link ThemeModel} is shipped for (Portuguese), the model on top of them. Each review is tokenised once, its
 * language decided ({@link ReviewLanguage}), and the rules whose first word occurs are tried at that position: linear
 * in the text, no regular expressions. Thread-safe; one shared instance.
 *
 * <p>Praise is only reported for a review with no complaint, since a mixed review ("arrived early but broken") is
 * read by buyers as a complaint; a rating of 4 or 5 with no complaint and no negative phrase counts as praise too.
 * A partial delivery is not also a non-delivery: the buyer did receive part of the order. Asking for one's money
 * back for an order that did not (fully) come is part of that delivery complaint, not a separate refund problem.
 * A phrase lies within one sentence; a negation reaches back three words and not across "but" ({@link #clauses}).
 */
public final class ReviewThemeExtractor {
  private static final ReviewThemeExtractor INSTANCE =
      new ReviewThemeExtractor(ThemeModel.loadResource(ThemeModel.PT_RESOURCE));
  private static final ReviewThemeExtractor RULES_ONLY = new ReviewThemeExtractor(null);

  private final Vocabulary vocabulary = new Vocabulary();
  private final Map<String, ThemeLexicon> lexicons = new java.util.HashMap<>();
  /** The learned reading of its language's reviews, or null: rules alone. */
  private final ThemeModel model;

  private ReviewThemeExtractor(ThemeModel model) {
    this.model = model;
    for (ThemeLexicon l : List.of(PortugueseThemes.build(vocabulary), EnglishThemes.build(vocabulary),
        SpanishThemes.build(vocabulary), GermanThemes.build(vocabulary), FrenchThemes.build(vocabulary),
        ChineseThemes.build(vocabulary))) {
      lexicons.put(l.language, l);
    }
  }

  /** The shipped extractor: rules in six languages, with the learned model where one is shipped (Portuguese). */
  public static ReviewThemeExtractor get() {
    return INSTANCE;
  }

  /** The rules alone, as the model's training reads them. */
  static ReviewThemeExtractor rulesOnly() {
    return RULES_ONLY;
  }

  /** The rules with {@code model} for its language (cross-validation, evaluation of a freshly trained model). */
  static ReviewThemeExtractor withModel(ThemeModel model) {
    return new ReviewThemeExtractor(model);
  }

  /** The rule words a token matches, for tests and error analysis. */
  String debugIds(String token) {
    return vocabulary.describe(vocabulary.idsOf(token));
  }

  /** A review cut into tokens and read in its language, with the themes the rules found (token spans). */
  private record Reading(ReviewTokens tokens, String language, ThemeLexicon lexicon, Map<Theme, int[]> found) {}

  private Reading read(String text, String language, Integer rating) {
    if (text == null || text.isBlank()) {
      return null;
    }
    ReviewTokens raw = ReviewTokens.of(text);
    if (raw.size() == 0) {
      return null;
    }
    String lang = ReviewLanguage.detect(raw, language);
    if (lang == null) {
      return null;
    }
    ReviewTokens tokens = raw.repaired(lang);
    ThemeLexicon lexicon = lexicons.get(lang);
    return new Reading(tokens, lang, lexicon, ruleThemes(tokens, lexicon, rating));
  }

  /**
   * The model's features of a review in {@code options}' terms, the rules' themes included; null when the review is
   * empty or not in {@code modelLanguage}.
   */
  Map<String, Integer> modelFeatures(String text, String language, Integer rating, String modelLanguage,
      ThemeFeatures.Options options) {
    Reading r = read(text, language, rating);
    if (r == null || !r.language().equals(modelLanguage)) {
      return null;
    }
    return ThemeFeatures.of(r.tokens(), r.lexicon().negators, rating, r.found().keySet(), options);
  }

  /** Themes of one review; empty for an empty text. {@code rating} may be null. */
  public List<ThemeHit> extract(String text, String language, Integer rating) {
    Reading r = read(text, language, rating);
    if (r == null) {
      return List.of();
    }
    Map<Theme, int[]> found = r.found();
    if (model != null && model.language.equals(r.language())) {
      found = withModel(r, rating);
    }
    List<ThemeHit> hits = new ArrayList<>(found.size());
    for (Map.Entry<Theme, int[]> e : found.entrySet()) {
      hits.add(new ThemeHit(e.getKey(), ThemeSnippet.around(r.tokens(), e.getValue()[0], e.getValue()[1]),
          r.language()));
    }
    return hits;
  }

  /**
   * The model decides each theme it was trained on, reading the rules' themes among its features. The labels it
   * learned from have one class for "late" and "never came", so where it reports lateness and the rules read a
   * non-delivery, the non-delivery is kept; and the stars cannot take away a non-delivery or a lateness the rules
   * read (a five-star "não chegou" is the contradiction the integrity signals look for, a five-star "só atrasou" still
   * reports a late parcel, and the crowd's high-star reviews teach the model that stars mean no complaint), so for
   * them lateness is also judged on the words alone. Where the
   * rules read a refund problem and no delivery complaint (a money word before "não chegou": "o estorno não
   * chegou"), their reading stands: the words of a missing refund and of a missing parcel are the same to the model,
   * and the crowd's few refund examples cannot teach it the difference the rules read from the sentence. Themes the
   * model was not trained on (an unresponsive seller) stay as the rules found them. Where the model reports no
   * complaint at all, a wrong item the rules read ("veio a cor errada") stands: the model learned from a crowd that
   * often voted a wrong item into another class, and it should not leave a review the rules read as a complaint
   * with none. Praise is still reported only
   * for a review without a complaint. A theme the rules did not find shows the words that weighed most for it.
   */
  private Map<Theme, int[]> withModel(Reading r, Integer rating) {
    Map<Theme, int[]> rules = r.found();
    Map<String, Integer> features = ThemeFeatures.of(r.tokens(), r.lexicon().negators, rating, rules.keySet(),
        model.options);
    double[] p = model.probabilities(features);
    int late = model.themes.indexOf(Theme.LATE_DELIVERY);
    if (late >= 0 && (rules.containsKey(Theme.NOT_RECEIVED) || rules.containsKey(Theme.LATE_DELIVERY))) {
      p[late] = Math.max(p[late], model.probabilities(ThemeFeatures.wordsOnly(features))[late]);
    }
    Map<Theme, int[]> out = new EnumMap<>(Theme.class);
    rules.forEach((t, span) -> {
      if (!model.themes.contains(t) && t != Theme.NOT_RECEIVED) {
        out.put(t, span);
      }
    });
    boolean moneyNotParcel = rules.containsKey(Theme.RETURN_OR_REFUND_PROBLEM)
        && !rules.containsKey(Theme.LATE_DELIVERY) && !rules.containsKey(Theme.NOT_RECEIVED)
        && !rules.containsKey(Theme.PARTIAL_DELIVERY);
    int n = r.tokens().size();
    for (int t = 0; t < p.length; t++) {
      Theme theme = model.themes.get(t);
      if (moneyNotParcel && theme == Theme.RETURN_OR_REFUND_PROBLEM) {
        out.put(theme, rules.get(theme));
        continue;
      }
      if (p[t] < model.threshold[t] || moneyNotParcel && theme == Theme.LATE_DELIVERY) {
        continue;
      }
      if (theme == Theme.LATE_DELIVERY && rules.containsKey(Theme.NOT_RECEIVED)) {
        out.put(Theme.NOT_RECEIVED, rules.get(Theme.NOT_RECEIVED));
        if (!rules.containsKey(Theme.LATE_DELIVERY)) {
          continue;
        }
      }
      int[] span = rules.get(theme);
      if (span == null) {
        int at = model.evidenceToken(features, t);
        span = at < 0 ? new int[] {0, Math.min(n, 6)} : new int[] {at, Math.min(n, at + 2)};
      }
      out.put(theme, span);
    }
    if (out.keySet().stream().noneMatch(Theme::isComplaint)) {
      for (Theme t : RULES_STAND_ALONE) {
        if (rules.containsKey(t)) {
          out.put(t, rules.get(t));
        }
      }
    }
    if (out.keySet().stream().anyMatch(Theme::isComplaint)) {
      out.remove(Theme.ARRIVED_EARLY_OR_PRAISE);
    }
    return out;
  }

  private static final List<Theme> RULES_STAND_ALONE = List.of(Theme.NOT_AS_DESCRIBED);

  /** The rules' themes with the token span each was found at. */
  private Map<Theme, int[]> ruleThemes(ReviewTokens tokens, ThemeLexicon lexicon, Integer rating) {
    int n = tokens.size();
    int[][] ids = new int[n][];
    for (int i = 0; i < n; i++) {
      ids[i] = vocabulary.idsOf(tokens.words[i]);
    }
    int[] clause = clauses(tokens, lexicon);
    Map<Theme, int[]> found = new EnumMap<>(Theme.class);
    for (int i = 0; i < n; i++) {
      for (int id : ids[i]) {
        for (ThemeRule rule : lexicon.startingWith(id)) {
          if (found.containsKey(rule.theme())) {
            continue;
          }
          int end = rule.match(ids, tokens.clause, i);
          if (end > 0 && !(rule.negatable() && negated(tokens, clause, lexicon, i))) {
            found.put(rule.theme(), new int[] {i, end});
          }
        }
      }
    }
    if (found.containsKey(Theme.PARTIAL_DELIVERY)) {
      found.remove(Theme.NOT_RECEIVED);
    }
    if (found.containsKey(Theme.PARTIAL_DELIVERY) || found.containsKey(Theme.NOT_RECEIVED)) {
      found.remove(Theme.RETURN_OR_REFUND_PROBLEM);
    }
    boolean complaint = found.keySet().stream().anyMatch(Theme::isComplaint);
    if (complaint) {
      found.remove(Theme.ARRIVED_EARLY_OR_PRAISE);
    } else if (!found.containsKey(Theme.ARRIVED_EARLY_OR_PRAISE) && rating != null && rating >= 4
        && !anyMatch(lexicon.negativeCues, tokens, ids, clause, lexicon)) {
      found.put(Theme.ARRIVED_EARLY_OR_PRAISE, new int[] {0, Math.min(n, 6)});
    }
    return found;
  }

  /** Clause numbers where a contrast word ("mas", "but", "aber") also starts a new clause. */
  private static int[] clauses(ReviewTokens tokens, ThemeLexicon lexicon) {
    int[] out = new int[tokens.size()];
    int shift = 0;
    for (int i = 0; i < out.length; i++) {
      if (lexicon.contrast.contains(tokens.words[i])) {
        shift++;
      }
      out[i] = tokens.clause[i] * 1000 + shift;
    }
    return out;
  }

  private static boolean negated(ReviewTokens tokens, int[] clause, ThemeLexicon lexicon, int at) {
    for (int j = Math.max(0, at - ThemeRule.NEGATION_WINDOW); j < at; j++) {
      if (clause[j] == clause[at] && lexicon.negators.contains(tokens.words[j])) {
        return true;
      }
    }
    return false;
  }

  private static boolean anyMatch(List<ThemeRule> rules, ReviewTokens tokens, int[][] ids, int[] clause,
      ThemeLexicon lexicon) {
    for (ThemeRule rule : rules) {
      for (int i = 0; i < ids.length; i++) {
        if (rule.match(ids, tokens.clause, i) > 0 && !(rule.negatable() && negated(tokens, clause, lexicon, i))) {
          return true;
        }
      }
    }
    return false;
  }
}
