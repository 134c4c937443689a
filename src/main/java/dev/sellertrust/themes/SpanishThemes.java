package dev.sellertrust.themes;

import static dev.sellertrust.themes.Theme.*;

/** Spanish, accent-free ("llego", "devolucion"). */
final class SpanishThemes {
  private SpanishThemes() {}

  /** "el reembolso nunca llegó" is about the money, not the parcel. */
  private static final String MONEY = "reembols*|dinero|reintegr*";
  private static final String ARRIVE = "lleg*|recib*|entreg*|vino|vinieron|mandar*|enviar*";
  private static final String REPLY = "respuesta*|contest*|respond*|contacto|solucion|informacion|noticias";

  static ThemeLexicon build(Vocabulary v) {
    return new ThemeLexicon("es", v)
        .negators("no ni sin ningun ninguna ninguno nunca jamas nada tampoco")
        .contrast("pero sino aunque embargo")
        .rule(LATE_DELIVERY,
            "!tarde", "!retras*", "!demor*", "!atras*", "!lentitud", "!lento|lenta ~2 envio|entrega",
            "envio|entrega ~3 lento|lenta|eterna|eterno", "fuera ~2 plazo|fecha|tiempo", "despues ~3 plazo|fecha|prevista|previsto",
            "!tardo|tardaron|tardaba|tardado ~3 semanas|meses|mes|dias|mucho|siglos", "!sigo|seguimos ~1 esperando",
            "no ~3 " + ARRIVE + " ~3 plazo|fecha|tiempo|prevista|previsto", "!paso|vencio|supero ~2 plazo|fecha")
        .rule(NOT_RECEIVED,
            MONEY + " ~2 << no|nunca ~3 " + ARRIVE + " // ~3 plazo|fecha|tiempo|respuesta|reembolso|dinero|todo|todos|resto|otro|otra|segundo|segunda|prevista|previsto",
            MONEY + " ~2 << todavia|aun ~2 no ~2 " + ARRIVE, MONEY + " ~2 << nunca ~1 " + ARRIVE, "!perdi*|extravi* ~2 paquete|pedido|envio",
            "!paquete|pedido|envio ~2 perdido|extraviado", "figura|pone|aparece|dice|marca ~3 entregado ~4 pero|no",
            "ni ~1 rastro", "nada ~2 de ~1 pedido|paquete")
        .rule(PARTIAL_DELIVERY,
            "!falt* ~3 pieza*|articulo*|producto*|unidad*|parte|uno|una|dos|cable|cargador|tornillos|accesorio*",
            "solo|solamente|unicamente ~3 " + ARRIVE + "|venia|incluia", ARRIVE + " ~2 solo|solamente",
            "!incomplet*", "parte ~1 del ~1 pedido", "!mitad ~2 pedido|piezas|articulos",
            "no ~3 " + ARRIVE + " ~2 el|la|los|las ~1 otro|otra|otros|otras|resto|segundo|segunda", "el|la ~1 otro|otra|segundo|segunda ~3 no|nunca|todavia",
            "no ~3 " + ARRIVE + " ~2 todo|todos|todas", "uno ~1 de ~1 los ~3 no|nunca")
        .rule(NOT_AS_DESCRIBED,
            "!diferente|distinto|distinta ~4 foto*|anuncio|descripcion|pedido|imagen*|pedi|web|publicacion|esperaba",
            "!no ~2 corresponde|coincide ~4 anuncio|descripcion|foto*|imagen|pedido", "no ~2 corresponde|coincide",
            "!no ~2 es ~2 lo ~1 que ~2 pedi|compre|anunciaban|esperaba|muestra", "!equivocad*|incorrect*|erroneo|erronea",
            "!otro|otra ~1 modelo|color|talla|producto|marca|cosa", "!talla|color|modelo|producto ~1 diferente|distinto|distinta|equivocad*",
            "!enganos*", "!falso|falsa|falsificad*|imitacion|replica", "!nada ~1 que ~1 ver ~3 foto*|anuncio|descripcion",
            "!mas ~1 pequeno|pequena|grande ~3 que ~3 anuncio|foto*|descripcion|esperaba|pone")
        .rule(POOR_QUALITY_OR_DAMAGED,
            "!roto|rota|rotos|rotas|rompi*", "!dan*ad*", "!defect*", "!abollad*", "!rayad*", "!rajad*", "!agrietad*",
            "!estropead*", "!manchad*", "!mala|malisima|pesima|baja ~1 calidad", "!calidad ~2 mala|pesima|baja|horrible|malisima",
            "!no ~2 funciona*|enciende|carga", "!dejo ~1 de ~1 funcionar", "!fragil|endeble", "!basura|porqueria|chatarra",
            "!mal ~1 hecho|hecha|acabado|terminado", "!se ~1 rompio|desarmo|despego", "!usado|usada", "!barato ~1 y", "!defectuos*")
        .rule(RETURN_OR_REFUND_PROBLEM,
            "!reembols*", "!devolu*", "!devolv*", "!dinero ~2 vuelta|devuelta|atras", "!mi ~1 dinero", "!cambio ~2 producto|articulo|talla",
            "!reintegr*", "!cancel*", "!garantia ~3 no|niega|rechaz*")
        .rule(SELLER_UNRESPONSIVE,
            "sin|ninguna|ni ~2 " + REPLY, "no ~3 responde*|contesta*|respondio|contesto|responden|contestan|atiende*",
            "nadie ~3 responde|contesta|respondio|contesto|atiende|ayuda", "!ignor*", "!imposible ~2 contactar|hablar|comunicar*",
            "!atencion ~2 cliente ~2 pesima|mala|nula|horrible", "!no ~2 hay ~1 manera ~2 contactar", "!mensajes ~3 sin ~1 respuesta")
        .rule(ARRIVED_EARLY_OR_PRAISE,
            "!antes ~3 plazo|fecha|previsto|prevista|esperado|tiempo", "!rapid*|rapidisimo|pronto|velocidad", "!a ~1 tiempo",
            "!en ~1 plazo|tiempo|fecha", "!excelente|perfect*|genial|recomiendo|recomendable|encant*|satisfech*|contento|contenta",
            "!bueno|buena|buenisimo|gracias|estupendo|maravill*|fantastico|bien", "!tal ~1 como ~1 describe|descrito|anunciado|foto",
            "!adelant*")
        .negative("no ~2 recomiendo|contento|satisfecho|bien", "!decepcion*", "!pesim*|horrible|fatal|terrible", "!problema*",
            "nunca ~1 mas", "!lamentable", "!desgraciadamente|lamentablemente");
  }
}
