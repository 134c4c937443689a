package dev.sellertrust.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Short policies written for these tests, one behaviour per test. */
class PolicyExtractorTest {

  private static PolicyFacts en(String text) {
    return PolicyExtractor.extract(text, "en");
  }

  // --- English -------------------------------------------------------------------------------------------

  @Test
  void windowFromDeliveryInDigits() {
    PolicyFacts f = en("You may return any item within 30 days of delivery for a full refund.");
    assertEquals(30, f.returnWindowDays());
    assertEquals("delivery", f.windowStartsFrom());
  }

  @Test
  void windowFromPurchaseWithWordAndParenthesisedDigits() {
    PolicyFacts f = en("Products can be returned within thirty (30) days of the date of purchase.");
    assertEquals(30, f.returnWindowDays());
    assertEquals("purchase", f.windowStartsFrom());
  }

  @Test
  void generalWindowBeatsCategoryException() {
    PolicyFacts f = en("Returns are accepted within 30 days, 14 days for electronics.");
    assertEquals(30, f.returnWindowDays());
  }

  @Test
  void categoryExceptionStatedFirstStillLosesToGeneralWindow() {
    PolicyFacts f = en("Opened software can be returned within 7 days for exchange only. "
        + "All other items can be returned within 30 days of delivery.");
    assertEquals(30, f.returnWindowDays());
  }

  @Test
  void compoundDayReturnAndWeeksAndMonths() {
    assertEquals(60, en("We offer a 60-day return policy on all furniture.").returnWindowDays());
    assertEquals(14, en("You have two weeks to return unwanted items.").returnWindowDays());
    assertEquals(30, en("Unworn items may be returned within one month of receipt.").returnWindowDays());
  }

  @Test
  void windowForDamageReportsIsNotTheReturnWindow() {
    PolicyFacts f = en("If your order arrives damaged, please report it within 48 hours. "
        + "Damaged items must be returned within 3 days.");
    assertNull(f.returnWindowDays());
  }

  @Test
  void shippingDeadlineAfterAuthorisationIsNotTheWindow() {
    PolicyFacts f = en("Returns are accepted within 14 days of delivery. "
        + "Once we issue an RMA, the item must be returned within 10 days of the authorization.");
    assertEquals(14, f.returnWindowDays());
  }

  @Test
  void refundTimelineTakesUpperBoundOfRange() {
    PolicyFacts f = en("Returns are accepted within 30 days of delivery. "
        + "Refunds are processed within 5-7 business days of receiving your return.");
    assertEquals(30, f.returnWindowDays());
    assertEquals(7, f.refundTimelineDays());
  }

  @Test
  void freeReturnsMeansSellerPays() {
    assertEquals("seller", en("Free returns on all orders within 30 days.").returnShippingPaidBy());
  }

  @Test
  void customerResponsibleMeansBuyerPays() {
    assertEquals("buyer", en("Returns are accepted within 30 days. The customer is responsible for return shipping costs.")
        .returnShippingPaidBy());
  }

  @Test
  void defectConditionMeansDepends() {
    assertEquals("depends", en("We pay return shipping if the item is defective, otherwise you pay.")
        .returnShippingPaidBy());
  }

  @Test
  void noRestockingFeeIsFalseNotNull() {
    PolicyFacts f = en("Returns are free and there is no restocking fee.");
    assertFalse(f.restockingFee());
    assertNull(f.restockingFeePercent());
  }

  @Test
  void restockingFeeWithPercent() {
    PolicyFacts f = en("Opened items are subject to a 15% restocking fee when returned.");
    assertTrue(f.restockingFee());
    assertEquals(15.0, f.restockingFeePercent());
  }

  @Test
  void refundToOriginalPaymentAndStoreCreditOption() {
    PolicyFacts f = en("Refunds are issued to your original payment method, or as store credit if you prefer.");
    assertTrue(f.refundToOriginalPayment());
    assertEquals("option", f.storeCredit());
  }

  @Test
  void storeCreditOnlyMeansNoRefundToOriginalPayment() {
    PolicyFacts f = en("All refunds are issued as store credit only.");
    assertEquals("only", f.storeCredit());
    assertFalse(f.refundToOriginalPayment());
  }

  @Test
  void explicitNoExchangesIsFalse() {
    assertFalse(en("We do not offer exchanges. Returns are accepted within 14 days.").exchangeOffered());
    assertTrue(en("Returns and exchanges are accepted within 14 days.").exchangeOffered());
    assertNull(en("Returns are accepted within 14 days.").exchangeOffered());
  }

  @Test
  void booleanFactsAreNullWhenNotMentioned() {
    PolicyFacts f = en("We want you to love your purchase.");
    assertNull(f.returnWindowDays());
    assertNull(f.conditionsStated());
    assertNull(f.procedureStated());
    assertNull(f.contactChannelGiven());
    assertNull(f.discretionaryLanguage());
    assertNull(f.internationalReturnsMentioned());
  }

