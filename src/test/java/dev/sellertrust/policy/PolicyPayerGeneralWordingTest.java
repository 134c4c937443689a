package dev.sellertrust.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * Who pays return shipping, in the wording general to each language rather than to one shop: the statutory EU model
 * withdrawal form's sentences, the payer as you/customer/buyer/consumer, passive and impersonal forms, negations (the
 * shop refusing the cost, the shop not charging it) and the shop's own error as the one case it pays for
 * ({@code depends}). A return said not to be free names no payer, as {@link PolicyPayerWordingTest} holds for every
 * language; it is not read as free. Short sentences written for these tests, one form per assertion.
 */
class PolicyPayerGeneralWordingTest {

  private static String payer(String language, String text) {
    return PolicyExtractor.extract(text, language).returnShippingPaidBy();
  }

  @Test
  void german() {
    assertEquals("buyer", payer("de", "Sie tragen die unmittelbaren Kosten der Rücksendung der Waren."));
    assertEquals("buyer", payer("de", "Die Kosten der Rücksendung trägt der Käufer."));
    assertEquals("buyer", payer("de", "Der Verbraucher trägt die Kosten der Rücksendung."));
    assertEquals("buyer", payer("de", "Die Rücksendekosten sind vom Kunden zu tragen."));
    assertEquals("buyer", payer("de", "Wir übernehmen die Kosten der Rücksendung nicht."));
    assertEquals("buyer", payer("de", "Für Retouren übernehmen wir keine Versandkosten."));
    assertEquals("buyer", payer("de", "Die Rücksendekosten tragen wir nicht."));
    assertEquals("buyer", payer("de", "Die Rücksendung erfolgt auf Kosten und Gefahr des Käufers."));
    assertEquals("buyer", payer("de", "Bitte frankieren Sie Ihre Rücksendung ausreichend."));
    assertEquals("seller", payer("de", "Rücksendekosten übernehmen wir."));
    assertEquals("seller", payer("de", "Wir tragen die Kosten der Rücksendung der Waren."));
    assertEquals("seller", payer("de", "Der Rückversand ist gratis."));
    assertEquals("depends", payer("de", "Die Rücksendekosten trägt der Kunde, es sei denn, die Ware ist mangelhaft."));
    assertEquals("depends", payer("de", "Die Kosten der Rücksendung trägst du, außer bei einem Fehler unsererseits."));
    assertEquals("depends", payer("de", "Bei fehlerhaften Artikeln übernehmen wir die Rücksendekosten."));
  }

  @Test
  void french() {
    assertEquals("buyer", payer("fr", "Vous devrez prendre en charge les frais directs de renvoi du bien."));
    assertEquals("buyer", payer("fr", "Les frais de retour sont à la charge de l'acheteur."));
    assertEquals("buyer", payer("fr", "Les frais de retour sont à la charge exclusive du client."));
    assertEquals("buyer", payer("fr", "Le consommateur supporte les frais directs de renvoi du bien."));
    assertEquals("buyer", payer("fr", "Les frais de renvoi sont supportés par l'acheteur."));
    assertEquals("buyer", payer("fr", "Nous ne prenons pas en charge les frais de retour."));
    assertEquals("seller", payer("fr", "Retour gratuit sous 30 jours."));
    assertEquals("seller", payer("fr", "Le retour est pris en charge par nous."));
    assertEquals("seller", payer("fr", "Les frais de retour sont pris en charge par nos soins."));
    assertEquals("depends", payer("fr", "Les frais de retour sont à la charge du client, sauf si l'article est défectueux."));
    assertEquals("depends", payer("fr", "Les frais de retour sont à la charge de l'acheteur, sauf erreur de notre part."));
  }

  @Test
  void spanish() {
    assertEquals("buyer", payer("es", "Deberá usted asumir el coste directo de devolución de los bienes."));
    assertEquals("buyer", payer("es", "Los gastos de envío de la devolución correrán a cargo del comprador."));
    assertEquals("buyer", payer("es", "Los gastos de devolución corren por cuenta exclusiva del cliente."));
    assertEquals("buyer", payer("es", "El coste de la devolución será asumido por el consumidor."));
    assertEquals("buyer", payer("es", "No nos hacemos cargo de los gastos de devolución."));
    assertEquals("buyer", payer("es", "Los gastos de envío de la devolución no se reembolsan."));
    assertEquals("seller", payer("es", "Devolución gratuita en 30 días."));
    assertEquals("seller", payer("es", "No cobramos los gastos de envío de la devolución."));
    assertEquals("seller", payer("es", "Las devoluciones no tienen ningún coste para el cliente."));
    assertEquals("seller", payer("es", "Los gastos de devolución corren a cargo de la tienda."));
    assertEquals("depends", payer("es", "Los gastos de devolución corren a cargo del cliente, salvo que el producto sea "
        + "defectuoso."));
    assertEquals("depends", payer("es", "Si el producto llega defectuoso, los gastos de la devolución corren por nuestra "
        + "cuenta."));
  }

