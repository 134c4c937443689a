package dev.sellertrust.policy;

import java.util.Map;

/** The sentences {@link PolicyTemplates} assembles, per language. {@code %s} marks the span and the anchor. */
final class Phrases {
  final String title;
  final String window;
  final Map<String, String> anchors;
  final String days;
  final String businessDays;
  final Map<Integer, String> weeksAndMonths;
  final String conditions;
  final String refundOriginal;
  final String storeCreditOnly;
  final String timeline;
  final String buyerPays;
  final String sellerPays;
  final String dependsPays;
  final String fee;
  final String noFee;
  final String exchangeYes;
  final String exchangeNo;
  final String procedure;
  final String vagueWindow;
  final String vagueRefund;

  private Phrases(String[] s, Map<String, String> anchors, Map<Integer, String> weeksAndMonths) {
    this.title = s[0];
    this.window = s[1];
    this.anchors = anchors;
    this.days = s[2];
    this.businessDays = s[3];
    this.weeksAndMonths = weeksAndMonths;
    this.conditions = s[4];
    this.refundOriginal = s[5];
    this.storeCreditOnly = s[6];
    this.timeline = s[7];
    this.buyerPays = s[8];
    this.sellerPays = s[9];
    this.dependsPays = s[10];
    this.fee = s[11];
    this.noFee = s[12];
    this.exchangeYes = s[13];
    this.exchangeNo = s[14];
    this.procedure = s[15];
    this.vagueWindow = s[16];
    this.vagueRefund = s[17];
  }

  String anchor(String startsFrom) {
    String a = anchors.get(startsFrom);
    if (a == null) {
      throw new IllegalArgumentException("windowStartsFrom must be delivery, purchase or shipment: " + startsFrom);
    }
    return a;
  }

  static Phrases of(String lang) {
    return switch (lang) {
      case "es" -> SPANISH;
      case "pt" -> PORTUGUESE;
      case "de" -> GERMAN;
      case "fr" -> FRENCH;
      case "zh" -> CHINESE;
      default -> ENGLISH;
    };
  }

  private static final Phrases ENGLISH = new Phrases(new String[] {
      "Returns and refunds.",
      "You can return items within %s %s.",
      "days", "business days",
      "Items must be unused and in their original packaging with tags attached.",
      "Refunds are issued to the original payment method.",
      "Refunds are issued as store credit only.",
      "Refunds are processed within %s of receiving your return.",
      "The customer is responsible for return shipping costs.",
      "We offer free returns on all orders.",
      "We pay return shipping if the item is defective, otherwise the customer pays.",
      "A restocking fee of %s%% applies to returned items.",
      "No restocking fee is charged.",
      "Exchanges are available for a different size or colour.",
      "We do not offer exchanges.",
      "To start a return, contact us at returns@example.com.",
      "Returns are accepted at our discretion within a reasonable time.",
      "Refunds are processed as soon as possible."},
      Map.of("delivery", "of delivery", "purchase", "of purchase", "shipment", "of shipment"),
      Map.of(14, "two weeks", 21, "three weeks", 30, "one month", 60, "two months"));

  private static final Phrases SPANISH = new Phrases(new String[] {
      "Política de devoluciones.",
      "Puede devolver los productos en un plazo de %s %s.",
      "días", "días hábiles",
      "Los productos deben estar sin usar y en su embalaje original.",
      "El reembolso se realizará con el mismo método de pago utilizado en la compra.",
      "Los reembolsos se emiten únicamente como crédito en tienda.",
      "Los reembolsos se procesan en un plazo de %s tras recibir la devolución.",
      "Los gastos de envío de la devolución corren a cargo del cliente.",
      "Ofrecemos devoluciones gratuitas en todos los pedidos.",
      "Si el producto es defectuoso, pagamos los gastos de envío de la devolución, de lo contrario los paga el cliente.",
      "Se aplica una tarifa de reposición del %s %%.",
      "No cobramos ninguna tarifa de reposición.",
      "También aceptamos cambios de talla o color.",
      "No se aceptan cambios.",
      "Para iniciar una devolución, escríbanos a devoluciones@example.com.",
      "Las devoluciones se aceptan a nuestra discreción dentro de un plazo razonable.",
      "Los reembolsos se procesan lo antes posible."},
      Map.of("delivery", "desde la entrega", "purchase", "desde la compra", "shipment", "desde el envío"),
      Map.of(14, "dos semanas", 21, "tres semanas", 30, "un mes", 60, "dos meses"));