  @Test
  void booleanFactsWhenStated() {
    PolicyFacts f = en("Items must be unused with tags attached. Gift cards are non-returnable. "
        + "Please keep your receipt. To start a return, email support@shop.example or call (555) 123-4567. "
        + "International returns may incur customs duties. We reserve the right to refuse any return. "
        + "Defective items will be repaired or replaced.");
    assertTrue(f.conditionsStated());
    assertTrue(f.nonReturnableListed());
    assertTrue(f.proofOfPurchaseRequired());
    assertTrue(f.procedureStated());
    assertTrue(f.contactChannelGiven());
    assertTrue(f.internationalReturnsMentioned());
    assertTrue(f.discretionaryLanguage());
    assertTrue(f.replacementOrRepairForDefective());
  }

  @Test
  void vagueTermsAreListed() {
    PolicyFacts f = en("Refunds are processed promptly, within a reasonable time.");
    assertEquals(java.util.List.of("promptly", "reasonable time"), f.vagueTerms());
  }

  @Test
  void evidenceSnippetsPointIntoTheOriginalText() {
    String text = "Our policy.\n\nYou may return items within 30 days of delivery. Refunds go back to your "
        + "original payment method within 10 business days of receiving your return. No restocking fee.";
    PolicyFacts f = en(text);
    assertFalse(f.evidence().isEmpty());
    for (Evidence e : f.evidence()) {
      assertTrue(e.snippet().length() <= Evidence.MAX_SNIPPET, e.toString());
      assertEquals(text.substring(e.start(), e.end()), e.snippet(), e.fact());
    }
    assertTrue(f.evidence().stream().anyMatch(e -> e.fact().equals("return_window_days") && e.snippet().contains("30 days")));
  }

  @Test
  void mojibakeApostrophesAreRepairedButOffsetsStayOriginal() {
    String text = "As long as you start the return within 14 days, we\u00e2\u0080\u0099ll pay the return shipping costs.";
    PolicyFacts f = en(text);
    assertEquals("seller", f.returnShippingPaidBy());
    Evidence e = f.evidence().stream().filter(x -> x.fact().equals("return_shipping_paid_by")).findFirst().orElseThrow();
    assertEquals(text.substring(e.start(), e.end()), e.snippet());
    assertEquals(1, f.textRepairs());
  }

  @Test
  void mojibakeOfAccentedLettersIsRepairedAndCounted() {
    // "é" (C3 A9) read as Latin-1 is "Ã©"; "ü" (C3 BC) is "Ã¼"; a real "é" and a lone "Ã" are not touched.
    PolicyFacts f = PolicyExtractor.extract("R\u00c3\u00bcckgabe innerhalb von 14 Tagen nach Erhalt, "
        + "caf\u00e9 und \u00c3 bleiben.", "de");
    assertEquals(14, f.returnWindowDays());
    assertEquals(1, f.textRepairs());
    assertEquals(0, PolicyExtractor.extract("D\u00e9lai de 14 jours \u00e0 r\u00e9ception.", "fr").textRepairs());
  }

  // --- Spanish, Portuguese, German, French ---------------------------------------------------------------

  @Test
  void spanish() {
    PolicyFacts f = PolicyExtractor.extract("Puede devolver cualquier artículo en un plazo de treinta días desde la "
        + "entrega. Los gastos de envío de la devolución corren a cargo del cliente. El reembolso se realizará con "
        + "el mismo método de pago. No cobramos ninguna tarifa de reposición.", "es");
    assertEquals(30, f.returnWindowDays());
    assertEquals("delivery", f.windowStartsFrom());
    assertEquals("buyer", f.returnShippingPaidBy());
    assertTrue(f.refundToOriginalPayment());
    assertFalse(f.restockingFee());
    assertEquals("fernandez_huerta", f.readabilityFormula());
  }

  @Test
  void spanishMonthAndRange() {
    PolicyFacts f = PolicyExtractor.extract("Tienes 1 mes para devolver tu pedido. Los reembolsos se procesan "
        + "entre 5 y 10 días hábiles tras recibir la devolución.", "es");
    assertEquals(30, f.returnWindowDays());
    assertEquals(10, f.refundTimelineDays());
  }

  @Test
  void portuguese() {
    PolicyFacts f = PolicyExtractor.extract("Você pode devolver os produtos em até trinta dias após o recebimento. "
        + "Oferecemos devolução gratuita. Aplica-se uma taxa de reposição de 10%.", "pt");
    assertEquals(30, f.returnWindowDays());
    assertEquals("delivery", f.windowStartsFrom());
    assertEquals("seller", f.returnShippingPaidBy());
    assertTrue(f.restockingFee());
    assertEquals(10.0, f.restockingFeePercent());
  }

