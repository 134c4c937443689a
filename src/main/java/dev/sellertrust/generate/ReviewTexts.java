package dev.sellertrust.generate;

import java.util.Map;
import java.util.SplittableRandom;

/**
 * Short templated review titles and texts per language and sentiment. Enough for language detection and sentiment
 * baselines; a few English texts carry quotes, commas or a line break to exercise CSV quoting.
 */
final class ReviewTexts {
  private ReviewTexts() {}

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
