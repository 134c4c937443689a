package dev.sellertrust.themes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The language a review is read in. Reviews are short and often unpunctuated, so the guess counts frequent words of
 * each language, in their accent-free forms ("nao", "tres", "recu"), including the words reviews are made of
 * ("chegou", "arrived", "llegó", "geliefert"). A review whose letters are mostly Han is Chinese. The declared language
 * is kept unless another language scores higher and at least two (or the declared one scores nothing).
 */
public final class ReviewLanguage {
  private ReviewLanguage() {}

  public static final List<String> SUPPORTED = List.of("pt", "en", "es", "de", "fr", "zh");

  private static final Map<String, Set<String>> WORDS = new LinkedHashMap<>();

  static {
    WORDS.put("pt", Set.of("nao", "o", "os", "do", "da", "dos", "das", "em", "um", "uma", "produto", "chegou",
        "recebi", "entrega", "prazo", "muito", "veio", "ainda", "ate", "mas", "bem", "voce", "pedido", "comprei",
        "loja", "foi", "esta", "estou", "otimo", "recomendo", "entregue", "antes", "qualidade", "tudo", "certo", "so",
        "porem", "gostei", "nem", "ja", "meu", "minha", "com", "sem", "que", "rapido", "excelente", "pela",
        // as common in Portuguese as in Spanish: they must not count against a review declared Portuguese
        "para", "por", "como", "nada", "no", "nunca", "envio",
        "pelo", "na", "ao", "mais", "e", "isso", "vcs"));
    WORDS.put("en", Set.of("the", "and", "it", "is", "was", "not", "my", "i", "to", "of", "item", "arrived",
        "received", "never", "but", "very", "with", "this", "for", "seller", "product", "order", "late", "didnt",
        "great", "quality", "delivery", "fast", "broken", "refund", "would", "again", "no", "be", "were", "after",
        "wasnt", "doesnt", "good", "what", "got", "ordered"));
    WORDS.put("es", Set.of("el", "los", "las", "y", "del", "por", "para", "con", "una", "no", "llego", "pedido",
        "producto", "muy", "pero", "recibi", "envio", "vendedor", "es", "esta", "llegado", "todavia", "nunca", "hasta",
        "calidad", "entrega", "tarde", "rapido", "roto", "devolucion", "dinero", "mi", "lo", "al", "como", "nada"));
    WORDS.put("de", Set.of("der", "die", "das", "und", "ist", "nicht", "ich", "mit", "fur", "von", "zu", "den",
        "ein", "eine", "war", "nie", "angekommen", "geliefert", "lieferung", "leider", "aber", "sehr", "kein", "keine",
        "ware", "verkaufer", "bestellt", "noch", "erhalten", "auf", "wurde", "es", "schnell", "gut", "artikel",
        "paket", "bis", "jetzt", "auch", "mein", "meine", "zuruck", "geld"));
    WORDS.put("fr", Set.of("le", "la", "les", "des", "et", "est", "pas", "je", "un", "une", "du", "ne", "mais",
        "colis", "recu", "commande", "livraison", "vendeur", "tres", "arrive", "toujours", "jamais", "avec", "pour",
        "produit", "qualite", "rapide", "casse", "remboursement", "mon", "ma", "ai", "il", "ce", "en", "sur", "rien"));
  }

  /**
   * The language the extractor reads {@code tokens} in, given the declared one (null or blank when unknown); null
   * when the review is in none of the {@link #SUPPORTED} languages as far as its words tell.
   */
  static String detect(ReviewTokens tokens, String declared) {
    String given = declared == null ? "" : declared.trim().toLowerCase(java.util.Locale.ROOT);
    if (given.length() > 2) {
      given = given.substring(0, 2);
    }
    int han = 0;
    int letters = 0;
    for (String w : tokens.words) {
      if (Character.isLetter(w.charAt(0))) {
        letters++;
        if (Character.UnicodeScript.of(w.charAt(0)) == Character.UnicodeScript.HAN) {
          han++;
        }
      }
    }
    if (letters > 0 && han * 10 >= letters * 3) {
      return "zh";
    }
    Map<String, Integer> scores = new LinkedHashMap<>();
    for (Map.Entry<String, Set<String>> e : WORDS.entrySet()) {
      int score = 0;
      for (String w : tokens.words) {
        if (e.getValue().contains(w)) {
          score++;
        }
      }
      scores.put(e.getKey(), score);
    }
    String best = null;
    int bestScore = 0;
    for (Map.Entry<String, Integer> e : scores.entrySet()) {
      if (e.getValue() > bestScore) {
        best = e.getKey();
        bestScore = e.getValue();
      }
    }
    boolean givenKnown = SUPPORTED.contains(given) && !given.equals("zh");
    if (givenKnown && (best == null || scores.get(given) >= bestScore || (scores.get(given) > 0 && bestScore < 2))) {
      return given;
    }
    if (givenKnown) {
      return best != null && bestScore >= 2 ? best : given;
    }
    if (given.isEmpty() || given.equals("zh")) {
      return best;
    }
    // declared in another language ("nl", "it"): only a clear majority of one supported language's words counts,
    // since rules of a wrong language would find noise in shared words ("en", "de")
    return bestScore >= 3 ? best : null;
  }
}
