package dev.sellertrust.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * Wording common in a language's shops that no labelled page happens to use, so only these tests hold it: who pays
 * (a Latin American "guía", Portugal's "da responsabilidade do cliente", French "à ses frais", German "werden Ihnen
 * erstattet", a Chinese instruction without a subject, "bei Nichtgefallen"), exchange refusals ("no se admiten cambios",
 * "les échanges ne sont pas acceptés", "售出恕不退换", "no returns or exchanges"), the word's other senses ("a cambio de",
 * "em troca de") and a refund to the card or method used. Sentences written for these tests; each family has a
 * near miss that must not be read.
 */
class PolicyCommonWordingTest {

  private static PolicyFacts facts(String language, String text) {
    return PolicyExtractor.extract(text, language);
  }

  @Test
  void whoPays() {
    assertEquals("seller", facts("es", "Para tu devolución te enviaremos una guía de devolución por correo.")
        .returnShippingPaidBy());
    assertEquals("seller", facts("es", "Puedes regresar el producto con la guía prepagada incluida.").returnShippingPaidBy());
    assertEquals("buyer", facts("pt", "Os portes da devolução são da responsabilidade do cliente.").returnShippingPaidBy());
    assertEquals("buyer", facts("fr", "Le client renvoie l'article à ses frais.").returnShippingPaidBy());
    assertEquals("buyer", facts("fr", "Le coût du retour est supporté par le client.").returnShippingPaidBy());
    assertEquals("seller", facts("de", "Die Kosten der Rücksendung werden Ihnen erstattet.").returnShippingPaidBy());
    assertEquals("buyer", facts("de", "Die Kosten der Rücksendung werden Ihnen nicht erstattet.").returnShippingPaidBy(),
        "a refusal to refund the cost");
    assertEquals("buyer", facts("zh", "退货时请自行承担运费。").returnShippingPaidBy());
    assertEquals("buyer", facts("zh", "退货需买家自付运费。").returnShippingPaidBy());
    assertNull(facts("zh", "请自行打包退货商品。").returnShippingPaidBy(), "packing yourself says nothing of the cost");
  }

  @Test
  void exchangeRefusals() {
    assertEquals(Boolean.FALSE, facts("es", "No se admiten cambios.").exchangeOffered());
    assertEquals(Boolean.FALSE, facts("es", "En esta tienda no hay cambios.").exchangeOffered());
    assertEquals(Boolean.FALSE, facts("pt", "Não fazemos troca de produtos.").exchangeOffered());
    assertEquals(Boolean.FALSE, facts("pt", "Não há troca após a entrega.").exchangeOffered());
    assertEquals(Boolean.FALSE, facts("fr", "Les échanges ne sont pas acceptés.").exchangeOffered());
    assertEquals(Boolean.FALSE, facts("fr", "Ni reprise ni échange.").exchangeOffered());
    assertEquals(Boolean.FALSE, facts("zh", "商品售出恕不退换。").exchangeOffered());
    assertEquals(Boolean.TRUE, facts("zh", "特价商品售出概不退换，其他商品支持换货。").exchangeOffered(),
        "said of sale goods only");
    assertEquals(Boolean.TRUE, facts("es", "No hay cambios en los plazos: aceptamos cambios durante 30 días.").exchangeOffered(),
        "changes to the terms are not exchanges");
  }

  @Test
  void moreExchangeRefusalsAndOtherSensesOfTheWord() {
    assertEquals(Boolean.FALSE, facts("pt", "Não aceitamos devolução nem troca.").exchangeOffered());
    assertEquals(Boolean.FALSE, facts("de", "Umtausch und Rückgabe sind ausgeschlossen.").exchangeOffered());
    assertEquals(Boolean.FALSE, facts("en", "We don't accept returns or exchanges.").exchangeOffered());
    assertEquals(Boolean.FALSE, facts("en", "All sales are final: no returns or exchanges.").exchangeOffered());
    assertNull(facts("es", "Devuelve el producto y recibirás un reembolso a cambio de tu devolución.").exchangeOffered());
    assertNull(facts("es", "Si quieres cambiar de opinión, puedes devolver el producto.").exchangeOffered());
    assertNull(facts("pt", "Em troca de sua devolução, você recebe o reembolso.").exchangeOffered());
  }

  @Test
  void germanNotLikingTheGoodsAndTheOriginalPaymentMethod() {
    assertEquals("depends", facts("de", "Bei Nichtgefallen trägt der Kunde die Kosten der Rücksendung.").returnShippingPaidBy());
    assertEquals(Boolean.TRUE, facts("de", "Die Erstattung erfolgt über die ursprünglich verwendete Zahlungsmethode.")
        .refundToOriginalPayment());
  }

  @Test
  void refundToTheCardUsed() {
    assertEquals(Boolean.TRUE, facts("es", "El reembolso se hará a la tarjeta utilizada en la compra.").refundToOriginalPayment());
    assertEquals(Boolean.TRUE, facts("pt", "O reembolso é feito no cartão utilizado na compra.").refundToOriginalPayment());
    assertEquals(Boolean.TRUE, facts("fr", "Le remboursement est fait sur la carte bancaire utilisée lors de l'achat.")
        .refundToOriginalPayment());
    assertEquals(Boolean.TRUE, facts("zh", "退款将退回原支付账户。").refundToOriginalPayment());
    assertNull(facts("es", "Aceptamos pagos con cualquier tarjeta.").refundToOriginalPayment());
  }
}
