package dev.sellertrust.policy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The regular expressions of one language, one per {@link Cue}; compiled once per JVM.
 *
 * <p>Each cue's expression is a list of top-level alternatives ("a|b|c"), each one way of saying the thing. An
 * alternative has an id ({@code language/CUE/index}); {@link #without} builds a lexicon with some alternatives left
 * out, which is how {@link PolicyEvaluation} measures leave-one-company-out agreement.
 */
final class Lexicon {
  static final Set<String> LANGUAGES = Set.of("en", "es", "pt", "de", "fr", "zh");

  private static final Map<String, Map<Cue, String>> REGEXES = Map.of(
      "en", EnglishLexicon.cues(),
      "es", SpanishLexicon.cues(),
      "pt", PortugueseLexicon.cues(),
      "de", GermanLexicon.cues(),
      "fr", FrenchLexicon.cues(),
      "zh", ChineseLexicon.cues());

  private static final Map<String, Lexicon> BY_LANGUAGE = Map.of(
      "en", new Lexicon("en", REGEXES.get("en"), Set.of()),
      "es", new Lexicon("es", REGEXES.get("es"), Set.of()),
      "pt", new Lexicon("pt", REGEXES.get("pt"), Set.of()),
      "de", new Lexicon("de", REGEXES.get("de"), Set.of()),
      "fr", new Lexicon("fr", REGEXES.get("fr"), Set.of()),
      "zh", new Lexicon("zh", REGEXES.get("zh"), Set.of()));

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private final String language;
  private final Map<Cue, Pattern> patterns = new EnumMap<>(Cue.class);

  private Lexicon(String language, Map<Cue, String> regexes, Set<String> disabled) {
    this.language = language;
    for (Cue cue : Cue.values()) {
      String regex = regexes.get(cue);
      if (regex == null) {
        throw new IllegalStateException(language + " lexicon lacks " + cue);
      }
      if (!disabled.isEmpty()) {
        List<String> kept = new ArrayList<>();
        List<String> alternatives = alternatives(regex);
        for (int i = 0; i < alternatives.size(); i++) {
          if (!disabled.contains(id(language, cue, i))) {
            kept.add(alternatives.get(i));
          }
        }
        regex = kept.isEmpty() ? "(?!)" : String.join("|", kept);
      }
      if (cue == Cue.WINDOW_PREFIX) {
        regex = "(?:" + regex + ")\\W*$";
      } else if (cue == Cue.WINDOW_SUFFIX || cue == Cue.CATEGORY_SUFFIX || cue == Cue.WINDOW_NOUN) {
        regex = "^(?:" + regex + ")";
      } else if (cue == Cue.CASE_REFERENCE) {
        regex = "^[\\W\\d]{0,4}(?:" + regex + ")";
      }
      patterns.put(cue, Pattern.compile(regex, FLAGS));
    }
  }

  /** The lexicon for an ISO 639-1 code; English for languages without one. */
  static Lexicon forLanguage(String language) {
    return BY_LANGUAGE.getOrDefault(language, BY_LANGUAGE.get("en"));
  }

  /** The lexicon of a language without the alternatives whose ids are given (see {@link #alternativePatterns}). */
  static Lexicon without(String language, Set<String> disabledIds) {
    Lexicon full = forLanguage(language);
    return disabledIds.isEmpty() ? full : new Lexicon(full.language, REGEXES.get(full.language), disabledIds);
  }

  /**
   * Every alternative of a language by id, compiled on its own and unanchored (line anchors match at line starts):
   * whether it occurs in a text is a broad reading of "this wording is in the text", used to tell which texts an
   * alternative could have been written from.
   */
  static Map<String, Pattern> alternativePatterns(String language) {
    String lang = forLanguage(language).language;
    Map<String, Pattern> out = new LinkedHashMap<>();
    for (Cue cue : Cue.values()) {
      List<String> alternatives = alternatives(REGEXES.get(lang).get(cue));
      for (int i = 0; i < alternatives.size(); i++) {
        out.put(id(lang, cue, i), Pattern.compile(alternatives.get(i), FLAGS | Pattern.MULTILINE));
      }
    }
    return out;
  }

  static String id(String language, Cue cue, int index) {
    return language + "/" + cue + "/" + index;
  }

  /**
   * Splits a regular expression at its top-level {@code |} (outside groups, character classes and escapes); a piece
   * that is one whole group, word boundaries aside ({@code \b(?:a|b)\b}), is split in turn, so that wrapping
   * wordings in one group does not make them one alternative.
   */
  static List<String> alternatives(String regex) {
    List<String> out = new ArrayList<>();
    for (String piece : topLevel(regex)) {
      String prefix = piece.startsWith("\\b") ? "\\b" : "";
      String suffix = piece.endsWith("\\b") && !piece.endsWith("\\\\b") && piece.length() > prefix.length() + 2
          ? "\\b" : "";
      String core = piece.substring(prefix.length(), piece.length() - suffix.length());
      if (core.startsWith("(?:") && core.endsWith(")") && closingParen(core) == core.length() - 1) {
        List<String> inner = alternatives(core.substring(3, core.length() - 1));
        if (inner.size() > 1) {
          inner.forEach(a -> out.add(prefix + a + suffix));
          continue;
        }
      }
      out.add(piece);
    }
    return out;
  }

  /** The index of the parenthesis closing the one at 0. */
  private static int closingParen(String regex) {
    int depth = 0;
    int classDepth = 0;
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i++;
      } else if (classDepth > 0) {
        classDepth += c == '[' ? 1 : c == ']' ? -1 : 0;
      } else if (c == '[') {
        classDepth++;
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  private static List<String> topLevel(String regex) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int classDepth = 0;
    int start = 0;
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i++;
      } else if (classDepth > 0) {
        if (c == '[') {
          classDepth++;
        } else if (c == ']') {
          classDepth--;
        }
      } else if (c == '[') {
        classDepth++;
        if (i + 1 < regex.length() && regex.charAt(i + 1) == ']') {
          i++;
        }
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == '|' && depth == 0) {
        out.add(regex.substring(start, i));
        start = i + 1;
      }
    }
    out.add(regex.substring(start));
    return out;
  }

  String language() {
    return language;
  }

  Pattern pattern(Cue cue) {
    return patterns.get(cue);
  }

  boolean found(Cue cue, CharSequence text) {
    return patterns.get(cue).matcher(text).find();
  }
}
