package dev.sellertrust.policy;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reading ease on the 0-100 Flesch scale (higher is easier), with the adaptation published for each language:
 * <ul>
 *   <li>en: Flesch (1948) Reading Ease = 206.835 - 1.015 ASL - 84.6 ASW</li>
 *   <li>es: Fernández-Huerta (1959) = 206.84 - 0.60 P - 1.02 F, P syllables and F sentences per 100 words</li>
 *   <li>pt: Martins et al. (1996), Flesch + 42 = 248.835 - 1.015 ASL - 84.6 ASW</li>
 *   <li>de: Amstad (1978) = 180 - ASL - 58.5 ASW</li>
 *   <li>fr: Kandel and Moles (1958) = 207 - 1.015 ASL - 73.6 ASW</li>
 *   <li>zh: no syllable-based formula applies to characters, so our own proxy from the average sentence length
 *       in Han characters (ASLc): 100 - 2.5 (ASLc - 10). Ten-character sentences score 100, fifty-character
 *       sentences (dense legal prose) score 0.</li>
 * </ul>
 * ASL is words per sentence, ASW syllables per word. Syllables are counted as groups of consecutive vowels
 * (accented vowels included), with English silent final "e" dropped; this over- or under-counts some words
 * but is unbiased enough for comparing policies. Results are clamped to [0, 100].
 */
final class Readability {
  private Readability() {}

  record Score(double value, String formula) {}

  private static final Pattern WORD = Pattern.compile("[\\p{L}&&[^\\p{IsHan}]][\\p{L}'&&[^\\p{IsHan}]]*");
  private static final Pattern VOWELS = Pattern.compile("[aeiouyáéíóúàèìòùâêîôûäöüãõœæåøëïÿ]+");

  static Score of(String text, String language) {
    if ("zh".equals(language)) {
      return chinese(text);
    }
    int sentences = 0;
    for (Sentences.Span s : Sentences.split(text)) {
      if (WORD.matcher(text.substring(s.start(), s.end())).find()) {
        sentences++;
      }
    }
    int words = 0;
    int syllables = 0;
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words++;
      syllables += syllables(m.group().toLowerCase(Locale.ROOT), language);
    }
    if (words == 0) {
      return new Score(0, formulaName(language));
    }
    double asl = (double) words / Math.max(1, sentences);
    double asw = (double) syllables / words;
    double raw = switch (language) {
      case "es" -> 206.84 - 0.60 * (asw * 100) - 1.02 * (100.0 / asl);
      case "pt" -> 248.835 - 1.015 * asl - 84.6 * asw;
      case "de" -> 180 - asl - 58.5 * asw;
      case "fr" -> 207 - 1.015 * asl - 73.6 * asw;
      default -> 206.835 - 1.015 * asl - 84.6 * asw;
    };
    return new Score(clamp(raw), formulaName(language));
  }

  static String formulaName(String language) {
    return switch (language) {
      case "es" -> "fernandez_huerta";
      case "pt" -> "flesch_martins_pt";
      case "de" -> "amstad";
      case "fr" -> "kandel_moles";
      case "zh" -> "zh_sentence_length";
      default -> "flesch_reading_ease";
    };
  }

  static int syllables(String word, String language) {
    Matcher v = VOWELS.matcher(word);
    int groups = 0;
    while (v.find()) {
      groups++;
    }
    if ("en".equals(language) && groups > 1 && word.endsWith("e") && !word.endsWith("le") && !word.endsWith("ee")) {
      groups--;
    }
    return Math.max(1, groups);
  }

  private static Score chinese(String text) {
    int sentences = 0;
    int han = 0;
    for (Sentences.Span s : Sentences.split(text)) {
      int inSentence = 0;
      for (int i = s.start(); i < s.end(); i++) {
        if (Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.HAN) {
          inSentence++;
        }
      }
      if (inSentence > 0) {
        sentences++;
        han += inSentence;
      }
    }
    if (sentences == 0) {
      return new Score(0, formulaName("zh"));
    }
    double aslChars = (double) han / sentences;
    return new Score(clamp(100 - 2.5 * (aslChars - 10)), formulaName("zh"));
  }

  private static double clamp(double v) {
    return Math.max(0, Math.min(100, v));
  }
}
