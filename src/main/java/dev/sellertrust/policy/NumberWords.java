package dev.sellertrust.policy;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Cardinal numbers written as words ("thirty", "treinta y un", "einundzwanzig", "quatre-vingt-dix", "三十"),
 * up to the few hundred days a return policy can mention. Values are summed atom by atom, which is exact for
 * every language here in that range (German "einundzwanzig" = 1 + 20, French "quatre-vingt-dix" = 80 + 10),
 * except "hundred" which multiplies.
 */
final class NumberWords {
  private NumberWords() {}

  private static final Map<String, Map<String, Integer>> ATOMS = Map.of(
      "en", atoms("a 1 one 1 two 2 three 3 four 4 five 5 six 6 seven 7 eight 8 nine 9 ten 10 eleven 11 twelve 12"
          + " thirteen 13 fourteen 14 fifteen 15 sixteen 16 seventeen 17 eighteen 18 nineteen 19 twenty 20 thirty 30"
          + " forty 40 fifty 50 sixty 60 seventy 70 eighty 80 ninety 90 hundred 100"),
      "es", atoms("un 1 uno 1 una 1 dos 2 tres 3 cuatro 4 cinco 5 seis 6 siete 7 ocho 8 nueve 9 diez 10 once 11"
          + " doce 12 trece 13 catorce 14 quince 15 dieciséis 16 diecisiete 17 dieciocho 18 diecinueve 19 veinte 20"
          + " veintiún 21 veintiuno 21 veintidós 22 veintitrés 23 veinticuatro 24 veinticinco 25 veintiséis 26"
          + " veintisiete 27 veintiocho 28 veintinueve 29 treinta 30 cuarenta 40 cincuenta 50 sesenta 60 setenta 70"
          + " ochenta 80 noventa 90 cien 100 ciento 100"),
      "pt", atoms("um 1 uma 1 dois 2 duas 2 três 3 quatro 4 cinco 5 seis 6 sete 7 oito 8 nove 9 dez 10 onze 11"
          + " doze 12 treze 13 catorze 14 quatorze 14 quinze 15 dezesseis 16 dezasseis 16 dezessete 17 dezassete 17"
          + " dezoito 18 dezenove 19 dezanove 19 vinte 20 trinta 30 quarenta 40 cinquenta 50 sessenta 60 setenta 70"
          + " oitenta 80 noventa 90 cem 100 cento 100"),
      "de", atoms("ein 1 eine 1 einen 1 einem 1 einer 1 eins 1 zwei 2 drei 3 vier 4 fünf 5 sechs 6 sieben 7 acht 8"
          + " neun 9 zehn 10 elf 11 zwölf 12 dreizehn 13 vierzehn 14 fünfzehn 15 sechzehn 16 siebzehn 17 achtzehn 18"
          + " neunzehn 19 zwanzig 20 dreißig 30 dreissig 30 vierzig 40 fünfzig 50 sechzig 60 siebzig 70 achtzig 80"
          + " neunzig 90 hundert 100"),
      "fr", atoms("un 1 une 1 deux 2 trois 3 quatre 4 cinq 5 six 6 sept 7 huit 8 neuf 9 dix 10 onze 11 douze 12"
          + " treize 13 quatorze 14 quinze 15 seize 16 vingt 20 vingts 20 trente 30 quarante 40 cinquante 50"
          + " soixante 60 quatre-vingt 80 quatre-vingts 80 cent 100"));

  /** Joins atoms: spaces and hyphens everywhere, plus "y" (es), "e" (pt), "und" (de, also glued), "et" (fr). */
  private static final Map<String, String> CONNECTORS = Map.of(
      "en", "(?:[\\s-]+(?:and\\s+)?)",
      "es", "(?:\\s+y\\s+|[\\s-]+)",
      "pt", "(?:\\s+e\\s+|[\\s-]+)",
      "de", "(?:und|[\\s-]+)",
      "fr", "(?:[\\s-]+et[\\s-]+|[\\s-]+)");

  private static final String CHINESE_DIGITS = "零一二两三四五六七八九";

  /** A regex (no capturing groups) for a number in {@code language}: digits or number words. */
  static String regex(String language) {
    if ("zh".equals(language)) {
      return "(?:[0-9０-９]{1,3}|[零一二两三四五六七八九十百]{1,4})";
    }
    Map<String, Integer> atoms = ATOMS.getOrDefault(language, ATOMS.get("en"));
    String atom = atomAlternation(atoms);
    String connector = CONNECTORS.getOrDefault(language, CONNECTORS.get("en"));
    return "(?:\\d{1,3}|(?:" + atom + ")(?:" + connector + "(?:" + atom + "))*)";
  }

  /** The value of a number matched by {@link #regex}, or null when it is not a number. */
  static Integer parse(String language, String token) {
    String t = token.strip().toLowerCase(java.util.Locale.ROOT);
    if (t.isEmpty()) {
      return null;
    }
    String ascii = fullWidthToAscii(t);
    if (ascii.chars().allMatch(Character::isDigit)) {
      return Integer.valueOf(ascii);
    }
    if ("zh".equals(language)) {
      return parseChinese(t);
    }
    Map<String, Integer> atoms = ATOMS.getOrDefault(language, ATOMS.get("en"));
    Matcher m = Pattern.compile(atomAlternation(atoms)).matcher(t);
    int total = 0;
    boolean any = false;
    while (m.find()) {
      int v = atoms.get(m.group());
      total = v == 100 && total > 0 ? total * 100 : total + v;
      any = true;
    }
    return any ? total : null;
  }

  private static Integer parseChinese(String t) {
    int total = 0;
    int current = 0;
    for (char c : t.toCharArray()) {
      int d = CHINESE_DIGITS.indexOf(c);
      if (d >= 0) {
        current = c == '两' ? 2 : (d > 2 ? d - 1 : d);
      } else if (c == '十') {
        total += (current == 0 ? 1 : current) * 10;
        current = 0;
      } else if (c == '百') {
        total += (current == 0 ? 1 : current) * 100;
        current = 0;
      } else {
        return null;
      }
    }
    return total + current;
  }

  private static String fullWidthToAscii(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      b.append(c >= '０' && c <= '９' ? (char) ('0' + (c - '０')) : c);
    }
    return b.toString();
  }

  /** Longest atoms first, so "fourteen" wins over "four" and "quatre-vingt" over "quatre". */
  private static String atomAlternation(Map<String, Integer> atoms) {
    return atoms.keySet().stream()
        .sorted(Comparator.comparingInt(String::length).reversed())
        .map(Pattern::quote)
        .collect(Collectors.joining("|"));
  }

  private static Map<String, Integer> atoms(String pairs) {
    String[] parts = pairs.trim().split("\\s+");
    Map<String, Integer> map = new LinkedHashMap<>();
    for (int i = 0; i < parts.length; i += 2) {
      map.put(parts[i], Integer.valueOf(parts[i + 1]));
    }
    return map;
  }
}