  @Test
  void portuguese() {
    assertEquals("buyer", payer("pt", "Os custos de devolução são por conta do cliente."));
    assertEquals("buyer", payer("pt", "O custo de devolução será suportado pelo consumidor."));
    assertEquals("buyer", payer("pt", "Os custos diretos de devolução dos bens ficam a cargo do comprador."));
    assertEquals("buyer", payer("pt", "Não pagamos o frete de devolução."));
    assertEquals("seller", payer("pt", "O frete de devolução é por nossa conta."));
    assertEquals("seller", payer("pt", "Devolução grátis em até 30 dias."));
    assertEquals("seller", payer("pt", "Não cobramos o frete da devolução."));
    assertEquals("seller", payer("pt", "Na devolução, o frete é sem custo para você."));
    assertEquals("depends", payer("pt", "Devolução por defeito\n\nSem custo adicional ao cliente."));
    assertEquals("depends", payer("pt", "Em caso de defeito, o frete de devolução é por nossa conta."));
    assertEquals("depends", payer("pt", "O frete de devolução é por conta do cliente, exceto em caso de defeito."));
  }

  @Test
  void aLabelSentOnlyForFaultyGoodsIsTheSellerPayingInThatCase() {
    assertEquals("depends", payer("de", "Die Kosten der Rücksendung trägt der Kunde. Bei defekten Artikeln senden wir "
        + "Ihnen ein Rücksendeetikett."));
    assertEquals("depends", payer("en", "If your item arrives damaged, we will email you a prepaid return label."));
    assertEquals("depends", payer("fr", "Si l'article est défectueux, vous recevrez une étiquette de retour prépayée."));
    assertEquals("depends", payer("es", "Si el producto es defectuoso, te enviaremos una etiqueta de devolución prepagada."));
    assertEquals("depends", payer("zh", "如有质量问题，我们将提供预付退货运单。"));
    assertEquals("seller", payer("en", "Returns are free on all orders. If your item is faulty, we will email you a prepaid "
        + "return label."));
    assertEquals("seller", payer("en", "We will email you a prepaid return label."));
  }

  @Test
  void aRunInHeadingStatesTheCaseForTheRestOfItsLine() {
    assertEquals("depends", payer("es", "Derecho de desistimiento: puedes desistir del contrato en 14 días. En ese caso, "
        + "los gastos de devolución corren por tu cuenta."));
    assertEquals("depends", payer("en", "Change of mind returns: accepted within 30 days of delivery. In that case, the "
        + "customer pays return shipping."));
    assertEquals("depends", payer("de", "Defekte Ware: bitte melden Sie sich innerhalb von 3 Tagen. Wir übernehmen dann "
        + "die Rücksendekosten."));
    // The next line is out of its reach.
    assertEquals("buyer", payer("es", "Derecho de desistimiento: puedes desistir del contrato en 14 días.\n"
        + "Los gastos de devolución corren por tu cuenta."));
  }

  @Test
  void inThatCaseCarriesTheCaseOfTheSentenceBefore() {
    assertEquals("depends", payer("en", "If your item arrives faulty, please contact us. In that case, we pay the return "
        + "shipping."));
    assertEquals("depends", payer("es", "Si el producto llega defectuoso, contáctanos. En ese caso, los gastos de devolución "
        + "corren por nuestra cuenta."));
    assertEquals("depends", payer("pt", "Se o produto apresentar defeito, fale conosco. Nesse caso, o frete da devolução é "
        + "por nossa conta."));
    assertEquals("depends", payer("de", "Sollte ein Artikel beschädigt ankommen, kontaktieren Sie uns. In diesem Fall "
        + "übernehmen wir die Kosten der Rücksendung."));
    assertEquals("depends", payer("fr", "Si l'article est défectueux, contactez-nous. Dans ce cas, nous prenons en charge "
        + "les frais de retour."));
    assertEquals("depends", payer("zh", "如商品存在质量问题，请联系客服。此种情况下，退货运费由卖家承担。"));
    assertEquals("seller", payer("en", "Please contact us before returning. In that case, we pay the return shipping."));
  }

