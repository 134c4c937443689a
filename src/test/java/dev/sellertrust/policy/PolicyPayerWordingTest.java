package dev.sellertrust.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * Who pays return shipping, in the general forms shops and statutory withdrawal notices use in each language:
 * payer subjects, modal and passive forms, "at the charge of", refusal of unpaid parcels, free returns and the
 * shop's own labels or postage codes. Short sentences written for these tests, one family per assertion.
 */
class PolicyPayerWordingTest {

  private static String payer(String language, String text) {
    return PolicyExtractor.extract(text, language).returnShippingPaidBy();
  }

  @Test
  void english() {
    assertEquals("buyer", payer("en", "If you withdraw, you will have to bear the direct cost of returning the goods."));
    assertEquals("buyer", payer("en", "Unwanted items can be returned; the purchaser must pay the costs of returning them."));
    assertEquals("buyer", payer("en", "Cost of return shipping is your own responsibility."));
    assertEquals("buyer", payer("en", "Return postage fees are non-refundable."));
    assertEquals("buyer", payer("en", "Returned parcels must be sent postage-paid."));
    assertEquals("buyer", payer("en", "COD returns will not be accepted."));
    assertEquals("seller", payer("en", "If you withdraw, we will bear the cost of returning the goods."));
    assertEquals("seller", payer("en", "Return shipping is on us."));
    assertEquals("seller", payer("en", "Every order comes with complimentary return shipping."));
    assertEquals("seller", payer("en", "Returns are always free of charge."));
    assertEquals("depends", payer("en", "If the goods are faulty, return postage is covered by us; otherwise the "
        + "buyer pays it."));
  }

  @Test
  void spanish() {
    assertEquals("buyer", payer("es", "Deberá usted asumir el coste directo de devolución de los bienes."));
    assertEquals("buyer", payer("es", "El comprador tendrá que pagar los gastos de envío de la devolución."));
    assertEquals("buyer", payer("es", "Los gastos de la devolución corren por cuenta del consumidor."));
    assertEquals("buyer", payer("es", "Los portes de la devolución serán a su cargo."));
    assertEquals("buyer", payer("es", "Los costes de envío de la devolución son responsabilidad del cliente."));
    assertEquals("buyer", payer("es", "Los gastos de envío de la devolución no son reembolsables."));
    assertEquals("seller", payer("es", "Nosotros nos hacemos cargo de los gastos de la devolución."));
    assertEquals("seller", payer("es", "La devolución es totalmente gratuita."));
    assertEquals("seller", payer("es", "Para tu devolución te enviaremos por correo una etiqueta de devolución."));
    assertEquals("depends", payer("es", "Si el artículo llega defectuoso, nosotros pagamos el envío de la "
        + "devolución; en los demás casos lo paga el cliente."));
  }

  @Test
  void portuguese() {
    assertEquals("buyer", payer("pt", "Terá de suportar o custo direto da devolução dos bens."));
    assertEquals("buyer", payer("pt", "O consumidor deverá arcar com o frete da devolução."));
    assertEquals("buyer", payer("pt", "O envio da troca fica a cargo do cliente."));
    assertEquals("buyer", payer("pt", "Os custos de postagem da devolução são de sua responsabilidade."));
    assertEquals("buyer", payer("pt", "O frete da devolução não será reembolsado."));
    assertEquals("seller", payer("pt", "A primeira troca é grátis."));
    assertEquals("seller", payer("pt", "Para devolver, você receberá um código de postagem dos Correios."));
    assertEquals("seller", payer("pt", "Suportaremos o custo da devolução dos bens."));
    assertEquals("depends", payer("pt", "Se o produto tiver defeito, o frete da devolução é por conta da loja; "
        + "caso contrário, por conta do cliente."));
  }

  @Test
  void german() {
    assertEquals("buyer", payer("de", "Sie tragen die unmittelbaren Kosten der Rücksendung der Waren."));
    assertEquals("buyer", payer("de", "Der Besteller hat die Kosten der Rücksendung zu tragen."));
    assertEquals("buyer", payer("de", "Die Rücksendekosten werden vom Kunden getragen."));
    assertEquals("buyer", payer("de", "Die Rücksendung erfolgt auf Kosten des Käufers."));
    assertEquals("buyer", payer("de", "Unfreie Rücksendungen werden nicht angenommen."));
    assertEquals("seller", payer("de", "Wir tragen die Kosten der Rücksendung der Waren."));
    assertEquals("seller", payer("de", "Die Kosten der Rücksendung werden von uns übernommen."));
    assertEquals("seller", payer("de", "Die Rücksendung ist für Sie kostenlos."));
    assertEquals("depends", payer("de", "Ist die Ware mangelhaft, übernehmen wir die Rücksendekosten; in allen "
        + "anderen Fällen trägt sie der Kunde."));
  }

  @Test
  void french() {
    assertEquals("buyer", payer("fr", "Vous devrez prendre en charge les frais directs de renvoi du bien."));
    assertEquals("buyer", payer("fr", "Les frais directs de renvoi du bien sont à votre charge."));
    assertEquals("buyer", payer("fr", "Les frais de retour incombent au client."));
    assertEquals("buyer", payer("fr", "Les frais de retour sont supportés par l'acheteur."));
    assertEquals("buyer", payer("fr", "Les retours sont aux frais du consommateur."));
    assertEquals("seller", payer("fr", "Les frais de retour sont offerts."));
    assertEquals("seller", payer("fr", "Nous prendrons à notre charge les frais de renvoi du bien."));
    assertEquals("seller", payer("fr", "Le retour est entièrement gratuit."));
    assertEquals("depends", payer("fr", "Si l'article est défectueux, nous remboursons les frais de retour ; sinon "
        + "ils restent à la charge du client."));
  }

