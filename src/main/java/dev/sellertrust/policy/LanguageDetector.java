package dev.sellertrust.policy;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Guesses the language of a policy when the row does not say. Script first: text whose letters are at least
 * 30% Han characters is Chinese. Otherwise each candidate language scores one point per token that is one of
 * its frequent function words (articles, prepositions, pronouns, which every policy sentence contains); the
 * highest score wins, English on a tie or when nothing matches. The word lists avoid words shared by Spanish
 * and Portuguese ("de", "que") so those two stay apart.
 */
final class LanguageDetector {
  private LanguageDetector() {}

  private static final Pattern WORD = Pattern.compile("\\p{L}+");

  private static final Map<String, Set<String>> STOP_WORDS = new LinkedHashMap<>();

  static {
    STOP_WORDS.put("en", Set.of("the", "and", "of", "to", "you", "your", "we", "is", "are", "within", "for", "with",
        "will", "be", "our", "or", "any", "not", "this", "days"));
    STOP_WORDS.put("es", Set.of("el", "los", "las", "y", "del", "por", "para", "usted", "su", "sus", "con", "una",
        "días", "dentro", "devolución", "nuestra", "reembolso", "pedido", "es", "está"));
    STOP_WORDS.put("pt", Set.of("o", "os", "e", "do", "da", "dos", "das", "não", "em", "você", "seu", "sua", "ao",
        "dias", "uma", "pelo", "devolução", "nossa", "pedido", "é"));
    STOP_WORDS.put("de", Set.of("der", "die", "das", "und", "ist", "nicht", "sie", "wir", "mit", "für", "von", "zu",
        "den", "ein", "eine", "innerhalb", "tagen", "ihre", "auf", "werden"));
    STOP_WORDS.put("fr", Set.of("le", "la", "les", "des", "et", "est", "vous", "nous", "pour", "avec", "un", "une",
        "dans", "jours", "du", "votre", "vos", "sur", "sont", "retour"));
  }

  static String detect(String text) {
    if (text == null || text.isBlank()) {
      return "en";
    }
    int letters = 0;
    int han = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
          han++;
        }
      }
    }
    if (letters > 0 && han * 10 >= letters * 3) {
      return "zh";
    }
    Map<String, Integer> scores = new LinkedHashMap<>();
    STOP_WORDS.keySet().forEach(l -> scores.put(l, 0));
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      String w = m.group();
      STOP_WORDS.forEach((lang, words) -> {
        if (words.contains(w)) {
          scores.merge(lang, 1, Integer::sum);
        }
      });
    }
    String best = "en";
    int bestScore = 0;
    for (Map.Entry<String, Integer> e : scores.entrySet()) {
      if (e.getValue() > bestScore) {
        best = e.getKey();
        bestScore = e.getValue();
      }
    }
    return best;
  }
}