  @Test
  void theModelFormsCollectionByTheTraderIsTheSellerPayingUnlessACostIsStated() {
    assertEquals("seller", payer("es", "Si ejerce su derecho de desistimiento, recogeremos los bienes."));
    assertEquals("seller", payer("pt", "Em caso de livre resolução, recolheremos os bens."));
    assertEquals("seller", payer("fr", "En cas de rétractation, nous récupérerons le bien."));
    assertEquals("seller", payer("en", "If you withdraw, we will collect the goods."));
    assertEquals("buyer", payer("en", "If you withdraw, we will collect the goods. You will have to bear the direct cost "
        + "of returning the goods."));
    assertEquals("buyer", payer("es", "El consumidor y usuario asumirá el coste directo de devolución de los bienes."));
  }

  /** An exception of any kind, not only a defect, makes the buyer pay in some cases only. */
  @Test
  void anExceptionToTheBuyerPayingIsDepends() {
    assertEquals("depends", payer("en", "The customer pays return shipping, except for exchanges."));
    assertEquals("depends", payer("de", "Die Rücksendekosten trägt der Kunde, außer beim Umtausch."));
    assertEquals("depends", payer("de", "Die Rücksendekosten trägst du als Käufer, ausser es handelt sich um ein Versehen."));
    assertEquals("depends", payer("fr", "Les frais de retour sont à la charge du client, sauf pour les échanges."));
    assertEquals("depends", payer("es", "Los gastos de devolución corren a cargo del cliente, salvo en los cambios de talla."));
    assertEquals("depends", payer("pt", "Os custos de devolução são de responsabilidade do cliente, exceto nas trocas."));
    assertEquals("depends", payer("zh", "退货运费由买家承担，换货除外。"));
  }

  /** A negated condition opening the clause after another condition's clause, joined by a semicolon: one case of two. */
  @Test
  void theSecondOfTwoConditionsJoinedByASemicolonIsOneCase() {
    assertEquals("depends", payer("zh", "若符合退货政策，运费以优惠券方式补偿；若不符合退货政策，运费由您自行承担。"));
    assertEquals("depends", payer("en", "If the return is accepted, we credit the postage; if not, the customer pays return shipping."));
    assertEquals("depends", payer("de", "Wenn die Rücksendung angenommen wird, schreiben wir das Porto gut; wenn nicht, trägt der "
        + "Kunde die Rücksendekosten."));
    assertEquals("depends", payer("es", "Si la devolución es aceptada, te abonamos un vale; si no, el cliente asume el costo "
        + "de la devolución."));
    // A second condition that is not negated is no case of two.
    assertEquals("buyer", payer("en", "If you are not satisfied, you may return the item within 30 days; if you return it, "
        + "the customer pays return shipping."));
    assertEquals("buyer", payer("en", "If you want to return an item, contact us. If you return an item, the customer pays "
        + "return shipping."));
  }

  /** "Unless otherwise stated" excepts nothing: the buyer still pays. */
  @Test
  void boilerplateThatExceptsNothingLeavesTheBuyerPaying() {
    assertEquals("buyer", payer("en", "The customer pays return shipping unless otherwise stated."));
    assertEquals("buyer", payer("de", "Die Rücksendekosten trägt der Kunde, es sei denn, es ist anders vereinbart."));
    assertEquals("buyer", payer("fr", "Les frais de retour sont à la charge du client, sauf indication contraire."));
    assertEquals("buyer", payer("es", "Los gastos de devolución corren a cargo del cliente, salvo que se indique lo contrario."));
    assertEquals("buyer", payer("pt", "Os custos de devolução são de responsabilidade do cliente, salvo disposição em contrário."));
    assertEquals("buyer", payer("zh", "退货运费由买家承担，法律另有规定的除外。"));
  }

  @Test
  void aReturnSaidNotToBeFreeIsNotAFreeReturn() {
    assertNull(payer("de", "Die Rücksendung ist nicht kostenlos."));
    assertNull(payer("fr", "Le retour n'est pas gratuit."));
    assertNull(payer("es", "La devolución no es gratuita."));
    assertNull(payer("pt", "O frete da devolução não é gratuito."));
    assertNull(payer("zh", "退货不是免费的。"));
  }

  @Test
  void chinese() {
    assertEquals("buyer", payer("zh", "退货运费由买家承担。"));
    assertEquals("buyer", payer("zh", "退货运费需要消费者自行承担。"));
    assertEquals("buyer", payer("zh", "退货不包邮。"));
    assertEquals("buyer", payer("zh", "本店不承担退货运费。"));
    assertEquals("seller", payer("zh", "退货运费由卖家承担。"));
    assertEquals("seller", payer("zh", "包邮退货。"));
    assertEquals("seller", payer("zh", "支持退货包运费。"));
    assertEquals("seller", payer("zh", "买家无需承担退货运费。"));
    assertEquals("seller", payer("zh", "退货无需支付运费。"));
    assertEquals("depends", payer("zh", "非质量问题退货，运费由买家承担。"));
    assertEquals("depends", payer("zh", "退货运费由买家承担，质量问题除外。"));
  }
}
