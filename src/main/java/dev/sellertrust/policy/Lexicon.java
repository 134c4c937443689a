package dev.sellertrust.policy;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The regular expressions of one language, one per {@link Cue}; compiled once per JVM. */
final class Lexicon {
  static final Set<String> LANGUAGES = Set.of("en", "es", "pt", "de", "fr", "zh");

  private static final Map<String, Lexicon> BY_LANGUAGE = Map.of(
      "en", new Lexicon("en", EnglishLexicon.cues()),
      "es", new Lexicon("es", SpanishLexicon.cues()),
      "pt", new Lexicon("pt", PortugueseLexicon.cues()),
      "de", new Lexicon("de", GermanLexicon.cues()),
      "fr", new Lexicon("fr", FrenchLexicon.cues()),
      "zh", new Lexicon("zh", ChineseLexicon.cues()));

  private final String language;
  private final Map<Cue, Pattern> patterns = new EnumMap<>(Cue.class);

  private Lexicon(String language, Map<Cue, String> regexes) {
    this.language = language;
    for (Cue cue : Cue.values()) {
      String regex = regexes.get(cue);
      if (regex == null) {
        throw new IllegalStateException(language + " lexicon lacks " + cue);
      }
      int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
      if (cue == Cue.WINDOW_PREFIX) {
        regex = "(?:" + regex + ")\\W*$";
      } else if (cue == Cue.WINDOW_SUFFIX || cue == Cue.CATEGORY_SUFFIX || cue == Cue.WINDOW_NOUN) {
        regex = "^(?:" + regex + ")";
      }
      patterns.put(cue, Pattern.compile(regex, flags));
    }
  }

  /** The lexicon for an ISO 639-1 code; English for languages without one. */
  static Lexicon forLanguage(String language) {
    return BY_LANGUAGE.getOrDefault(language, BY_LANGUAGE.get("en"));
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
