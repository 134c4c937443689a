package dev.sellertrust.policy;

import static dev.sellertrust.policy.Cue.*;

import java.util.EnumMap;
import java.util.Map;

/** Spanish wording (Spain and Latin America). */
final class SpanishLexicon {
  private SpanishLexicon() {}

  private static final String COSTS = "(?:gastos|costes?|costos?|env[ií]os?|portes|transporte|importe)";
  private static final String BUYER_NOUN = "(?:cliente|clienta|comprador|compradora|consumidor|consumidora|usuario|destinatario)";
  private static final String BUYER = "(?:el (?:cliente|comprador|consumidor(?: y usuario)?|usuario)|la (?:clienta|compradora|consumidora|usuaria)|usted|t[uú])";
  private static final String MUST = "(?:deber[aá]s?|tendr[aá]s?\\s+que|tiene\\s+que|tienes\\s+que|debe|debes)";
  private static final String WE_PAY = "(?:pagamos|pagaremos|asumimos|asumiremos|cubrimos|cubriremos|abonamos|abonaremos|sufragamos"
      + "|nos hacemos cargo|nos haremos cargo|nos encargamos|corremos con|correremos con)";
  /** The shop named as subject; with {@link #PAYS}, "la tienda asume los gastos". */
  private static final String SHOP = "(?:la tienda|la empresa|el vendedor|la vendedora|el comercio)";
  /** A third-person paying verb, for "los gastos los paga el cliente" and "la tienda asume los gastos". */
  private static final String PAYS = "(?:paga|pagar[aá]|asume|asumir[aá]|abona|abonar[aá]|cubre|cubrir[aá]|sufraga|sufragar[aá]"
      + "|hace cargo de|har[aá] cargo de)";
  private static final String DEFECTIVE = "(?:defectuos\\w*|defecto\\w*|dañad\\w*|aver[ií]\\w*|incorrect\\w*)";

