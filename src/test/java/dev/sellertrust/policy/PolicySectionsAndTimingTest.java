package dev.sellertrust.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * Structures many shops use that the rules once missed: a numbered section whose heading states the case (defects, a
 * change of mind) for the costs said under it; the refund noun followed by its time ("Remboursement sous 14 jours");
 * the buyer refunded in the passive ("vous serez remboursé ... dans un délai de 10 jours"); a credit expected within
 * days of the return's receipt; a number word in parentheses after the digits; a count start in its own clause after a
 * comma; "after N days" as the end of a window; refusals of exchanges, including a
 * refusal narrowed to some goods or to a missing step of the procedure. Sentences written for these tests; each
 * family has a near miss that must not be read.
 */
class PolicySectionsAndTimingTest {

  private static PolicyFacts facts(String language, String text) {
    return PolicyExtractor.extract(text, language);
  }

  @Test
  void aNumberedSectionStatesTheCaseForTheCostsUnderIt() {
    String pt = "Política de trocas\n\n2. Trocas por defeito\n\nEnvie fotos do produto.\n\nNúmero do pedido\n\nNota fiscal\n\n"
        + "Modelo e cor\n\nO frete de devolução é por conta da loja.\n\n3. Troca por arrependimento\n\n"
        + "Escreva para a nossa equipe.\n\nProduto sem uso\n\nEtiqueta preservada\n\nCaixa original\n\n"
        + "O frete da devolução é de responsabilidade do cliente.";
    assertEquals("depends", facts("pt", pt).returnShippingPaidBy());
    String es = "1. Devoluciones\n\nTienes 30 días desde la entrega.\n\nProducto sin usar\n\nEtiquetas puestas\n\n"
        + "Caja original\n\nFactura\n\nEl cliente paga los gastos de envío de la devolución.";
    assertEquals("buyer", facts("es", es).returnShippingPaidBy(), "a section on returns in general states no case");
  }

  @Test
  void zhSectionNumbersAndQuotedShopNames() {
    assertEquals("depends", facts("zh", "因商品质量问题产生的退货，退货运费由“优选网”承担。").returnShippingPaidBy());
    assertNull(facts("zh", "退货完成后，客服会标示运费由哪方承担。").returnShippingPaidBy(), "asking who pays says nothing");
  }

  @Test
  void theRefundNounFollowedByItsTime() {
    assertEquals(14, facts("fr", "Retours\n\nRemboursement sous 14 jours, par virement.").refundTimelineDays());
    assertEquals(5, facts("fr", "Retours et remboursements\n\nRemboursement dans les 3-5 jours ouvrés").refundTimelineDays());
    assertEquals(7, facts("fr", "Le traitement de votre retour (remboursement ou échange) prend 7 jours ouvrables.")
        .refundTimelineDays());
    assertEquals(10, facts("es", "Devoluciones. Reembolso en 5 a 10 días hábiles.").refundTimelineDays());
    assertEquals(10, facts("pt", "Boleto: reembolso em conta em até 10 dias úteis.").refundTimelineDays());
    assertEquals(10, facts("pt", "A restituição será efetuada por depósito bancário, em até 10 (dez) dias úteis.")
        .refundTimelineDays());
    assertEquals(15, facts("zh", "顾客的退款将在15个工作日内到达支付账户。").refundTimelineDays());
    assertEquals(30, facts("fr", "Vous avez 30 jours pour nous retourner un article.").returnWindowDays(),
        "a window is not a refund timeline");
  }

  @Test
  void theBuyerRefundedInThePassive() {
    assertEquals(10, facts("fr", "Si approuvé, vous serez automatiquement remboursé sur votre mode de paiement d'origine "
        + "dans un délai de 10 jours ouvrables.").refundTimelineDays());
    assertEquals(10, facts("es", "Si se aprueba, se te reembolsará en tu método de pago original dentro de 10 días hábiles.")
        .refundTimelineDays());
    assertEquals(10, facts("pt", "Se aprovado, você será reembolsado na sua forma de pagamento original em até 10 dias úteis.")
        .refundTimelineDays());
    assertEquals(10, facts("de", "Wenn sie genehmigt wurde, wird dir der Betrag automatisch innerhalb von 10 Werktagen über "
        + "deine ursprüngliche Zahlungsmethode erstattet.").refundTimelineDays());
    assertEquals(10, facts("zh", "如果获得批准，您将在10个工作日内通过原付款方式获得退款。").refundTimelineDays());
    PolicyFacts window = facts("fr", "Vous pouvez retourner l'article dans les 30 jours suivant la réception et vous serez remboursé.");
    assertEquals(30, window.returnWindowDays(), "a span counted from delivery stays a window");
    assertNull(window.refundTimelineDays());
  }

