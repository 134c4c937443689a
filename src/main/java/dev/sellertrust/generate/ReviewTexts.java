package dev.sellertrust.generate;

import java.util.Map;
import java.util.SplittableRandom;

/**
 * Review titles and texts. In the six languages the review-theme extractor reads (pt, en, es, de, fr, zh) the text
 * says what happened to the order ({@link Cause}): a late order's review says it came late, an undelivered one that it
 * never came, and so on; an order without trouble gets praise, a neutral line or a disappointed one by its stars, and
 * some reviews have no text at all. Other languages (it, nl, ja) keep short templates per sentiment. A few English
 * texts carry quotes, commas or a line break to exercise CSV quoting.
 */
final class ReviewTexts {
  private ReviewTexts() {}

  /** What a review can say. The first five are complaints that follow the order's hidden causes. */
  enum Says { LATE, NOT_RECEIVED, DAMAGED, NOT_AS_DESCRIBED, REFUND_PROBLEM, PRAISE, NEUTRAL, DISAPPOINTED }

  /** What went wrong with one order, as the review's author saw it. */
  record Cause(boolean notReceived, boolean late, boolean damaged, boolean notAsDescribed, boolean refundProblem) {
    boolean any() {
      return notReceived || late || damaged || notAsDescribed || refundProblem;
    }
  }

  /** Reviews without a title or text, whatever happened (on Olist's public data more than half have no comment). */
  static final double NO_TEXT = 0.25;
  /** How often a review of an order with a problem mentions it. */
  static final double MENTIONS_PROBLEM = 0.85;