  @Test
  void german() {
    PolicyFacts f = PolicyExtractor.extract("Sie können Artikel innerhalb von dreißig Tagen nach Erhalt der Ware "
        + "zurückgeben. Sie tragen die unmittelbaren Kosten der Rücksendung. Die Erstattung erfolgt innerhalb von "
        + "14 Tagen über dasselbe Zahlungsmittel.", "de");
    assertEquals(30, f.returnWindowDays());
    assertEquals("buyer", f.returnShippingPaidBy());
    assertEquals(14, f.refundTimelineDays());
    assertTrue(f.refundToOriginalPayment());
    assertEquals("amstad", f.readabilityFormula());
  }

  @Test
  void germanFourteenDaysAndCompoundNumbers() {
    assertEquals(14, PolicyExtractor.extract("Es gilt ein 14-tägiges Widerrufsrecht ab Lieferung.", "de").returnWindowDays());
    assertEquals(21, PolicyExtractor.extract("Rückgabe innerhalb von einundzwanzig Tagen nach Erhalt.", "de").returnWindowDays());
  }

  @Test
  void french() {
    PolicyFacts f = PolicyExtractor.extract("Vous pouvez retourner vos articles dans un délai de trente jours à "
        + "compter de la livraison. Les frais de retour sont à la charge du client. Nous n'acceptons pas d'échanges.",
        "fr");
    assertEquals(30, f.returnWindowDays());
    assertEquals("buyer", f.returnShippingPaidBy());
    assertFalse(f.exchangeOffered());
    assertEquals("kandel_moles", f.readabilityFormula());
  }

  @Test
  void frenchMonth() {
    assertEquals(30, PolicyExtractor.extract("Vous disposez d'un mois pour retourner un article après réception.", "fr")
        .returnWindowDays());
  }

  // --- Chinese -------------------------------------------------------------------------------------------

  @Test
  void chineseSevenDayNoReasonReturn() {
    PolicyFacts f = PolicyExtractor.extract("本店支持7天无理由退货。", "zh");
    assertEquals(7, f.returnWindowDays());
  }

  @Test
  void chineseWindowFromReceipt() {
    PolicyFacts f = PolicyExtractor.extract("自收到商品之日起30天内可申请退货。退货运费由买家承担。", "zh");
    assertEquals(30, f.returnWindowDays());
    assertEquals("delivery", f.windowStartsFrom());
    assertEquals("buyer", f.returnShippingPaidBy());
  }

  @Test
  void chineseNumberWordsAndMonths() {
    assertEquals(30, PolicyExtractor.extract("签收后三十天内可以退货。", "zh").returnWindowDays());
    assertEquals(30, PolicyExtractor.extract("收到商品后一个月内可以退货。", "zh").returnWindowDays());
    assertEquals(15, PolicyExtractor.extract("我们收到退货后十五个工作日内完成退款。", "zh").refundTimelineDays());
  }

  // --- Number words and language detection -----------------------------------------------------------------

  @ParameterizedTest
  @CsvSource({
      "en, 'thirty days', 30", "en, 'two weeks', 14", "en, 'one month', 30", "en, 'twenty-one days', 21",
      "es, 'treinta días', 30", "es, '1 mes', 30", "es, 'treinta y un días', 31", "pt, 'trinta dias', 30",
      "pt, 'duas semanas', 14", "de, 'dreißig Tage', 30", "de, '14 Tage', 14", "fr, 'trente jours', 30",
      "fr, 'un mois', 30", "fr, 'quatre-vingt-dix jours', 90", "zh, '三十天', 30", "zh, '7天', 7", "zh, '一个月', 30",
      "zh, '两周', 14"})
  void numberWordsAndUnits(String lang, String span, int days) {
    var found = Durations.find("x " + span + " x", lang);
    assertEquals(1, found.size(), span);
    assertEquals(days, found.get(0).days(), span);
  }

  @ParameterizedTest
  @CsvSource({
      "'You can return items within 30 days of delivery for a full refund.', en",
      "'Puede devolver los productos en un plazo de 30 días desde la entrega del pedido.', es",
      "'Você pode devolver os produtos em até 30 dias após o recebimento do pedido.', pt",
      "'Sie können die Ware innerhalb von 30 Tagen nach Erhalt zurückgeben und erhalten den Kaufpreis.', de",
      "'Vous pouvez retourner vos articles dans les 30 jours suivant la livraison de votre commande.', fr",
      "'自收到商品之日起30天内可申请退货。', zh"})
  void detectsLanguageWhenMissing(String text, String expected) {
    PolicyFacts f = PolicyExtractor.extract(text, null);
    assertEquals(expected, f.language());
    assertTrue(f.languageDetected());
    assertEquals(30, f.returnWindowDays(), text);
  }

  @Test
  void givenLanguageIsNotDetected() {
    PolicyFacts f = PolicyExtractor.extract("Returns within 30 days of delivery.", "EN");
    assertEquals("en", f.language());
    assertFalse(f.languageDetected());
  }

  @Test
  void nullTextGivesEmptyFacts() {
    PolicyFacts f = PolicyExtractor.extract(null, "en");
    assertNull(f.returnWindowDays());
    assertTrue(f.evidence().isEmpty());
    assertEquals(ClarityScore.REQUIRED, f.missingFacts());
  }
}