  static Map<Cue, String> cues() {
    Map<Cue, String> m = new EnumMap<>(Cue.class);
    m.put(RETURN, "\\bdev(?:oluci[oó]n(?:es)?\\b|olv\\w*|uelv\\w*)|\\bretorno\\b|\\bregres(?:ar|arnos|arlo|arla|o|e|es|en)\\b|\\bdesistimiento\\b|\\bretract\\w*"
        + "|\\barrepent\\w*|\\bcambios?\\b|\\bcambiar\\b");
    m.put(REFUND, "\\breembols\\w*|\\breintegr\\w*");
    m.put(WINDOW_PREFIX, "\\b(?:dentro de|en un plazo(?: máximo)? de|plazo(?: máximo)? de|hasta|tiene|tienes|tienen"
        + "|dispone de|dispones de|durante|primeros|de|en|pasados|transcurridos)(?:\\s+(?:los|las|un|una|el|la))*");
    m.put(WINDOW_NOUN, "\\s*(?:de\\s+)?(?:plazo|periodo|período|devoluci)");
    m.put(WINDOW_SUFFIX, "[\\s-]*(?:para\\s+(?:devol|solicitar|cambi|arrepent|desistir|retractar)|de\\s+(?:devoluci[oó]n|garant[ií]a)|naturales"
        + "|h[aá]biles|desde|a partir|tras|despu[eé]s|siguientes|posteriores|contados)");
    m.put(ANCHOR_DELIVERY, "\\bentrega\\w*|\\brecepci[oó]n\\b|\\brecib\\w*|\\bllegad\\w*");
    m.put(ANCHOR_PURCHASE, "\\bcompra\\w*|\\bpedido\\b|\\bfactura\\w*|\\badquisici[oó]n\\b");
    m.put(ANCHOR_SHIPMENT, "\\benv[ií]o\\b|\\benviad\\w*|\\bdespach\\w*|\\bexpedici[oó]n\\b");
    m.put(ANCHOR_AFTER_RETURN, "\\brecibamos\\b|\\brecibir (?:la|su|tu) devoluci[oó]n|\\brecepci[oó]n de (?:la|su|tu) devoluci[oó]n");
    m.put(ANCHOR_REQUEST, "\\bsolicitud\\b|\\bautoriza\\w*|\\baprobaci[oó]n\\b|\\bantes de\\b");
    m.put(TIMELINE, "\\b(?:reembols|reintegr)\\w*[^.]{0,80}?\\b(?:proces\\w*|emit\\w*|realiz\\w*|efect\\w*|abona\\w*|recibir\\w*|tard\\w*|acredit\\w*)"
        // The refund noun with its time right after it: "Reembolso en 5 a 10 días hábiles".
        + "|\\b(?:reembolsos?|reintegros?)\\b[^.\\d]{0,30}?\\b(?:en|dentro de|en un plazo(?: máximo)? de|hasta)\\s+(?:los\\s+|un\\s+)?(?:\\d|\\p{L}+\\s+(?:\\(\\d+\\)\\s+)?d[ií]as)"
        + "|\\b(?:procesamos|procesaremos|emitiremos|realizaremos|recibirás|recibirá)\\b[^.]{0,60}?\\breembols\\w*"
        // The buyer refunded, passive or with the shop as subject: "se te reembolsará ... dentro de 10 días".
        + "|\\bse (?:te |le |les )?(?:reembolsar[aá]n?|reintegrar[aá]n?)\\b|\\b(?:te |le )?(?:reembolsaremos|reintegraremos)\\b"
        + "|\\b(?:ser[aá]s?|ser[aá]n) (?:\\p{L}+ )?(?:reembolsad|reintegrad)\\w*");
    m.put(WARRANTY, "\\bgarant[ií]a\\b(?! de devoluci)");
    m.put(DEFECT, "\\b" + DEFECTIVE + "|\\bno funciona");
    m.put(CONDITIONAL_DEFECT, "\\b(?:si|cuando|en caso de que|salvo que|a menos que)\\b[^.]{0,100}?\\b" + DEFECTIVE
        + "|\\b(?:productos?|art[ií]culos?) (?:defectuos\\w*|dañad\\w*)|\\berror (?:es |sea )?nuestro\\b"
        + "|\\b(?:por|de) nuestr[oa] (?:error|culpa|parte)\\b"
        + "|\\b(?:salvo|excepto|a excepci[oó]n de|menos)\\b[^.]{0,60}?\\b(?:defectuos\\w*|defecto\\w*|dañad\\w*|aver[ií]\\w*|incorrect\\w*|err[oó]ne\\w*)");
    m.put(NOT_DEFECT, "\\bsin defecto\\w*|\\bno (?:sea|est[eé]|es|est[aá]) defectuos\\w*|\\bcambio de opini[oó]n\\b"
        + "|\\ben los dem[aá]s casos\\b|\\bde lo contrario\\b"
        + "|\\bretract\\w*|\\bdesistimiento\\b|\\barrepentimiento\\b"
        + "|\\b(?:si|cuando|en caso de que|en los casos en que|siempre que)\\b[^.]{0,60}?\\b(?:responsabilidad|culpa|error|decisi[oó]n) del? (?:cliente|comprador|usuario|consumidor)\\b"
        + "|\\b(?:motivos?|causas?|razones) (?:imputables?|atribuibles?|ajen[oa]s a nosotros)\\b|\\bpor (?:error|culpa|responsabilidad|decisi[oó]n) del? (?:cliente|comprador|usuario|consumidor)\\b");
    m.put(CASE_REFERENCE, "\\ben (?:ese|este|tal|dicho|estos|esos|tales|ambos|cuyo) (?:casos?|supuestos?)\\b");
    // An exception, not the boilerplate "unless otherwise stated" that excepts nothing.
    m.put(EXCEPTION, "\\bsalvo\\b(?!\\s+(?:que se (?:indique|especifique|acuerde|disponga)|(?:indicaci[oó]n|pacto|acuerdo|estipulaci[oó]n|disposici[oó]n) (?:en )?contrari))"
        + "|\\bexcepto\\b(?!\\s+(?:que se (?:indique|especifique|acuerde|disponga)|(?:indicaci[oó]n|pacto|acuerdo|estipulaci[oó]n|disposici[oó]n) (?:en )?contrari))"
        + "|\\ba excepci[oó]n de\\b"
        + "|\\ba menos que\\b(?!\\s+(?:que se (?:indique|especifique|acuerde|disponga)|(?:indicaci[oó]n|pacto|acuerdo|estipulaci[oó]n|disposici[oó]n) (?:en )?contrari))"
        + "|\\bcon excepci[oó]n de\\b");
    m.put(CONDITION, "\\b(?:si|cuando|en caso de)\\b");
    m.put(NEGATION, "\\bno\\b");
    m.put(DEFECT_ONLY, "\\b(?:solo|s[oó]lo|[uú]nicamente) (?:se )?(?:aceptan|aceptamos|admiten|admitimos) (?:cambios|devoluciones)"
        + "(?: (?:y|o) (?:cambios|devoluciones))? (?:de productos |por |en caso de )?(?:defectuos|defecto)");
    m.put(CATEGORY_SUFFIX, "\\s*(?:para|en)\\s+(?!(?:la|el|los|las|su|tu|todos?|todas?|devol\\w*|reembols\\w*|solicitar"
        + "|productos?|art[ií]culos?|pedidos?|compras?)\\b)\\p{L}+");
    // Who pays, in general structures with any payer word: a first-person-plural verb next to a cost noun in
    // either order ("cubrimos los gastos", "el costo ... lo cubrimos nosotros"), a cost said to be the shop's or
    // the buyer's ("a cargo del cliente", "corren por tu cuenta", "son responsabilidad del comprador"), a buyer
    // subject with a paying verb, free returns, and a refusal to pay or refund return costs.
    m.put(SELLER_PAYS_SHIPPING, "\\b(?:devoluci[oó]n(?:es)?|cambios?|retorno|env[ií]o de (?:la )?devoluci[oó]n)\\b(?:(?!\\bno\\b)[^.]){0,30}?"
        + "\\b(?:(?:es|son|ser[aá]n?) (?:totalmente |completamente )?)?(?:gratuit[oa]s?|gratis|sin (?:ning[uú]n )?(?:coste|costo|cargo)"
        + "(?: adicional)?)\\b"
        + "|(?<!\\bno )\\b" + WE_PAY + "\\b[^.]{0,40}?\\b" + COSTS
        + "|\\b" + COSTS + "\\b(?:(?!\\bno\\b)[^.]){0,50}?\\b(?:lo |los |la |las )?" + WE_PAY + "\\b"
        + "|\\b(?:a|por) (?:nuestr[oa] (?:cargo|cuenta)|cuenta nuestra|cargo de la tienda|cargo del vendedor|cargo de la empresa)\\b"
        + "|\\b(?:asumid|pagad|abonad|cubiert|sufragad)[oa]s? por (?:nosotros|la tienda|el vendedor|la empresa)\\b"
        + "|\\bsin (?:ning[uú]n )?(?:coste|costo|cargo) (?:alguno |adicional )?para (?:usted|ti|el cliente)\\b"
        + "|\\b" + SHOP + "\\s+(?:se )?" + PAYS + "\\b[^.]{0,40}?\\b" + COSTS
        + "|\\b" + COSTS + "\\b(?:(?!\\bno\\b)[^.]){0,50}?\\b(?:lo|los|la|las) " + PAYS + "\\s+" + SHOP + "\\b"
        // "No cobramos los gastos de envío de la devolución", "la devolución no tiene ningún coste para ti".
        + "|\\bno (?:te |le |les )?cobra(?:mos|remos)\\b[^.]{0,20}?\\b(?:(?:los |el )?(?:gastos|costes?|costos?|env[ií]o|portes)(?: de env[ií]o)? de (?:la |las )?devoluci[oó]n(?:es)?|(?:la |las )?devoluci[oó]n(?:es)?)\\b"
        + "|\\b(?:devoluci[oó]n(?:es)?|cambios?|retorno)\\b[^.]{0,30}?\\bno (?:tiene|tienen|tendr[aá]n?) (?:ning[uú]n )?(?:coste|costo|cargo)\\b");
    m.put(BUYER_PAYS_SHIPPING, "\\b(?:" + BUYER + "\\s+(?:" + MUST + "\\s+)?|" + MUST + "\\s+(?:usted\\s+)?)(?:asum(?:e|es|en|ir|ir[aá]s?|ir[aá]n)"
        + "|pag(?:a|as|an|ar|ar[aá]s?|ar[aá]n)|abon(?:a|as|an|ar|ar[aá]s?)|cubr(?:e|es|en|ir|ir[aá]s?)|sufrag(?:a|as|ar|ar[aá]s?)"
        + "|corre(?:r[aá]s?|s|n)? con|(?:se )?(?:har[aá]s?|hace|haces|hacerse|hacerte) cargo de"
        + "|(?:es|ser[aá]|ser[aá]s|eres) responsable de)\\b[^.]{0,40}?\\b" + COSTS
        + "|\\b(?:a|por) (?:(?:tu|su) (?:cargo|cuenta)|(?:cargo|cuenta) (?:exclusiv[oa] )?del? " + BUYER_NOUN + ")\\b"
        + "|\\b" + COSTS + "\\b[^.]{0,60}?\\b(?:(?:es|son|ser[aá]n?|corre(?:n|r[aá]n?)?|quedan?)\\s+(?:de\\s+)?(?:la\\s+)?(?:exclusiva\\s+)?"
        + "(?:responsabilidad del? " + BUYER_NOUN + "|(?:asumid|pagad|abonad|cubiert|sufragad|soportad)[oa]s? por (?:usted|ti|el "
        + BUYER_NOUN + "))|no (?:son |ser[aá]n? |es |se )?(?:reembolsables?|reembolsad\\w*|reintegrad\\w*|cubiert\\w*|reembols(?:a|an|ar[aá]n?)|reintegr(?:a|an|ar[aá]n?)))\\b"
        + "|\\b(?:asumid|pagad|abonad|cubiert|sufragad|soportad)[oa]s? por (?:usted|ti|el " + BUYER_NOUN + ")\\b"
        + "|\\bno (?:reembolsamos|" + WE_PAY + ")\\b[^.]{0,40}?\\b" + COSTS
        + "|\\b(?:menos|descontando|deduciendo)\\b[^.]{0,30}?\\b(?:tarifa|cargo|gastos?|costes?|costos?) (?:fij[oa] )?de "
        + "(?:la )?devoluci[oó]n"
        + "|\\b" + COSTS + "\\b(?:(?!\\bno\\b)[^.]){0,50}?\\b(?:lo|los|la|las) " + PAYS + "\\s+(?:usted|t[uú]|el " + BUYER_NOUN
        + "|la (?:clienta|compradora|consumidora))\\b"
        + "|\\b" + COSTS + "\\b(?:(?!\\bno\\b)[^.]){0,50}?\\b(?:se )?(?:descontar[aá]n?|descuentan?|deducir[aá]n?|deducen?|restar[aá]n?"
        + "|(?:ser[aá]n?|son|es) (?:descontad|deducid|restad)[oa]s?) (?:del|de su|de tu) (?:reembolso|importe)");
    m.put(PREPAID_LABEL, "\\b(?:etiqueta|gu[ií]a) (?:de (?:devoluci[oó]n|env[ií]o) )?prepagada\\b"
        + "|\\b(?:te|le) (?:enviaremos|enviamos|generaremos|generamos|compartiremos|proporcionaremos)\\b[^.]{0,40}?\\bgu[ií]a (?:de (?:devoluci[oó]n|env[ií]o|retorno))\\b"
        + "|\\b(?:te|le) (?:enviaremos|enviamos|facilitaremos|facilitamos|proporcionaremos|mandaremos)\\b[^.]{0,40}?\\betiqueta (?:de (?:devoluci[oó]n|env[ií]o|retorno))\\b"
        + "|\\b(?:recibir[aá]s?|recibe|recibes)\\b[^.]{0,40}?\\betiqueta de (?:devoluci[oó]n|retorno)\\b"
        // The model withdrawal form's "Recogeremos los bienes": the trader collects.
        + "|\\b(?:recogeremos|pasaremos a recoger|nos encargaremos de recoger) (?:los|las|el|la|sus|tus) (?:bienes|productos?|art[ií]culos?"
        + "|mercanc[ií]as?|paquetes?)\\b");
    m.put(FEE_CHARGED, "\\b(?:tarifa|cargo|comisi[oó]n|gastos?) (?:de|por) (?:reposici[oó]n|reabastecimiento|gesti[oó]n)\\b"
        + "|\\b(?:tarifa|cargo|comisi[oó]n) (?:fij[oa] )?(?:de|por) devoluci[oó]n\\b"
        + "|\\bpenalizaci[oó]n\\b");
    m.put(FEE_NONE, "\\bsin (?:\\w+\\s+){0,3}(?:reposici[oó]n|reabastecimiento)\\b"
        + "|\\bno (?:cobramos|aplicamos|hay|se cobra)\\b[^.]{0,40}?\\b(?:reposici[oó]n|reabastecimiento)");
    m.put(REFUND_ORIGINAL, "\\bmism[oa] (?:m[eé]todo|medio|forma) de pago\\b"
        + "|\\b(?:tarjeta|cuenta) (?:utilizada|usada|original|con la que (?:se )?(?:realiz|pag|hiz)\\w*)\\b|\\b(?:m[eé]todo|forma|medio) de pago "
        + "(?:original|utilizad[oa])\\b|\\bmisma (?:tarjeta|cuenta)\\b");
    m.put(STORE_CREDIT_ONLY, "\\b(?:[uú]nicamente|solo|sólo|exclusivamente) (?:en |como |mediante )?(?:un |una )?"
        + "(?:cr[eé]dito (?:en (?:la )?tienda|de tienda)|vale|cup[oó]n|tarjeta regalo|nota de cr[eé]dito)");
    m.put(STORE_CREDIT_OPTION, "\\bcr[eé]dito (?:en (?:la )?tienda|de tienda)\\b|\\bvale (?:de compra|regalo)\\b"
        + "|\\bcr[eé]dito\\b[^.]{0,60}?\\b(?:pr[oó]xima|futura|siguiente) compra\\b|\\bsaldo a favor\\b"
        + "|\\btarjeta regalo\\b|\\bnota de cr[eé]dito\\b");
    // "Cambios en esta política" are changes to the text, not exchanges of goods.
    m.put(EXCHANGE_YES, "(?<!tipo de )(?<!\\ba )\\bcambios?\\b(?! de (?:opini|divisa|moneda))(?!\\s+(?:en|a) (?:est(?:e|a|os|as)|la|las|los|nuestr[oa]s?) "
        + "(?:pol[ií]tica|t[ée]rminos|condiciones|precios|sitio|web|p[aá]gina))(?! de (?:direcci[oó]n|domicilio))"
        + "|\\bcambiar\\b(?! (?:(?:la|tu|su) )?(?:direcci[oó]n|domicilio|contraseña|m[eé]todo de pago|forma de pago))(?! de (?:opini|idea|parecer))");
    m.put(EXCHANGE_NO, "\\bno (?:se )?(?:aceptan|aceptamos|ofrecemos|realizamos|realizan|hacemos|hacen|admitimos|admiten|permiten|permitimos) cambios\\b"
        + "|\\bno hay cambios(?! (?:en|a) )\\b|\\bcambios no (?:son|est[aá]n) (?:permitidos|aceptados|disponibles)\\b"
        + "|\\bno es posible (?:realizar |hacer |efectuar )?(?:un |el )?cambio\\b"
        + "|\\bno (?:se )?(?:aceptan|aceptamos|admiten|admitimos|realizan|realizamos|hacemos|ofrecemos) (?:devoluciones|reembolsos) ni cambios\\b");
    m.put(REPAIR_REPLACE, "\\b(?:repar|sustitu|reemplaz)\\w*\\b[^.]{0,60}?\\b" + DEFECTIVE
        + "|\\b" + DEFECTIVE + "\\b[^.]{0,80}?\\b(?:repar\\w*|sustitu\\w*|reemplaz\\w*|cambi\\w*)");
    m.put(CONDITIONS, "\\bsin usar\\b|\\bsin abrir\\b|\\bembalaje original\\b|\\bempaque original\\b|\\betiquetas?\\b"
        + "|\\bestado original\\b|\\bprecintad\\w*|\\bperfecto estado\\b|\\bmismas condiciones\\b");
    m.put(NON_RETURNABLE, "\\bno (?:se )?(?:admiten|aceptan|aceptamos|admitimos) devoluciones de\\b"
        + "|\\bexcluid\\w* de (?:la )?devoluci[oó]n|\\bno (?:se )?pueden devolver\\b|\\bno reembolsables?\\b"
        + "|\\bventa final\\b|\\bquedan excluid\\w*");
    m.put(PROOF, "\\b(?:comprobante|justificante|prueba) de (?:compra|pago)\\b"
        + "|\\b(?:conserv\\w*|adjunt\\w*|incluir|incluya|presentar|presente)\\b[^.]{0,30}?\\b(?:factura|ticket|recibo)\\b");
    m.put(PROCEDURE, "\\bRMA\\b|\\bformulario de devoluci[oó]n\\b|\\b(?:contact\\w*|escr[ií]b\\w*|llam\\w*|not[ií]fiqu\\w*)\\b"
        + "[^.]{0,60}?\\b(?:devoluci[oó]n|devolver|reembols\\w*)|\\bpara (?:iniciar|solicitar|tramitar|gestionar) "
        + "(?:una |la |su |tu )?devoluci[oó]n|\\bn[uú]mero de autorizaci[oó]n\\b");
    m.put(INTERNATIONAL, "\\binternacional\\w*|\\baduana\\w*|\\baranceles?\\b|\\bderechos de importaci[oó]n\\b|\\bextranjero\\b");
    m.put(DISCRETIONARY, "\\b(?:a nuestra|a su|según nuestra)\\s+(?:entera |absoluta |exclusiva |sola )?discreci[oó]n\\b"
        + "|\\bnos reservamos el derecho (?:de|a) (?:rechazar|denegar|cancelar|limitar|reducir)|\\bcaso por caso\\b");
    m.put(VAGUE, "\\btiempo razonable\\b|\\bplazo razonable\\b|\\blo antes posible\\b|\\blo m[aá]s pronto posible\\b"
        + "|\\ba la mayor brevedad\\b|\\bcon prontitud\\b");
    return m;
  }
}