  /** Per language and {@link Says}: three phrasings, each read by the extractor as its theme (ReviewTextsTest). */
  private static final Map<String, Map<Says, String[]>> SAYS = Map.of(
      "en", says(
          new String[] {"Arrived two weeks late.", "The delivery was very late.", "Took weeks to arrive, far later than promised."},
          new String[] {"I never received my order.", "The parcel never arrived.", "The package was lost, nothing arrived."},
          new String[] {"It arrived broken.", "The item came damaged.", "Stopped working after two days, poor quality."},
          new String[] {"The item was not \"as described\", sadly.", "They sent the wrong item.", "Nothing like the pictures."},
          new String[] {"Returned it weeks ago and no refund yet.", "The seller refused my refund.",
              "Refund still pending after the return."},
          new String[] {"Arrived early, great seller.", "Exactly as described, fast shipping. Recommended!",
              "Good quality, well packed, would order again."},
          new String[] {"Does the job.", "Okay for the price.", "It is what it is."},
          new String[] {"Would not buy again.", "Very disappointed.", "Not worth the money."}),
      "pt", says(
          new String[] {"Entrega atrasada.", "A entrega atrasou duas semanas.", "Demorou muito para chegar."},
          new String[] {"Não recebi o produto.", "Produto extraviado, nunca chegou.", "Até hoje não recebi o pedido."},
          new String[] {"Material de péssima qualidade, quebrou.", "Péssima qualidade, quebrou na primeira semana.",
              "Material fraco, quebrou logo."},
          new String[] {"Produto diferente do anunciado.", "Veio a cor diferente da foto.",
              "Veio um produto diferente do que comprei."},
          new String[] {"O vendedor recusou a devolução.", "Fiz a devolução e até hoje nada do estorno.",
              "Solicitei a devolução e o vendedor negou."},
          new String[] {"Chegou antes do prazo, recomendo.", "Produto excelente, muito bem embalado.",
              "Ótimo vendedor, entrega rápida."},
          new String[] {"Cumpre o que promete.", "Razoável pelo preço.", "Produto simples."},
          new String[] {"Não gostei.", "Fiquei decepcionado.", "Não recomendo."}),
      "es", says(
          new String[] {"Llegó con dos semanas de retraso.", "El envío tardó tres semanas más de lo previsto.", "Llegó tarde."},
          new String[] {"Nunca llegó el pedido.", "No he recibido el paquete.", "El paquete se perdió, nunca llegó."},
          new String[] {"Llegó roto.", "Vino defectuoso.", "Dejó de funcionar a los dos días."},
          new String[] {"No corresponde con la descripción.", "Me enviaron otro modelo.", "Es diferente a la foto."},
          new String[] {"Lo devolví y todavía no me han reembolsado.", "Rechazaron mi devolución.",
              "Sin reembolso un mes después de devolverlo."},
          new String[] {"Llegó antes de lo previsto, excelente.", "Tal como se describe, envío rápido.",
              "Buena calidad, muy contento."},
          new String[] {"Cumple su función.", "Normal.", "Es lo que es."},
          new String[] {"Muy decepcionado.", "No lo recomiendo.", "No vale lo que cuesta."}),
      "de", says(
          new String[] {"Kam zwei Wochen zu spät.", "Die Lieferung dauerte drei Wochen länger als angegeben.",
              "Lieferung stark verspätet."},
          new String[] {"Die Ware ist nie angekommen.", "Paket nie erhalten.", "Das Paket ist verloren gegangen."},
          new String[] {"Kam kaputt an.", "Das Gerät ist defekt.", "Nach zwei Tagen kaputt."},
          new String[] {"Artikel entsprach nicht der Beschreibung.", "Falscher Artikel geliefert.",
              "Sieht anders aus als auf dem Bild."},
          new String[] {"Zurückgeschickt, bis heute keine Erstattung.", "Rückgabe wurde abgelehnt.",
              "Geld nach der Rücksendung nie erstattet."},
          new String[] {"Früher als erwartet geliefert, super.", "Wie beschrieben, schneller Versand.",
              "Gute Qualität, gerne wieder."},
          new String[] {"Erfüllt seinen Zweck.", "Für den Preis in Ordnung.", "Durchschnittlich."},
          new String[] {"Sehr enttäuscht.", "Nicht zu empfehlen.", "Nie wieder."}),
      "fr", says(
          new String[] {"Arrivé avec deux semaines de retard.", "Livraison très lente.", "Le colis est arrivé en retard."},
          new String[] {"Je n'ai jamais reçu ma commande.", "Colis jamais arrivé.", "Commande perdue, rien reçu."},
          new String[] {"Arrivé cassé.", "Produit défectueux.", "Ne fonctionne plus après deux jours."},
          new String[] {"Article non conforme à la description.", "Mauvaise taille envoyée.", "Différent de la photo."},
          new String[] {"Retourné il y a un mois, toujours pas remboursé.", "Retour refusé par le vendeur.",
              "Remboursement jamais effectué après le retour."},
          new String[] {"Arrivé en avance, parfait.", "Conforme, livraison rapide.", "Bonne qualité, je recommande."},
          new String[] {"Fait le travail.", "Correct pour le prix.", "Moyen."},
          new String[] {"Très déçu.", "À éviter.", "Je ne le rachèterai pas."}),
      "zh", says(
          new String[] {"物流太慢了。", "晚到了两个星期。", "发货延迟。"},
          new String[] {"一直没收到货。", "包裹丢失了。", "根本没有到。"},
          new String[] {"收到时已经坏了。", "商品破损。", "质量很差。"},
          new String[] {"商品与描述不符。", "发错货了。", "颜色不对。"},
          new String[] {"申请退款被拒绝。", "退货以后钱还没退。", "退货很麻烦，退款拖着不给。"},
          new String[] {"提前到了，很满意。", "与描述一致，发货快。", "质量很好，会回购。"},
          new String[] {"还可以。", "价格合理。", "一般般。"},
          new String[] {"非常失望。", "不推荐。", "不会再买。"}));

  private static Map<Says, String[]> says(String[]... perKind) {
    Map<Says, String[]> m = new java.util.EnumMap<>(Says.class);
    for (Says k : Says.values()) {
      m.put(k, perKind[k.ordinal()]);
    }
    return m;
  }