  private static final Phrases PORTUGUESE = new Phrases(new String[] {
      "Política de trocas e devoluções.",
      "Você pode devolver os produtos em até %s %s.",
      "dias", "dias úteis",
      "Os produtos devem estar sem uso e na embalagem original.",
      "O reembolso será feito no mesmo meio de pagamento utilizado na compra.",
      "Os reembolsos são feitos apenas em crédito na loja.",
      "O reembolso é processado em até %s após recebermos a devolução.",
      "Os custos de envio da devolução são por conta do cliente.",
      "Oferecemos devolução gratuita em todos os pedidos.",
      "Se o produto tiver defeito, pagamos o frete da devolução, caso contrário o cliente paga.",
      "Aplica-se uma taxa de reposição de %s%%.",
      "Não cobramos taxa de reposição.",
      "Também aceitamos trocas de tamanho ou cor.",
      "Não aceitamos trocas.",
      "Para solicitar uma devolução, envie um e-mail para devolucoes@example.com.",
      "As devoluções são aceitas a nosso critério dentro de um prazo razoável.",
      "O reembolso será processado o mais rápido possível."},
      Map.of("delivery", "após o recebimento", "purchase", "após a compra", "shipment", "após o envio"),
      Map.of(14, "duas semanas", 21, "três semanas", 30, "um mês", 60, "dois meses"));

  private static final Phrases GERMAN = new Phrases(new String[] {
      "Rückgabe und Erstattung.",
      "Sie können Artikel innerhalb von %s %s zurückgeben.",
      "Tagen", "Werktagen",
      "Die Ware muss ungebraucht und in der Originalverpackung sein.",
      "Die Erstattung erfolgt über dasselbe Zahlungsmittel, das Sie beim Kauf verwendet haben.",
      "Erstattungen erfolgen ausschließlich als Gutschein.",
      "Die Erstattung erfolgt innerhalb von %s nach Eingang der Rücksendung.",
      "Sie tragen die unmittelbaren Kosten der Rücksendung.",
      "Wir bieten eine kostenlose Rücksendung für alle Bestellungen.",
      "Wir übernehmen die Rücksendekosten, wenn die Ware defekt ist, andernfalls tragen Sie die Kosten.",
      "Es fällt eine Wiedereinlagerungsgebühr von %s %% an.",
      "Es fällt keine Wiedereinlagerungsgebühr an.",
      "Ein Umtausch in eine andere Größe ist möglich.",
      "Ein Umtausch ist ausgeschlossen.",
      "Um eine Rücksendung anzumelden, schreiben Sie an retoure@example.com.",
      "Rücksendungen werden nach unserem Ermessen innerhalb einer angemessenen Frist akzeptiert.",
      "Die Erstattung erfolgt so schnell wie möglich."},
      Map.of("delivery", "nach Erhalt der Ware", "purchase", "nach dem Kauf", "shipment", "nach dem Versand"),
      Map.of(14, "zwei Wochen", 21, "drei Wochen", 30, "einem Monat", 60, "zwei Monaten"));

  private static final Phrases FRENCH = new Phrases(new String[] {
      "Retours et remboursements.",
      "Vous pouvez retourner vos articles dans un délai de %s %s.",
      "jours", "jours ouvrés",
      "Les articles doivent être non utilisés et dans leur emballage d'origine.",
      "Le remboursement est effectué avec le même moyen de paiement que celui utilisé lors de l'achat.",
      "Les remboursements sont accordés uniquement sous forme d'avoir.",
      "Le remboursement intervient sous %s après réception de votre retour.",
      "Les frais de retour sont à la charge du client.",
      "Nous offrons les retours gratuits sur toutes les commandes.",
      "Si l'article est défectueux, nous prenons en charge les frais de retour, sinon ils sont à la charge du client.",
      "Des frais de remise en stock de %s %% s'appliquent.",
      "Aucuns frais de remise en stock ne sont appliqués.",
      "Les échanges de taille ou de couleur sont possibles.",
      "Nous n'acceptons pas d'échanges.",
      "Pour effectuer un retour, écrivez-nous à retours@example.com.",
      "Les retours sont acceptés à notre discrétion dans un délai raisonnable.",
      "Le remboursement est effectué dans les meilleurs délais."},
      Map.of("delivery", "à compter de la livraison", "purchase", "à compter de l'achat", "shipment", "à compter de l'expédition"),
      Map.of(14, "deux semaines", 21, "trois semaines", 30, "un mois", 60, "deux mois"));

  private static final Phrases CHINESE = new Phrases(new String[] {
      "退换货政策。",
      "%2$s%1$s内可申请退货。",
      "天", "个工作日",
      "商品须未使用且保持原包装。",
      "退款将原路退回至您的原支付方式。",
      "退款仅以店铺积分形式发放。",
      "我们收到退货后%s内完成退款。",
      "退货运费由买家承担。",
      "我们提供免费退货服务。",
      "如因质量问题退货，运费由我们承担，否则运费由买家承担。",
      "退货需收取%s%%的手续费。",
      "退货不收取任何手续费。",
      "支持换货。",
      "不支持换货。",
      "如需退货，请联系客服：returns@example.com。",
      "退货需经我们酌情审核，并在合理时间内处理。",
      "退款将尽快处理。"},
      Map.of("delivery", "自收到商品之日起", "purchase", "自购买之日起", "shipment", "自发货之日起"),
      Map.of(14, "两周", 30, "一个月", 60, "两个月"));
}