  @Test
  void aCreditExpectedAfterTheReturnArrives() {
    PolicyFacts f = facts("en", "Returns. Expect a credit to your account within 10 business days from the date of receipt.");
    assertEquals(10, f.refundTimelineDays());
    assertNull(f.returnWindowDays());
  }

  @Test
  void theWindowsEndAndItsStartInAClauseOfItsOwn() {
    PolicyFacts es = facts("es", "Cambios y devoluciones\n\nPasados los 15 días no se aceptan devoluciones.");
    assertEquals(15, es.returnWindowDays());
    PolicyFacts pt = facts("pt", "A devolução deve ser feita em até 7 (sete) dias, a contar da data de entrega.");
    assertEquals(7, pt.returnWindowDays());
    assertEquals("delivery", pt.windowStartsFrom());
    PolicyFacts fr = facts("fr", "Vous disposez de 14 jours, à compter de la réception, pour exercer votre droit de rétractation.");
    assertEquals("delivery", fr.windowStartsFrom());
    PolicyFacts en = facts("en", "Returns are accepted within 30 days, provided the item is unused.");
    assertNull(en.windowStartsFrom(), "a condition after the comma is no start");
    assertEquals(7, facts("fr", "Retours\n\n7 jours pour changer d'avis").returnWindowDays());
  }

  @Test
  void portugueseRefundToTheCardAndRestitution() {
    assertEquals(Boolean.TRUE, facts("pt", "Cartão de crédito: estorno na fatura seguinte.").refundToOriginalPayment());
    assertEquals(Boolean.TRUE, facts("pt", "A restituição dos valores usará a mesma forma de pagamento da compra.")
        .refundToOriginalPayment());
  }

  @Test
  void spanishBuyerPaysWhenTheReturnIsItsOwnDoing() {
    assertEquals("depends", facts("es",
        "Para devoluciones por responsabilidad del cliente, el costo de retiro será abonado por el usuario.")
        .returnShippingPaidBy());
    assertEquals("buyer", facts("es", "En las devoluciones, el costo de retiro será abonado por el usuario.")
        .returnShippingPaidBy());
  }

  @Test
  void exchangeRefusals() {
    assertEquals(Boolean.FALSE, facts("fr", "Nous ne pouvons pas accepter les retours ou échanges.").exchangeOffered());
    assertEquals(Boolean.FALSE, facts("fr", "Les articles ne sont ni repris ni échangés.").exchangeOffered());
    assertEquals(Boolean.FALSE, facts("fr",
        "En raison de la nature personnalisée de nos produits, nous ne pouvons pas accepter les échanges.").exchangeOffered(),
        "all goods personalised: the refusal is general");
    assertEquals(Boolean.FALSE, facts("zh", "由于库存变化快，暂无法提供换货服务。").exchangeOffered());
    assertEquals(Boolean.TRUE, facts("en", "You may return the product for a full refund or exchange.").exchangeOffered());
    assertNull(facts("en", "Engraved orders are not eligible for refund or exchange.").exchangeOffered());
  }

  @Test
  void refusalsNarrowedToSomeGoodsOrToAMissingStep() {
    assertEquals(Boolean.TRUE, facts("es", "Puedes solicitar un cambio de talla. "
        + "No aceptamos cambios ni devoluciones de productos que hayan sido usados.").exchangeOffered());
    assertEquals(Boolean.TRUE, facts("pt", "Aceitamos trocas em até 7 dias. "
        + "Não realizamos trocas ou devoluções sem comunicação prévia.").exchangeOffered());
    assertEquals(Boolean.FALSE, facts("es", "No aceptamos cambios ni devoluciones.").exchangeOffered());
  }

  @Test
  void germanGoodsExcludedFromExchangeOfferNone() {
    assertNull(facts("de", "Vom Umtausch ausgeschlossene Artikel: versiegelte Waren.").exchangeOffered());
    assertEquals(Boolean.TRUE, facts("de", "Ein Umtausch ist innerhalb von 30 Tagen möglich.").exchangeOffered());
  }
}