  /** The languages whose texts follow the order's causes. */
  static boolean followsCauses(String language) {
    return SAYS.containsKey(language);
  }

  /** The titles a review with {@code rating} stars can have. */
  static String[] titles(String language, int rating) {
    return TITLES.get(language)[sentiment(rating)].clone();
  }

  static String[] phrasings(String language, Says kind) {
    return SAYS.get(language).get(kind).clone();
  }

  /**
   * The review's title and text, each possibly null. The sentiment template (drawn from the slice's stream, so the
   * stream advances the same whatever the texts say) is used as is in languages without cause texts; in the six
   * others the text comes from the review's own text stream and follows {@code cause}.
   *
   * @param template the title and text drawn by {@link #title} and {@link #text}
   */
  static String[] write(SplittableRandom t, String language, int rating, Cause cause, String[] template) {
    if (!followsCauses(language)) {
      return template;
    }
    // An undelivered order rated 4-5 is an odd review; saying "never came" under praise would read as a bought one.
    if (Rand.chance(t, NO_TEXT) || (cause.notReceived() && rating >= 4)) {
      return new String[] {null, null};
    }
    java.util.List<Says> said = new java.util.ArrayList<>(2);
    if (cause.notReceived() && Rand.chance(t, MENTIONS_PROBLEM)) {
      said.add(Says.NOT_RECEIVED);
    }
    if (cause.late() && Rand.chance(t, MENTIONS_PROBLEM)) {
      said.add(Says.LATE);
    }
    if (cause.damaged() && Rand.chance(t, MENTIONS_PROBLEM)) {
      said.add(Says.DAMAGED);
    }
    if (cause.notAsDescribed() && Rand.chance(t, MENTIONS_PROBLEM)) {
      said.add(Says.NOT_AS_DESCRIBED);
    }
    if (cause.refundProblem() && Rand.chance(t, MENTIONS_PROBLEM)) {
      said.add(Says.REFUND_PROBLEM);
    }
    if (said.isEmpty()) {
      // A problem left unsaid is never praised.
      said.add(rating <= 2 ? Says.DISAPPOINTED : rating >= 4 && !cause.any() ? Says.PRAISE : Says.NEUTRAL);
    }
    StringBuilder text = new StringBuilder();
    String space = "zh".equals(language) ? "" : " ";
    for (Says k : said) {
      text.append(text.length() == 0 ? "" : space).append(Rand.pick(t, SAYS.get(language).get(k)));
    }
    // Keeps the template's rare line break, so that CSV readers still meet multi-line fields.
    String body = template[1];
    int ps = body == null ? -1 : body.indexOf("\nP.S.");
    if (ps >= 0) {
      text.append(body.substring(ps));
    }
    return new String[] {TITLES.get(language)[sentiment(rating)][t.nextInt(2)], text.toString()};
  }

  /** Per language: {negative, neutral, positive} x two variants, for titles and for texts. */
  private static final Map<String, String[][]> TITLES = Map.of(
      "en", new String[][] {{"Very disappointed", "Would not buy again"}, {"It's okay", "Average"},
          {"Great purchase", "Excellent seller"}},
      "de", new String[][] {{"Sehr enttäuscht", "Nie wieder"}, {"Ganz okay", "Mittelmäßig"},
          {"Super Kauf", "Toller Verkäufer"}},
      "fr", new String[][] {{"Très déçu", "À éviter"}, {"Correct", "Moyen"}, {"Excellent achat", "Vendeur au top"}},
      "es", new String[][] {{"Muy decepcionado", "No lo recomiendo"}, {"Está bien", "Normal"},
          {"Gran compra", "Vendedor excelente"}},
      "pt", new String[][] {{"Muito decepcionado", "Não recomendo"}, {"Razoável", "Mais ou menos"},
          {"Ótima compra", "Vendedor excelente"}},
      "it", new String[][] {{"Molto deluso", "Da evitare"}, {"Discreto", "Nella media"},
          {"Ottimo acquisto", "Venditore eccellente"}},
      "nl", new String[][] {{"Erg teleurgesteld", "Nooit meer"}, {"Prima", "Gemiddeld"},
          {"Top aankoop", "Uitstekende verkoper"}},
      "ja", new String[][] {{"とても残念", "二度と買わない"}, {"普通です", "まあまあ"}, {"最高の買い物", "素晴らしい出品者"}},
      "zh", new String[][] {{"非常失望", "不会再买"}, {"还行", "一般"}, {"非常满意", "卖家很好"}});

