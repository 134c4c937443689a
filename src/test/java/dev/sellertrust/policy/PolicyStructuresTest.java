package dev.sellertrust.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * General structures outside English that no dev policy spelled out: the cost named first and taken up again by a
 * pronoun ("los gastos ... los paga el cliente"), a cost deducted from the refund, a cost charged to the buyer with no
 * payer verb ("kostenpflichtig", "运费买家出"), the shop as subject, a defect condition said as a fact ("存在质量问题"), the EU
 * model withdrawal wording, and exchange wording: a refusal of exchanges, an exchange offered only for defective
 * goods (a replacement, not an exchange) and "changes to this policy". Sentences written for these tests; each family
 * has a negation or a near miss that must not be read.
 */
class PolicyStructuresTest {

  private static String payer(String language, String text) {
    return PolicyExtractor.extract(text, language).returnShippingPaidBy();
  }

  private static Boolean exchange(String language, String text) {
    return PolicyExtractor.extract(text, language).exchangeOffered();
  }

  @Test
  void spanishCostFirstTakenUpByAPronoun() {
    assertEquals("buyer", payer("es", "Los gastos de envío de la devolución los paga el cliente."));
    assertEquals("buyer", payer("es", "El coste del transporte de retorno lo asume el comprador."));
    assertEquals("seller", payer("es", "Los gastos de la devolución los asume la tienda."));
    assertNull(payer("es", "Los gastos de la devolución no los paga la tienda ni el cliente, los paga el transportista."),
        "a third party paying is neither the buyer nor the seller");
  }

  @Test
  void costDeductedFromTheRefund() {
    assertEquals("buyer", payer("es", "Los gastos de envío de la devolución se descontarán del reembolso."));
    assertEquals("buyer", payer("pt", "O valor do frete da devolução será descontado do reembolso."));
    assertEquals("buyer", payer("de", "Die Rücksendekosten werden von der Erstattung abgezogen."));
    assertEquals("buyer", payer("fr", "Les frais de retour seront déduits du remboursement."));
    assertNull(payer("fr", "Aucun frais de retour ne sera déduit du remboursement."), "a negated deduction");
  }

  @Test
  void theShopAsSubject() {
    assertEquals("seller", payer("pt", "Na devolução, a loja arca com o frete."));
    assertEquals("seller", payer("es", "En las devoluciones, la empresa asume los gastos de envío."));
    assertEquals("buyer", payer("pt", "O cliente envia a devolução por conta própria."));
    assertEquals("buyer", payer("pt", "A devolução é feita às custas do cliente."));
  }

  @Test
  void germanChargedWithoutAPayerVerb() {
    assertEquals("buyer", payer("de", "Die Rücksendung ist kostenpflichtig."));
    assertEquals("buyer", payer("de", "Die Frankatur der Rücksendung obliegt dem Käufer."));
    assertEquals("seller", payer("de", "Die Rücksendekosten gehen zu Lasten des Verkäufers."));
    assertEquals("seller", payer("de", "Rücksendungen sind nicht kostenpflichtig."));
  }

  @Test
  void modelWithdrawalFormWhereTheTraderCollects() {
    assertEquals("seller", payer("fr", "Nous récupérerons le bien à nos propres frais lors du retour."));
    assertEquals("seller", payer("de", "Wir holen die Waren ab, wenn Sie den Vertrag widerrufen."));
    assertEquals("seller", payer("fr", "Les retours sont offerts."));
    assertEquals("seller", payer("fr", "Le retour est aux frais du vendeur."));
    assertEquals("buyer", payer("fr", "Les frais de retour sont payés par le client."));
    assertNull(payer("fr", "Les retours ne sont pas offerts."));
  }

  @Test
  void chinesePayerWithoutAFormalVerb() {
    assertEquals("buyer", payer("zh", "退货的来回运费买家出。"));
    assertEquals("buyer", payer("zh", "退货运费需要买家承担。"));
    assertEquals("seller", payer("zh", "退货运费我们报销。"));
    assertEquals("depends", payer("zh", "商品存在质量问题的退货，运费由卖家承担。"));
    assertEquals("depends", payer("zh", "与描述不符的退货，运费由卖家承担。"));
    assertEquals("buyer", payer("zh", "退货运费由买家承担。"));
  }

  @Test
  void chineseSubjectsAdverbsAndSelfPaid() {
    assertEquals("seller", payer("zh", "退货时我们将承担来回运费。"));
    assertEquals("seller", payer("zh", "退货时您无需承担任何运费。"));
    assertEquals("seller", payer("zh", "本店支持七天免费退换。"));
    assertEquals("buyer", payer("zh", "退货的运费由客人负担。"));
    assertEquals("buyer", payer("zh", "如需退货，请自费寄回。"));
    assertEquals("buyer", payer("zh", "退货运费请自理。"));
    assertNull(payer("zh", "退货须知：请在收到商品后联系客服。"));
  }

