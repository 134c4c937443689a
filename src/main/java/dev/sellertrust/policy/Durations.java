package dev.sellertrust.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds time spans such as "30 days", "thirty (30) days", "5-7 business days", "two weeks", "一个月",
 * "14-tägiges". Weeks count 7 days, months 30 and years 365, so every span is comparable in days. For a
 * range the upper bound is kept: "refunds within 5-7 days" promises at most 7.
 */
final class Durations {
  private Durations() {}

  /** A span in days and its {@code [start, end)} offsets in the searched text. */
  record Duration(int days, int start, int end) {}

  private static final Map<String, String> UNITS = Map.of(
      "en", "(?:(?:business|working|calendar|bank)\\s+)?days?|weeks?|months?|years?",
      "es", "d[ií]as?(?:\\s+(?:h[aá]biles|naturales|laborables|corridos|calendario))?|semanas?|mes(?:es)?|años?",
      "pt", "dias?(?:\\s+(?:[uú]teis|corridos|[uú]til))?|semanas?|m[eê]s(?:es)?|anos?",
      "de", "(?:Werk|Arbeits|Kalender|Geschäfts)?tag(?:e|en)?|tägig\\w*|Wochen?|Monat(?:e|en)?|Jahr(?:e|en)?",
      "fr", "jours?(?:\\s+(?:ouvr[ée]s|ouvrables|calendaires|francs))?|semaines?|mois|ans?|ann[ée]es?",
      "zh", "个?(?:工作日|工作天|自然日|天|日|星期|周|月)|年");

  private static final Map<String, String> RANGE = Map.of(
      "en", "-|to|or",
      "es", "-|a|y|o",
      "pt", "-|a|e|ou",
      "de", "-|bis|oder",
      "fr", "-|à|a|et|ou",
      "zh", "-|~|至|到");

  private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

  static List<Duration> find(String text, String language) {
    Pattern p = PATTERNS.computeIfAbsent(language, Durations::compile);
    Matcher m = p.matcher(text);
    List<Duration> found = new ArrayList<>();
    while (m.find()) {
      Integer first = value(language, m.group("a"), m.group("pa"));
      Integer second = m.group("b") == null ? null : value(language, m.group("b"), m.group("pb"));
      if (first == null) {
        continue;
      }
      int n = second != null ? Math.max(first, second) : first;
      if (n <= 0) {
        continue;
      }
      found.add(new Duration(n * unitDays(m.group("unit")), m.start(), m.end()));
    }
    return found;
  }

  private static Integer value(String language, String number, String parenthesised) {
    if (parenthesised != null && parenthesised.matches(".*\\d.*")) {
      return Integer.valueOf(parenthesised.replaceAll("\\D", ""));
    }
    return NumberWords.parse(language, number);
  }

  private static int unitDays(String unit) {
    String u = unit.toLowerCase(Locale.ROOT);
    if (u.matches(".*(week|semana|woche|semaine|星期|周).*")) {
      return 7;
    }
    if (u.matches(".*(month|mes|mês|monat|mois|月).*")) {
      return 30;
    }
    if (u.matches(".*(year|año|ano|jahr|année|annee|年).*") || u.equals("an") || u.equals("ans")) {
      return 365;
    }
    return 1;
  }

  private static Pattern compile(String language) {
    String lang = UNITS.containsKey(language) ? language : "en";
    String num = NumberWords.regex(lang);
    // "thirty (30) days", and the other way round, "10 (dez) dias úteis", as Brazilian and Spanish contracts write it.
    String paren = "\\s*\\(\\s*(?:\\d{1,3}|\\p{L}+(?:[\\s-]+\\p{L}+){0,3})\\s*\\)";
    String before = "zh".equals(lang) ? "(?<![0-9])" : "(?<![\\p{L}\\p{N}])";
    String after = "zh".equals(lang) ? "" : "(?![\\p{L}])";
    String regex = before
        + "(?<a>" + num + ")(?<pa>" + paren + ")?"
        + "(?:\\s*(?:" + RANGE.get(lang) + ")\\s*(?<b>" + num + ")(?<pb>" + paren + ")?)?"
        + "\\s*-?\\s*(?<unit>" + UNITS.get(lang) + ")" + after;
    return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }
}
