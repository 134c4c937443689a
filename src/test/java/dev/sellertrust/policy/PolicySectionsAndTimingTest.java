package dev.sellertrust.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * Structures many shops use that the rules once missed: a numbered section whose heading states the case (defects, a
 * change of mind) for the costs said under it; the refund noun followed by its time ("Remboursement sous 14 jours");
 * the buyer refunded in the passive ("vous serez remboursé ... dans un délai de 10 jours"); a credit expected within
 * days of the return's receipt; a number word in parentheses after the digits; a count start in its own clause after a
 * comma; the EU model withdrawal form's refund deadline, counted from the trader learning of the withdrawal; "after N
 * days" as the end of a window; a policy for faulty goods only, which has no general window; refusals of exchanges, including a
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
    String en = "Returns\n\nWe take back:\n\nDamaged items\n\nUnworn clothing\n\nThe customer pays return shipping.";
    assertEquals("buyer", facts("en", en).returnShippingPaidBy(), "a bullet further up is not the case of what follows");
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

  /** The EU model withdrawal form, in each language's official wording: its window and its refund deadline. */
  @Test
  void theModelWithdrawalForm() {
    assertEquals(14, facts("en", "If you withdraw from this contract, we shall reimburse to you all payments received from you "
        + "not later than 14 days from the day on which we are informed about your decision to withdraw from this contract.")
        .refundTimelineDays());
    assertEquals(14, facts("es", "En caso de desistimiento, le devolveremos todos los pagos recibidos a más tardar 14 días "
        + "naturales a partir de la fecha en la que se nos informe de su decisión de desistir del presente contrato.")
        .refundTimelineDays());
    assertEquals(14, facts("de", "Wenn Sie diesen Vertrag widerrufen, haben wir Ihnen alle Zahlungen spätestens binnen vierzehn "
        + "Tagen ab dem Tag zurückzuzahlen, an dem die Mitteilung über Ihren Widerruf dieses Vertrags bei uns eingegangen ist.")
        .refundTimelineDays());
    PolicyFacts fr = facts("fr", "Le délai de rétractation expire 14 jours après le jour où vous-même, ou un tiers autre que le "
        + "transporteur et désigné par vous, prenez physiquement possession du bien. Nous vous rembourserons tous les paiements "
        + "au plus tard 14 jours à compter du jour où nous sommes informés de votre décision de rétractation du présent contrat.");
    assertEquals(14, fr.returnWindowDays());
    assertEquals("delivery", fr.windowStartsFrom());
    assertEquals(14, fr.refundTimelineDays());
    PolicyFacts pt = facts("pt", "O prazo de livre resolução expira 14 dias a contar do dia em que adquira a posse física dos bens. "
        + "São-lhe reembolsados todos os pagamentos o mais tardar 14 dias a contar da data em que formos informados da decisão "
        + "de resolução do presente contrato.");
    assertEquals(14, pt.returnWindowDays());
    assertEquals("delivery", pt.windowStartsFrom());
    assertEquals(14, pt.refundTimelineDays());
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
  void aPolicyForFaultyGoodsOnlyHasNoGeneralWindow() {
    PolicyFacts zh = facts("zh", "自签收起7天内可办理质量问题退换货。非质量问题不予退换货。质量问题的退换货，本店将安排快递上门取件。");
    assertNull(zh.returnWindowDays());
    assertNull(zh.windowStartsFrom());
    assertEquals("seller", zh.returnShippingPaidBy(), "the shop paying for faulty goods is the whole rule, not one case");
    assertNull(facts("en", "We only accept returns of defective items reported within 7 days of delivery.").returnWindowDays());
    assertNull(facts("es", "Solo aceptamos devoluciones de productos defectuosos, dentro de los 10 días desde la entrega.")
        .returnWindowDays());
    assertNull(facts("pt", "Só aceitamos trocas por defeito, em até 7 dias após o recebimento.").returnWindowDays());
    assertNull(facts("de", "Rückgabe nur bei Mängeln, innerhalb von 14 Tagen nach Erhalt.").returnWindowDays());
    assertNull(facts("fr", "Retours uniquement en cas de défaut, dans les 14 jours suivant la réception.").returnWindowDays());
    assertEquals(7, facts("zh", "自签收起7天内支持无理由退货。特价商品非质量问题不予退换货。").returnWindowDays(),
        "said of sale goods only");
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
