package dev.sellertrust.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The ways shops state the same fact: payer variants, passive and impersonal forms, statutory withdrawal wording,
 * headings and flattened tables, facts stated for defective goods only. Short sentences written for these tests.
 */
class PolicyWordingVariantsTest {

  private static PolicyFacts read(String language, String text) {
    return PolicyExtractor.extract(text, language);
  }

  // --- English -------------------------------------------------------------------------------------------

  @Test
  void englishPayerVariantsAndPassiveForms() {
    assertEquals("buyer", read("en", "Returns are accepted for 30 days. Buyers are responsible for paying any "
        + "return shipping costs.").returnShippingPaidBy());
    assertEquals("buyer", read("en", "You may return goods within 14 days. You are responsible for the cost and "
        + "risk of returning the goods to us.").returnShippingPaidBy());
    assertEquals("buyer", read("en", "Unwanted items may be returned within 30 days. Return postage is the "
        + "responsibility of the customer.").returnShippingPaidBy());
    assertEquals("buyer", read("en", "Returns within 21 days: return shipping charges will be deducted from your "
        + "refund.").returnShippingPaidBy());
  }

  @Test
  void englishLabelFromTheShopMeansTheShopPays() {
    assertEquals("seller", read("en", "Contact us to start a return within 30 days and we will email you a return "
        + "label.").returnShippingPaidBy());
    // The buyer paying to get a refused return back is not the cost of returning.
    assertEquals("seller", read("en", "If a returned item fails inspection it is shipped back to you at your own "
        + "cost. For accepted returns we send you a prepaid return label.").returnShippingPaidBy());
  }

  @Test
  void englishWindowStatedAfterReceiptAndForARequest() {
    PolicyFacts f = read("en", "After receiving your parcel you have 21 days to request a return.");
    assertEquals(21, f.returnWindowDays());
    assertEquals("delivery", f.windowStartsFrom());
  }

  @Test
  void englishHeadingGivesTheTopic() {
    PolicyFacts f = read("en", "Return period\n\nYou have 45 days from delivery.\n\nShipping\n\nOrders leave within 2 days.");
    assertEquals(45, f.returnWindowDays());
    assertEquals("delivery", f.windowStartsFrom());
  }

  @Test
  void englishTableRowsAreReadOneByOne() {
    PolicyFacts f = read("en", "| Topic | Rule |\n| Standard returns | 60 days from delivery |\n"
        + "| Refunds | processed within 8 days |\n");
    assertEquals(60, f.returnWindowDays());
    assertEquals("delivery", f.windowStartsFrom());
  }

  @Test
  void englishStatutoryMinimumDoesNotHideTheShopsLongerWindow() {
    PolicyFacts f = read("en", "By law you have a statutory right to withdraw within 14 days of delivery. "
        + "We go further: returns are accepted within 60 days of delivery.");
    assertEquals(60, f.returnWindowDays());
  }

  @Test
  void englishRefundAfterReceiptIsATimelineNotAWindow() {
    PolicyFacts f = read("en", "Refunds are processed within 10 days after receipt.");
    assertEquals(10, f.refundTimelineDays());
    assertEquals(null, f.returnWindowDays());
  }

  @Test
  void englishNoExchangeForSaleItemsOnly() {
    assertEquals(true, read("en", "We offer exchanges within 30 days of purchase. Sale items: no exchanges.")
        .exchangeOffered());
    assertEquals(false, read("en", "Returns within 30 days of purchase. No exchanges.").exchangeOffered());
  }

  // --- Spanish --------------------------------------------------------------------------------------------

  @Test
  void spanishWithdrawalAndCostOnTheCustomer() {
    PolicyFacts f = read("es", "Tienes 20 días desde la recepción del pedido para ejercer tu derecho de "
        + "desistimiento. Los gastos de envío de la devolución corren por tu cuenta.");
    assertEquals(20, f.returnWindowDays());
    assertEquals("delivery", f.windowStartsFrom());
    assertEquals("buyer", f.returnShippingPaidBy());
  }

  @Test
  void spanishShopPaysOnlyWhenItsFault() {
    assertEquals("depends", read("es", "Aceptamos devoluciones durante 30 días. Si el artículo llegó dañado, el "
        + "envío de la devolución lo cubrimos nosotros.").returnShippingPaidBy());
  }

