package dev.sellertrust.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Readability formulas, the clarity score and the market compliance flags. */
class PolicyScoringTest {

  @Test
  void englishSyllablesByVowelGroups() {
    assertEquals(1, Readability.syllables("cat", "en"));
    assertEquals(1, Readability.syllables("make", "en"));
    assertEquals(3, Readability.syllables("returning", "en"));
    assertEquals(2, Readability.syllables("table", "en"));
  }

  @Test
  void fleschReadingEaseMatchesHandComputation() {
    // 2 sentences, 8 words, 9 syllables: 206.835 - 1.015 * 4 - 84.6 * 9 / 8 = 107.6 -> clamped to 100.
    assertEquals(100.0, Readability.of("The cat sat. The dog ran to me.", "en").value(), 1e-9);
    // 1 sentence, 4 words of 5 vowel groups each.
    Readability.Score hard = Readability.of("International reimbursement authorization documentation.", "en");
    double asw = (5 + 5 + 5 + 5) / 4.0;
    assertEquals(Math.max(0, 206.835 - 1.015 * 4 - 84.6 * asw), hard.value(), 1e-9);
    assertEquals("flesch_reading_ease", hard.formula());
  }

  @Test
  void eachLanguageUsesItsFormula() {
    // 2 sentences, 6 words, 11 syllables (Genehmigungen has 5 vowel groups): ASL 3, ASW 11/6.
    String text = "Das ist gut. Wir senden Genehmigungen.";
    assertEquals(180 - 3 - 58.5 * 11 / 6.0, Readability.of(text, "de").value(), 1e-9);
    assertEquals(207 - 1.015 * 3 - 73.6 * 11 / 6.0, Readability.of(text, "fr").value(), 1e-9);
    assertEquals(248.835 - 1.015 * 3 - 84.6 * 11 / 6.0, Readability.of(text, "pt").value(), 1e-9);
    // Fernandez-Huerta: P = 1100/6 syllables and F = 200/6 sentences per 100 words.
    assertEquals(206.84 - 0.60 * 1100 / 6.0 - 1.02 * 200 / 6.0, Readability.of(text, "es").value(), 1e-9);
    assertEquals("amstad", Readability.of(text, "de").formula());
    assertEquals("flesch_martins_pt", Readability.of(text, "pt").formula());
  }

  @Test
  void chineseScoreFromSentenceLength() {
    // Two sentences of 10 and 30 Han characters: average 20 -> 100 - 2.5 * 10 = 75.
    String text = "一二三四五六七八九十。" + "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十。";
    assertEquals(75.0, Readability.of(text, "zh").value(), 1e-9);
    assertEquals("zh_sentence_length", Readability.of(text, "zh").formula());
  }

  @Test
  void readabilityIsClamped() {
    String longSentence = "Notwithstanding " + "extraordinarily ".repeat(60) + "complicated provisions.";
    assertEquals(0.0, Readability.of(longSentence, "en").value(), 1e-9);
    assertEquals(100.0, Readability.of("Go. Run. Sit.", "en").value(), 1e-9);
  }

  private static final String CLEAR = "Unused items in original packaging can be returned within 30 days of delivery. "
      + "To start a return, email returns@shop.example. Refunds go to your original payment method within 5 business "
      + "days of receiving your return. We pay return shipping. There is no restocking fee.";

  @Test
  void clearPolicyStatesEveryRequiredFact() {
    PolicyFacts f = PolicyExtractor.extract(CLEAR, "en");
    assertEquals(List.of(), f.missingFacts());
    double expected = 55 + 20 + 15 * f.readability() / 100 + 10;
    assertEquals(Math.round(expected * 10) / 10.0, f.clarityScore(), 1e-9);
  }

  @Test
  void vagueDiscretionaryPolicyScoresLow() {
    PolicyFacts f = PolicyExtractor.extract(
        "Returns are accepted at our sole discretion within a reasonable time. Refunds are issued promptly.", "en");
    assertEquals(List.of("conditions", "return_window", "refund_method", "procedure", "return_shipping_cost",
        "restocking_fee", "cash_or_credit"), f.missingFacts());
    assertTrue(f.discretionaryLanguage());
    assertEquals(List.of("reasonable time", "promptly"), f.vagueTerms());
    // No coverage, no specificity, no contact, minus the discretion penalty: only readability remains.
    assertEquals(Math.round(Math.max(0, 15 * f.readability() / 100 - 10) * 10) / 10.0, f.clarityScore(), 1e-9);
    assertTrue(f.clarityScore() < PolicyExtractor.extract(CLEAR, "en").clarityScore());
  }

  @Test
  void euFlagsForShortWindowAndUnstatedReturnCost() {
    PolicyFacts f = PolicyExtractor.extract("You can return items within 7 days of delivery. Contact us to start a return.", "en");
    assertEquals(List.of("eu_window_below_14_days", "eu_return_cost_not_stated"), PolicyCompliance.flags(f, "DE"));
    assertEquals(List.of("eu_window_below_14_days", "eu_return_cost_not_stated"), PolicyCompliance.flags(f, "no"));
  }

  @Test
  void euFlagsForMissingWindowProcedureAndSlowRefund() {
    PolicyFacts f = PolicyExtractor.extract("Buyers pay return shipping. Refunds are processed within 30 days.", "en");
    assertEquals(List.of("eu_window_not_stated", "eu_procedure_not_stated", "eu_refund_later_than_14_days"),
        PolicyCompliance.flags(f, "FR"));
  }

  @Test
  void compliantEuPolicyHasNoFlags() {
    PolicyFacts f = PolicyExtractor.extract(CLEAR, "en");
    assertEquals(List.of(), PolicyCompliance.flags(f, "ES"));
  }

  @Test
  void usMarketAppliesNewYorkRule() {
    PolicyFacts f = PolicyExtractor.extract("You can return items within 30 days of delivery.", "en");
    assertEquals(List.of("ny_refund_type_not_stated", "ny_restocking_fee_not_stated"), PolicyCompliance.flags(f, "US"));
    assertEquals(List.of(), PolicyCompliance.flags(PolicyExtractor.extract(CLEAR, "en"), "US"));
  }

  @Test
  void allMarketsGetEuAndUsFlagsAndOtherMarketsNone() {
    PolicyFacts f = PolicyExtractor.extract("You can return items within 10 days of delivery.", "en");
    assertEquals(List.of("eu_window_below_14_days", "eu_return_cost_not_stated", "eu_procedure_not_stated",
        "ny_refund_type_not_stated", "ny_restocking_fee_not_stated"), PolicyCompliance.flags(f, "*"));
    assertEquals(List.of(), PolicyCompliance.flags(f, "BR"));
    assertEquals(List.of(), PolicyCompliance.flags(f, null));
  }
}