  @Test
  void chinese() {
    assertEquals("buyer", payer("zh", "退货运费由买家自行承担。"));
    assertEquals("buyer", payer("zh", "退回商品的邮费由顾客支付。"));
    assertEquals("buyer", payer("zh", "退货时运费自理。"));
    assertEquals("buyer", payer("zh", "退货请勿使用到付，到付件一律拒收。"));
    assertEquals("seller", payer("zh", "退货运费由本店承担。"));
    assertEquals("seller", payer("zh", "本店支持退货包邮。"));
    assertEquals("seller", payer("zh", "退货时商家承担来回运费。"));
    assertEquals("depends", payer("zh", "非质量问题退货，运费由买家承担。"));
    assertEquals("depends", payer("zh", "如因质量问题退货，运费由卖家承担。"));
  }

  @Test
  void aReturnCausedByTheBuyerIsTheOtherCaseOfDepends() {
    assertEquals("buyer", payer("es", "Los costes de envío de la devolución son responsabilidad del cliente."));
    assertEquals("depends", payer("es", "Cuando la devolución se deba a un error del cliente, los gastos de envío "
        + "corren por su cuenta."));
    assertEquals("depends", payer("en", "If the return is due to customer error, the customer pays return shipping."));
    assertEquals("depends", payer("pt", "Em trocas por escolha do cliente, o frete fica por conta do cliente."));
    assertEquals("depends", payer("fr", "En cas d'erreur du client, les frais de retour sont à la charge du client."));
    assertEquals("depends", payer("de", "Bei einem Fehler des Kunden trägt der Kunde die Kosten der Rücksendung."));
    assertEquals("depends", payer("zh", "因买家个人原因退货，运费由买家承担。"));
  }

  @Test
  void anExceptionForDefectsMakesItDepend() {
    assertEquals("depends", payer("es", "Los gastos de devolución son responsabilidad del cliente, salvo en caso de "
        + "producto defectuoso."));
    assertEquals("depends", payer("pt", "O frete da devolução é por conta do cliente, exceto quando o produto "
        + "chegar com defeito."));
    assertEquals("depends", payer("fr", "Les frais de retour sont à la charge du client, sauf en cas de produit "
        + "défectueux."));
    assertEquals("depends", payer("en", "Return shipping is paid by the customer, except where the item arrived "
        + "damaged."));
    assertEquals("buyer", payer("de", "Bei einer Rücksendung trägt der Kunde die Versandkosten."));
  }

  /**
   * The general structures: any payer word as subject, the cost first with its payer after it, a shop named as
   * payer, and the negations that must not read as a payer.
   */
  @Test
  void englishGeneralStructures() {
    assertEquals("buyer", payer("en", "The customer handles shipping charges on returned items."));
    assertEquals("buyer", payer("en", "Shipping costs for returns are not paid for by Acme."));
    assertEquals("buyer", payer("en", "Return postage will be borne by the recipient."));
    assertEquals("seller", payer("en", "Acme will take charge of the shipping costs of the return."));
    assertEquals("seller", payer("en", "Return shipping costs are covered by Acme."));
    assertEquals("depends", payer("en", "If the returned item is without fault, the cost of return postage will be borne by "
        + "the customer."));
    assertNull(payer("en", "Free returns are not offered."));
    assertNull(payer("en", "We do not offer free returns."));
  }

  @Test
  void spanishGeneralStructures() {
    assertEquals("buyer", payer("es", "En ese caso, corren por tu cuenta los gastos de envío de la devolución."));
    assertEquals("buyer", payer("es", "La clienta deberá abonar el transporte de la devolución."));
    assertEquals("seller", payer("es", "El costo del envío de la devolución lo cubrimos nosotros."));
    assertEquals("depends", payer("es", "El costo del envío de retorno lo cubrimos nosotros si el producto llega defectuoso."));
    assertEquals("seller", payer("es", "El cambio es sin costo adicional."));
    assertNull(payer("es", "La devolución no es gratuita."));
  }

  @Test
  void portugueseGeneralStructures() {
    assertEquals("seller", payer("pt", "Os custos de envio da devolução serão cobertos pela Loja Azul."));
    assertEquals("seller", payer("pt", "A troca é feita sem custo adicional para você."));
    assertEquals("depends", payer("pt", "Nas devoluções por desistência, o frete fica por conta do cliente."));
    assertEquals("buyer", payer("pt", "Na devolução, a consumidora deverá pagar a postagem."));
    assertNull(payer("pt", "A troca não é gratuita."));
  }

  @Test
  void germanGeneralStructures() {
    assertEquals("buyer", payer("de", "Die Rücksendekosten trägst du als Käufer."));
    assertEquals("buyer", payer("de", "Bei einer Rückgabe zahlt der Kunde das Porto."));
    assertEquals("seller", payer("de", "Für die Rücksendung gilt: die Frankatur obliegt dem Verkäufer."));
    assertEquals("seller", payer("de", "Die Kosten der Rücksendung übernehmen wir."));
    assertEquals("seller", payer("de", "Eine kostenfreie Retoure ist möglich."));
  }

  @Test
  void chineseGeneralStructures() {
    assertEquals("seller", payer("zh", "退货时所有邮费必须卖家承担。"));
    assertEquals("seller", payer("zh", "退货运费由小美商城承担。"));
    assertEquals("buyer", payer("zh", "退货时本店不承担运费。"));
    assertEquals("depends", payer("zh", "非质量问题的退货，应由买家承担往返运费。"));
  }
}
