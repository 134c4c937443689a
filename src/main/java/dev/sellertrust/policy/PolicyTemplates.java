package dev.sellertrust.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Writes a realistic return policy stating exactly the facts of a {@link PolicySpec}, in en, es, pt, de, fr or zh,
 * for the synthetic-data generator. Deterministic: wording variants (number words or digits, weeks and months
 * instead of days) are chosen from a hash of the language and the spec, so the same spec always gives the same
 * text and {@link PolicyExtractor} reads the spec back.
 */
public final class PolicyTemplates {
  private PolicyTemplates() {}

  private static final Map<String, Map<Integer, String>> WORDS = Map.of(
      "en", words("1 one 2 two 3 three 5 five 7 seven 10 ten 14 fourteen 15 fifteen 21 twenty-one 30 thirty"
          + " 45 forty-five 60 sixty 90 ninety"),
      "es", words("2 dos 3 tres 5 cinco 7 siete 10 diez 14 catorce 15 quince 21 veintiún 30 treinta"
          + " 45 cuarenta_y_cinco 60 sesenta 90 noventa"),
      "pt", words("2 dois 3 três 5 cinco 7 sete 10 dez 14 catorze 15 quinze 21 vinte_e_um 30 trinta"
          + " 45 quarenta_e_cinco 60 sessenta 90 noventa"),
      "de", words("2 zwei 3 drei 5 fünf 7 sieben 10 zehn 14 vierzehn 15 fünfzehn 21 einundzwanzig 30 dreißig"
          + " 45 fünfundvierzig 60 sechzig 90 neunzig"),
      "fr", words("2 deux 3 trois 5 cinq 7 sept 10 dix 14 quatorze 15 quinze 21 vingt_et_un 30 trente"
          + " 45 quarante-cinq 60 soixante 90 quatre-vingt-dix"),
      "zh", words("2 两 3 三 5 五 7 七 10 十 14 十四 15 十五 21 二十一 30 三十 45 四十五 60 六十 90 九十"));

  public static String render(String language, PolicySpec spec) {
    String lang = language == null ? "en" : language.strip().toLowerCase(Locale.ROOT);
    if (!Lexicon.LANGUAGES.contains(lang)) {
      throw new IllegalArgumentException("no templates for language " + language);
    }
    int variant = Objects.hash(lang, spec.windowDays(), spec.windowStartsFrom(), spec.refundToOriginal(),
        spec.storeCreditOnly(), spec.refundTimelineDays(), spec.shippingPaidBy(), spec.restockingFeePercent(),
        spec.exchangeOffered(), spec.vague()) & 0x7fffffff;
    Phrases p = Phrases.of(lang);
    List<String> s = new ArrayList<>();
    s.add(p.title);
    if (spec.vague()) {
      s.add(p.vagueWindow);
    } else if (spec.windowDays() != null) {
      String span = span(lang, spec.windowDays(), variant, false);
      String anchor = spec.windowStartsFrom() == null ? "" : p.anchor(spec.windowStartsFrom());
      s.add(String.format(p.window, span, anchor).replace(" .", ".").replace("  ", " "));
    }
    s.add(p.conditions);
    if (spec.storeCreditOnly()) {
      s.add(p.storeCreditOnly);
    } else if (spec.refundToOriginal()) {
      s.add(p.refundOriginal);
    }
    if (spec.vague()) {
      s.add(p.vagueRefund);
    } else if (spec.refundTimelineDays() != null) {
      s.add(String.format(p.timeline, span(lang, spec.refundTimelineDays(), variant >> 2, true)));
    }
    if (spec.shippingPaidBy() != null) {
      s.add(switch (spec.shippingPaidBy()) {
        case "buyer" -> p.buyerPays;
        case "seller" -> p.sellerPays;
        case "depends" -> p.dependsPays;
        default -> throw new IllegalArgumentException("shippingPaidBy must be buyer, seller or depends");
      });
    }
    if (spec.restockingFeePercent() != null) {
      double pct = spec.restockingFeePercent();
      s.add(pct == 0 ? p.noFee : String.format(p.fee, percent(pct)));
    }
    s.add(spec.exchangeOffered() ? p.exchangeYes : p.exchangeNo);
    s.add(p.procedure);
    return String.join("zh".equals(lang) ? "" : " ", s);
  }

  /** A span of days in words, digits, weeks or a month, picked by bits of {@code variant}. */
  private static String span(String lang, int days, int variant, boolean businessDays) {
    Phrases p = Phrases.of(lang);
    boolean words = (variant & 1) == 1;
    boolean calendarUnit = (variant & 2) == 2;
    if (!businessDays && calendarUnit && p.weeksAndMonths.containsKey(days)) {
      return p.weeksAndMonths.get(days);
    }
    String number = words && WORDS.get(lang).containsKey(days) ? WORDS.get(lang).get(days) : Integer.toString(days);
    String unit = businessDays ? p.businessDays : p.days;
    return "zh".equals(lang) ? number + unit : number + " " + unit;
  }

  private static String percent(double pct) {
    return pct == Math.rint(pct) ? Long.toString((long) pct) : Double.toString(pct);
  }

  private static Map<Integer, String> words(String pairs) {
    String[] parts = pairs.split(" ");
    Map<Integer, String> m = new java.util.HashMap<>();
    for (int i = 0; i < parts.length; i += 2) {
      m.put(Integer.valueOf(parts[i]), parts[i + 1].replace('_', ' '));
    }
    return m;
  }
}
