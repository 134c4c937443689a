package dev.sellertrust.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every rendered policy must be read back as its spec by the extractor, in every language. */
class PolicyTemplatesTest {

  private static final List<String> LANGUAGES = List.of("en", "es", "pt", "de", "fr", "zh");

  /** A spread of specs: every shipping payer, window anchor, refund method, fee form, number and vague on/off. */
  private static List<PolicySpec> specs() {
    List<PolicySpec> specs = new ArrayList<>();
    int[] windows = {7, 14, 15, 21, 30, 45, 60, 90};
    String[] anchors = {"delivery", "purchase", "shipment", null};
    String[] payers = {"buyer", "seller", "depends", null};
    Double[] fees = {null, 0.0, 10.0, 15.0, 12.5};
    Integer[] timelines = {null, 5, 7, 10, 14, 30};
    int i = 0;
    for (int w : windows) {
      for (String anchor : anchors) {
        String payer = payers[i % payers.length];
        Double fee = fees[i % fees.length];
        Integer timeline = timelines[i % timelines.length];
        boolean original = i % 3 != 0;
        boolean creditOnly = i % 5 == 0;
        specs.add(new PolicySpec(w, anchor, original, creditOnly, timeline, payer, fee, i % 2 == 0, false));
        i++;
      }
    }
    specs.add(new PolicySpec(null, null, false, false, null, null, null, false, false));
    specs.add(new PolicySpec(30, "delivery", true, false, 7, "buyer", null, true, true));
    specs.add(new PolicySpec(null, null, false, true, null, "seller", 20.0, false, true));
    return specs;
  }

  @Test
  void extractionRecoversTheSpecInEveryLanguage() {
    List<String> failures = new ArrayList<>();
    for (String lang : LANGUAGES) {
      for (PolicySpec spec : specs()) {
        String text = PolicyTemplates.render(lang, spec);
        PolicyFacts f = PolicyExtractor.extract(text, lang);
        check(failures, lang, spec, text, "window", spec.vague() ? null : spec.windowDays(), f.returnWindowDays());
        check(failures, lang, spec, text, "starts", spec.vague() || spec.windowDays() == null ? null
            : spec.windowStartsFrom(), f.windowStartsFrom());
        check(failures, lang, spec, text, "timeline", spec.vague() ? null : spec.refundTimelineDays(),
            f.refundTimelineDays());
        check(failures, lang, spec, text, "shipping", spec.shippingPaidBy(), f.returnShippingPaidBy());
        Boolean original = spec.storeCreditOnly() ? Boolean.FALSE : spec.refundToOriginal() ? Boolean.TRUE : null;
        check(failures, lang, spec, text, "original", original, f.refundToOriginalPayment());
        check(failures, lang, spec, text, "credit", spec.storeCreditOnly() ? "only" : null, f.storeCredit());
        Double pct = spec.restockingFeePercent();
        check(failures, lang, spec, text, "fee", pct == null ? null : pct > 0, f.restockingFee());
        check(failures, lang, spec, text, "fee%", pct == null || pct == 0 ? null : pct, f.restockingFeePercent());
        check(failures, lang, spec, text, "exchange", spec.exchangeOffered(), f.exchangeOffered());
        check(failures, lang, spec, text, "discretion", spec.vague() ? Boolean.TRUE : null, f.discretionaryLanguage());
        if (spec.vague() && f.vagueTerms().isEmpty()) {
          failures.add(lang + " " + spec + ": no vague terms found in: " + text);
        }
      }
    }
    assertTrue(failures.isEmpty(), failures.size() + " mismatches:\n" + String.join("\n", failures));
  }

  private static void check(List<String> failures, String lang, PolicySpec spec, String text, String what,
      Object expected, Object actual) {
    if (expected == null ? actual != null : !expected.equals(actual)) {
      failures.add(lang + " " + what + ": expected " + expected + " got " + actual + " | " + spec + " | " + text);
    }
  }

  @Test
  void renderingIsDeterministic() {
    PolicySpec spec = new PolicySpec(30, "delivery", true, false, 7, "buyer", 10.0, true, false);
    for (String lang : LANGUAGES) {
      assertEquals(PolicyTemplates.render(lang, spec), PolicyTemplates.render(lang, spec));
    }
  }

  @Test
  void wordingVariesAcrossSpecs() {
    Set<String> windowSentences = new HashSet<>();
    for (PolicySpec spec : specs()) {
      String text = PolicyTemplates.render("en", spec);
      windowSentences.add(text.replaceAll("(?s).*(within [^.]*)\\..*", "$1").replaceAll("of \\w+", ""));
    }
    assertTrue(windowSentences.stream().anyMatch(s -> s.matches(".*\\d.*")), "some spans in digits");
    assertTrue(windowSentences.stream().anyMatch(s -> s.matches("within [a-z-]+ days.*")), "some spans in words");
    assertTrue(windowSentences.stream().anyMatch(s -> s.contains("week") || s.contains("month")), "weeks or months");
  }

  @Test
  void vagueSpecOmitsNumbers() {
    String text = PolicyTemplates.render("en", new PolicySpec(30, "delivery", true, false, 7, "buyer", null, true, true));
    assertFalse(text.matches("(?s).*\\d+ days.*"), text);
    assertTrue(text.contains("at our discretion"), text);
    assertNull(PolicyExtractor.extract(text, "en").returnWindowDays());
  }
}