  @Test
  void chineseDefectExceptionAndColon() {
    assertEquals("depends", payer("zh", "退货运费由买家承担，质量问题除外。"));
    assertEquals("depends", payer("zh", "除质量问题外，退货运费由买家承担。"));
    assertEquals("buyer", payer("zh", "退货运费：买家承担。"));
    assertEquals("seller", payer("zh", "退货运费：由本店承担。"));
  }

  /** The Portuguese model withdrawal form, subject left out; the trader's own wording keeps its subject. */
  @Test
  void portugueseModelFormWithoutSubject() {
    assertEquals("buyer", payer("pt", "Suporta os custos diretos da devolução dos bens."));
    assertEquals("seller", payer("pt", "Suportaremos os custos da devolução dos bens."));
  }

  /** As "cambio", "troca", "Umtausch" and "échange", 换货 is return wording: who pays is read in its sentence. */
  @Test
  void chineseExchangeIsReturnWording() {
    assertEquals("buyer", payer("zh", "换货运费由买家承担。"));
    assertEquals("seller", payer("zh", "调换商品的运费由本店承担。"));
    assertNull(payer("zh", "运费由买家承担的商品不参加促销。"), "a freight rule with no return wording");
  }

  @Test
  void germanReturnPostageAndFrenchRefundedCosts() {
    assertEquals("buyer", payer("de", "Bei einer Rückgabe trägt der Käufer das Rückporto."));
    assertEquals("seller", payer("fr", "Les frais de retour vous seront remboursés."));
    assertEquals("depends", payer("fr", "Les frais de retour vous seront remboursés si l'article est défectueux."));
    assertEquals("buyer", payer("fr", "Les frais de retour ne vous seront pas remboursés."));
  }

  @Test
  void refusalsOfExchanges() {
    assertEquals(false, exchange("es", "No aceptamos devoluciones ni cambios."));
    assertEquals(false, exchange("pt", "Não é possível realizar a troca do produto."));
    assertEquals(false, exchange("pt", "Não trocamos produtos."));
    assertEquals(false, exchange("zh", "本店商品一经售出，不退不换。"));
    assertEquals(false, exchange("zh", "本店不支持调换。"));
    assertEquals(true, exchange("es", "Aceptamos cambios de talla."));
    assertEquals(true, exchange("zh", "签收后7天内可换尺码。"));
  }

  @Test
  void exchangeOnlyForDefectsIsAReplacement() {
    assertNull(exchange("pt", "Em caso de defeito, a troca é feita sem custo."));
    assertNull(exchange("zh", "如有质量问题，可免费更换。"));
    assertNull(exchange("es", "Si el producto llega defectuoso, se hace un cambio por uno nuevo."));
    assertEquals(true, exchange("pt", "Em caso de defeito, a troca é feita sem custo. Trocas de tamanho também "
        + "são aceitas."));
  }

  /** A heading names the page's topic; whether exchanges are offered is said in its sentences. */
  @Test
  void anExchangeHeadingAloneDoesNotOfferExchanges() {
    assertNull(exchange("es", "Devoluciones y cambios\n\nPuedes devolver tu pedido en un plazo de 30 días."));
    assertNull(exchange("pt", "Trocas e devoluções\n\nVocê pode devolver o produto em até 7 dias."));
    assertNull(exchange("zh", "退换货政策\n\n签收后7天内可申请退货。"));
    assertEquals(true, exchange("es", "Cambios\n\nAceptamos cambios de talla en un plazo de 30 días."));
  }

  @Test
  void changesToThePolicyAreNotExchanges() {
    assertNull(exchange("es", "Nos reservamos el derecho de hacer cambios en esta política."));
    assertNull(exchange("es", "Podemos realizar cambios a estos términos sin previo aviso."));
    assertEquals(true, exchange("es", "Realizamos cambios de talla dentro de 30 días."));
  }

  /** The same words change an address or a password, or mean "in return for": not exchanges of goods. */
  @Test
  void otherSensesOfTheExchangeWords() {
    assertNull(exchange("fr", "En échange de votre avis, nous vous offrons un code de réduction."));
    assertNull(exchange("zh", "发货前可联系客服更换收货地址。"));
    assertNull(exchange("es", "Puedes cambiar la dirección de envío antes del despacho."));
    assertNull(exchange("pt", "Para troca de endereço, fale com o atendimento."));
    assertEquals(true, exchange("fr", "Nous acceptons les échanges de taille sous 30 jours."));
    assertEquals(true, exchange("zh", "签收后7天内可更换尺码。"));
  }

  @Test
  void germanExchangeVerb() {
    assertEquals(true, exchange("de", "Du kannst den Artikel gegen eine andere Größe tauschen."));
    assertNull(exchange("de", "Wir tauschen defekte Artikel aus."));
  }
}