  @Test
  void spanishCreditForTheNextPurchase() {
    assertEquals("option", read("es", "Devoluciones en 15 días. En lugar del reembolso puedes elegir un crédito "
        + "para tu próxima compra.").storeCredit());
  }

  // --- Portuguese -----------------------------------------------------------------------------------------

  @Test
  void portugueseExchangeWindowAndCustomerPays() {
    PolicyFacts f = read("pt", "O cliente pode solicitar a troca em até 10 dias corridos após o recebimento. "
        + "As despesas de envio da devolução são de responsabilidade do cliente.");
    assertEquals(10, f.returnWindowDays());
    assertEquals("delivery", f.windowStartsFrom());
    assertEquals("buyer", f.returnShippingPaidBy());
  }

  @Test
  void portugueseShopPaysForDefectsOnly() {
    assertEquals("depends", read("pt", "Aceitamos devoluções em até 7 dias. Em caso de defeito, o frete da "
        + "devolução será pago pela loja.").returnShippingPaidBy());
  }

  @Test
  void portugueseRefundToThePaymentMethodChosen() {
    assertEquals(true, read("pt", "O reembolso da devolução será feito na forma de pagamento escolhida na compra.")
        .refundToOriginalPayment());
  }

  // --- German ---------------------------------------------------------------------------------------------

  @Test
  void germanStatutoryWithdrawalCountsFromPossession() {
    PolicyFacts f = read("de", "Die Widerrufsfrist beträgt vierzehn Tage ab dem Tag, an dem Sie oder ein von Ihnen "
        + "benannter Dritter die letzte Ware in Besitz genommen haben.");
    assertEquals(14, f.returnWindowDays());
    assertEquals("delivery", f.windowStartsFrom());
  }

  @Test
  void germanBuyerPaysUnlessDefective() {
    assertEquals("depends", read("de", "Rückgaben sind 30 Tage möglich. Die Kosten der Rücksendung tragen Sie, "
        + "außer die Ware ist mangelhaft.").returnShippingPaidBy());
  }

  @Test
  void germanOriginalPaymentRouteAndExchangeExclusionOfSomeGoods() {
    PolicyFacts f = read("de", "Wir erstatten den Betrag der Rücksendung auf dem ursprünglichen Zahlungsweg. "
        + "Als vom Umtausch ausgeschlossen markierte Artikel nehmen wir nicht zurück. Ein Umtausch in eine andere "
        + "Größe ist möglich.");
    assertEquals(true, f.refundToOriginalPayment());
    assertEquals(true, f.exchangeOffered());
  }

  // --- French ---------------------------------------------------------------------------------------------

  @Test
  void frenchWithdrawalWindowAndLabelSent() {
    PolicyFacts f = read("fr", "Vous disposez de 14 jours à compter de la réception pour exercer votre droit de "
        + "rétractation. Vous recevrez une étiquette de retour par e-mail.");
    assertEquals(14, f.returnWindowDays());
    assertEquals("delivery", f.windowStartsFrom());
    assertEquals("seller", f.returnShippingPaidBy());
  }

  @Test
  void frenchRefundAfterReceiptOfReturnIsATimeline() {
    PolicyFacts f = read("fr", "Le remboursement sera effectué après réception et contrôle des articles renvoyés, "
        + "sous 10 jours.");
    assertEquals(10, f.refundTimelineDays());
    assertEquals(null, f.returnWindowDays());
  }

  // --- Chinese --------------------------------------------------------------------------------------------

  @Test
  void chineseSevenDayNoReasonCountsFromReceipt() {
    PolicyFacts f = read("zh", "本店商品支持7天无理由退货。");
    assertEquals(7, f.returnWindowDays());
    assertEquals("delivery", f.windowStartsFrom());
  }

  @Test
  void chineseSignedForAnchorAndConditionalFreight() {
    PolicyFacts f = read("zh", "自签收之日起15日内可申请退货。非质量问题退货，运费由买家承担。");
    assertEquals(15, f.returnWindowDays());
    assertEquals("delivery", f.windowStartsFrom());
    assertEquals("depends", f.returnShippingPaidBy());
    assertEquals("depends", read("zh", "七天内可退货。质量问题退货的运费由本店承担。").returnShippingPaidBy());
  }

  @Test
  void chineseRefundToThePaymentMethodOfTheOrder() {
    assertTrue(read("zh", "退货后退款将退回下单时的支付方式。").refundToOriginalPayment());
  }
}