  private static final Map<String, String[][]> TEXTS = Map.of(
      "en", new String[][] {
          {"The item was not \"as described\", and support never helped.", "Broke after two days. Asked for a refund."},
          {"Does the job, nothing special.", "Fine for the price, delivery was slow."},
          {"Exactly as described, fast shipping. Recommended!", "Good quality, well packed, would order again."}},
      "de", new String[][] {{"Artikel entsprach nicht der Beschreibung.", "Nach zwei Tagen kaputt."},
          {"Erfüllt seinen Zweck.", "Für den Preis in Ordnung."},
          {"Wie beschrieben, schneller Versand.", "Gute Qualität, gerne wieder."}},
      "fr", new String[][] {{"Article non conforme à la description.", "Cassé au bout de deux jours."},
          {"Fait le travail.", "Correct pour le prix."},
          {"Conforme, livraison rapide.", "Bonne qualité, je recommande."}},
      "es", new String[][] {{"El artículo no era como se describía.", "Se rompió a los dos días."},
          {"Cumple su función.", "Bien por el precio."},
          {"Tal como se describe, envío rápido.", "Buena calidad, volvería a comprar."}},
      "pt", new String[][] {{"O produto não era como descrito.", "Quebrou depois de dois dias."},
          {"Cumpre o que promete.", "Bom pelo preço."},
          {"Exatamente como descrito, entrega rápida.", "Boa qualidade, compraria de novo."}},
      "it", new String[][] {{"Articolo non conforme alla descrizione.", "Rotto dopo due giorni."},
          {"Fa il suo lavoro.", "Buono per il prezzo."},
          {"Come descritto, spedizione veloce.", "Ottima qualità, lo ricomprerei."}},
      "nl", new String[][] {{"Artikel was niet zoals beschreven.", "Na twee dagen kapot."},
          {"Doet wat het moet doen.", "Prima voor de prijs."},
          {"Precies zoals beschreven, snelle levering.", "Goede kwaliteit, zou opnieuw bestellen."}},
      "ja", new String[][] {{"説明と違う商品でした。", "二日で壊れました。"}, {"値段相応です。", "普通に使えます。"},
          {"説明通りで発送も早い。", "品質が良く、また買いたい。"}},
      "zh", new String[][] {{"商品与描述不符。", "用了两天就坏了。"}, {"还可以。", "价格合理。"},
          {"与描述一致，发货快。", "质量很好，会回购。"}});

  static final String[] LANGUAGES = {"en", "de", "fr", "es", "pt", "it", "nl", "ja", "zh"};

  static String title(SplittableRandom r, String language, int rating) {
    return TITLES.get(language)[sentiment(rating)][r.nextInt(2)];
  }

  static String text(SplittableRandom r, String language, int rating, boolean late) {
    String body = TEXTS.get(language)[sentiment(rating)][r.nextInt(2)];
    if (!"en".equals(language)) {
      return body;
    }
    if (late && Rand.chance(r, 0.5)) {
      body = body + " Arrived later than promised.";
    }
    // Real reviews sometimes span lines; RFC 4180 readers must cope (multiLine in Spark).
    return Rand.chance(r, 0.01) ? body + "\nP.S. Thanks, \"seller\"!" : body;
  }

  private static int sentiment(int rating) {
    return rating <= 2 ? 0 : rating == 3 ? 1 : 2;
  }
}
