package dev.sellertrust.themes;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Finds complaint themes (and praise) in a review's text with per-language phrase rules. Each review is tokenised
 * once, its language decided ({@link ReviewLanguage}), and the rules whose first word occurs are tried at that
 * position: linear in the text, no regular expressions. Thread-safe; one shared instance.
 *
 * <p>Praise is only reported for a review with no complaint, since a mixed review ("arrived early but broken") is
 * read by buyers as a complaint; a rating of 4 or 5 with no complaint and no negative phrase counts as praise too.
 * A partial delivery is not also a non-delivery: the buyer did receive part of the order. Asking for one's money
 * back for an order that did not (fully) come is part of that delivery complaint, not a separate refund problem.
 * A phrase lies within one sentence; a negation reaches back three words and not across "but" ({@link #clauses}).
 */
public final class ReviewThemeExtractor {
  private static final ReviewThemeExtractor INSTANCE = new ReviewThemeExtractor();

  private final Vocabulary vocabulary = new Vocabulary();
  private final Map<String, ThemeLexicon> lexicons = new java.util.HashMap<>();

  private ReviewThemeExtractor() {
    for (ThemeLexicon l : List.of(PortugueseThemes.build(vocabulary), EnglishThemes.build(vocabulary),
        SpanishThemes.build(vocabulary), GermanThemes.build(vocabulary), FrenchThemes.build(vocabulary),
        ChineseThemes.build(vocabulary))) {
      lexicons.put(l.language, l);
    }
  }

  public static ReviewThemeExtractor get() {
    return INSTANCE;
  }

  /** The rule words a token matches, for tests and error analysis. */
  String debugIds(String token) {
    return vocabulary.describe(vocabulary.idsOf(token));
  }

  /** Themes of one review; empty for an empty text. {@code rating} may be null. */
  public List<ThemeHit> extract(String text, String language, Integer rating) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    ReviewTokens raw = ReviewTokens.of(text);
    if (raw.size() == 0) {
      return List.of();
    }
    String lang = ReviewLanguage.detect(raw, language);
    if (lang == null) {
      return List.of();
    }
    ReviewTokens tokens = raw.repaired(lang);
    ThemeLexicon lexicon = lexicons.get(lang);
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
    List<ThemeHit> hits = new ArrayList<>(found.size());
    for (Map.Entry<Theme, int[]> e : found.entrySet()) {
      hits.add(new ThemeHit(e.getKey(), ThemeSnippet.around(tokens, e.getValue()[0], e.getValue()[1]), lang));
    }
    return hits;
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
