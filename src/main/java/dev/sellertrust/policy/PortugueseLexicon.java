package dev.sellertrust.policy;

import static dev.sellertrust.policy.Cue.*;

import java.util.EnumMap;
import java.util.Map;

/** Portuguese wording (Brazil and Portugal). */
final class PortugueseLexicon {
  private PortugueseLexicon() {}

  private static final String COSTS = "(?:fretes?|custos?|despesas?|envio|portes|postagem|taxas? de envio)";
  private static final String BUYER_NOUN = "(?:cliente|comprador|compradora|consumidor|consumidora|usu[aá]rio|destinat[aá]rio)";
  private static final String BUYER = "(?:o cliente|a cliente|o comprador|a compradora|o consumidor|a consumidora|o usu[aá]rio|voc[eê]|vc)";
  private static final String MUST = "(?:dever[aá]|ter[aá]|tem|deve|precisa(?:r[aá])?)(?:\\s+(?:de|que))?";
  private static final String WE_PAY = "(?:pagamos|pagaremos|arcamos|arcaremos|cobrimos|cobriremos|assumimos|assumiremos|custeamos"
      + "|custearemos|suportamos|suportaremos|nos responsabilizamos pel[oa]s?)";
  private static final String DEFECTIVE = "(?:defeit\\w*|danificad\\w*|avariad\\w*|incorret\\w*)";

  static Map<Cue, String> cues() {
    Map<Cue, String> m = new EnumMap<>(Cue.class);
    m.put(RETURN, "\\bdevol(?:u[çc][ãa]o|u[çc][õo]es|v\\w*)(?!\\p{L})|\\barrependimento\\b|\\blivre resolu[çc][ãa]o\\b|\\btroc\\w*");
    m.put(REFUND, "\\breembols\\w*|\\bestorn\\w*|\\bressarc\\w*|\\brestitui[çc][ãa]o\\b|\\brestitu[ií]d[oa]s?\\b");
    m.put(WINDOW_PREFIX, "(?<!\\p{L})(?:dentro de|no prazo(?: máximo)? de|prazo(?: máximo)? de|até|tem|têm|tens|dispõe de"
        + "|durante|primeiros|de|em|passados|decorridos)(?:\\s+(?:os|as|um|uma|o|a))*");
    m.put(WINDOW_NOUN, "\\s*(?:de\\s+)?(?:prazo|per[ií]odo|devolu)");
    m.put(WINDOW_SUFFIX, "[\\s-]*(?:para\\s+(?:devol|solicitar|troc|desistir|se arrepender|exercer)|de\\s+(?:devolu|garantia)|corridos|[uú]teis"
        + "|a partir|a contar|contad\\w*|ap[oó]s|depois|seguintes|d[oa]s?\\b)");
    m.put(ANCHOR_DELIVERY, "\\bentrega\\w*|\\breceb\\w*|\\bchegada\\b");
    m.put(ANCHOR_PURCHASE, "\\bcompra\\w*|\\bpedido\\b|\\bfatura\\w*|\\baquisi[çc][ãa]o\\b");
    m.put(ANCHOR_SHIPMENT, "\\benvio\\b|\\benviad\\w*|\\bexpedi[çc][ãa]o\\b|\\bdespach\\w*");
    m.put(ANCHOR_AFTER_RETURN, "\\brecebermos\\b|\\breceb\\w* (?:a|sua|tua) devolu[çc][ãa]o|\\brecebimento d[ao] (?:devolu|produto devolvido)");
    m.put(ANCHOR_REQUEST, "\\bsolicita[çc][ãa]o\\b|\\bpedido de devolu\\w*|\\bautoriza\\w*|\\baprova[çc][ãa]o\\b|\\bantes d[eao]\\b");
    m.put(TIMELINE, "\\b(?:reembols|restitui[çc]|ressarc)\\w*[^.]{0,80}?\\b(?:process\\w*|emitid\\w*|realizad\\w*|efetu\\w*|creditad\\w*|receber\\w*|leva\\w*|feit[oa])"
        // The refund noun with its time right after it: "reembolso em conta em até 10 dias úteis".
        + "|\\b(?:reembolsos?|estornos?|restitui[çc][ãa]o)\\b[^.\\d]{0,30}?(?<!\\p{L})(?:em até|até|em|dentro de|no prazo(?: máximo)? de)\\s+(?:\\d|\\p{L}+\\s+(?:\\(\\d+\\)\\s+)?dias)"
        + "|\\b(?:processamos|processaremos|efetuaremos|realizaremos|receber[aá]s?)\\b[^.]{0,60}?\\breembols\\w*|\\bestorno\\b"
        // The buyer refunded, passive or with the shop as subject: "você será reembolsado ... em até 10 dias úteis".
        + "|\\b(?:ser[aá]|ser[aã]o) (?:\\p{L}+ )?(?:reembolsad|ressarcid|restitu[ií]d|estornad)\\w*|\\b(?:reembolsaremos|estornaremos|ressarciremos)\\b");
    m.put(WARRANTY, "\\bgarantia\\b");
    m.put(DEFECT, "\\b" + DEFECTIVE + "|\\bn[ãa]o funciona");
    m.put(CONDITIONAL_DEFECT, "(?<!\\p{L})(?:se|quando|caso|salvo se|a menos que)\\b[^.]{0,100}?\\b" + DEFECTIVE
        + "|\\b(?:trocas?|devolu[çc][ãa]o|devolu[çc][õo]es)\\s+(?:por|em caso de)\\s+(?:defeit\\w*|avaria\\w*|danific\\w*)"
        + "|\\b(?:produtos?|itens?|artigos?) (?:com defeito|defeituos\\w*|danificad\\w*)"
        + "|\\b(?:salvo|exceto|a n[ãa]o ser|com exce[çc][ãa]o)\\b[^.]{0,60}?\\b(?:defeit\\w*|danificad\\w*|avariad\\w*|incorret\\w*|errad\\w*)");
    m.put(NOT_DEFECT, "\\bsem defeito\\b|\\bn[ãa]o (?:tenha|tiver|apresentar?) defeito|\\bcaso contr[aá]rio\\b"
        + "|\\bnos demais casos\\b"
        + "|\\b(?:por|de|em caso de) (?:desist[eê]ncia|arrependimento|mudan[çc]a de ideia|prefer[eê]ncia|insatisfa[çc][ãa]o"
        + "|(?:erro|culpa|op[çc][ãa]o|escolha) d[oa] (?:cliente|comprador|consumidor))\\b|\\bmotivos? (?:pessoa\\w*|imput[aá]ve\\w* ao cliente)\\b|\\bn[ãa]o gostou\\b");
    m.put(CASE_REFERENCE, "(?<!\\p{L})(?:nesse|neste|nestes|nesses|em tal|em tais|em ambos os) casos?(?!\\p{L})|(?<!\\p{L})em caso afirmativo(?!\\p{L})|(?<!\\p{L})n(?:essa|esta) situa[çc][ãa]o(?!\\p{L})");
    // An exception, not the boilerplate "unless otherwise stated" that excepts nothing.
    m.put(EXCEPTION, "(?<!\\p{L})exceto(?!\\p{L})(?!\\s+(?:(?:disposi[çc][ãa]o|indica[çc][ãa]o|acordo|estipula[çc][ãa]o) em contr[aá]ri|quando (?:indicado|especificado)|se (?:indicado|especificado|de outra forma)))"
        + "|(?<!\\p{L})salvo(?!\\p{L})(?!\\s+(?:(?:disposi[çc][ãa]o|indica[çc][ãa]o|acordo|estipula[çc][ãa]o) em contr[aá]ri|quando (?:indicado|especificado)|se (?:indicado|especificado|de outra forma)))"
        + "|(?<!\\p{L})a menos que(?!\\p{L})"
        + "|(?<!\\p{L})a n[ãa]o ser que(?!\\p{L})"
        + "|(?<!\\p{L})com exce[çc][ãa]o d");
    m.put(CONDITION, "(?<!\\p{L})(?:se|caso|quando)(?!\\p{L})");
    m.put(NEGATION, "(?<!\\p{L})n[ãa]o(?!\\p{L})");
    m.put(DEFECT_ONLY, "\\b(?:apenas|somente|s[oó]) (?:aceitamos|realizamos|efetuamos|s[ãa]o aceitas) (?:trocas|devolu[çc][õo]es)"
        + "(?: (?:e|ou) (?:trocas|devolu[çc][õo]es))? (?:de produtos |por |em caso de )?(?:com )?(?:defeito|avaria)");
    m.put(CATEGORY_SUFFIX, "\\s*(?:para|em)\\s+(?!(?:a|o|os|as|sua|seu|todos?|todas?|devol\\w*|reembols\\w*|solicitar"
        + "|produtos?|itens?|artigos?|pedidos?|compras?)(?!\\p{L}))\\p{L}+");
    // Who pays, in general structures with any payer word: a return noun said to be free ("a troca é feita sem
    // custo adicional"), a first-person-plural verb next to a cost noun, a cost said to be the shop's or the
    // buyer's ("por conta do cliente", "de sua responsabilidade", "serão cobertos pela <loja>"), a buyer subject
    // with a paying verb, and a refusal to refund return costs.
    m.put(SELLER_PAYS_SHIPPING, "\\b(?:trocas?|devolu[çc][ãa]o|devolu[çc][õo]es|(?:frete|envio|postagem) (?:de|da|para) "
        + "(?:troca|devolu[çc][ãa]o))\\b(?:(?!\\bn[ãa]o\\b)[^.]){0,30}?\\b(?:gr[aá]tis|gratuit[oa]s?|sem (?:nenhum )?custos?(?: adicional| adicionais)?"
        + "(?: para (?:voc[eê]|o cliente)| ao cliente)?)(?!\\p{L})"
        + "|\\b(?:frete|envio|postagem)\\b(?:(?!\\bn[ãa]o\\b)[^.]){0,20}?\\b(?:gr[aá]tis|gratuit[oa])\\b[^.]{0,30}?\\b(?:trocas?|devolu[çc][ãa]o)\\b"
        + "|(?<!\\bn[ãa]o )\\b" + WE_PAY + "\\b[^.]{0,40}?\\b" + COSTS
        + "|\\b" + COSTS + "\\b[^.]{0,60}?\\b(?:(?:[eé]|s[aã]o|ser[aá]|ser[aã]o|fica(?:m|r[aá]|r[aã]o)?) )?(?:(?:cobert|pag|custead|arcad"
        + "|assumid)[oa]s? pel[ao] (?!cliente|comprador|consumidor|usu[aá]rio)\\p{L}+|(?:por conta|a cargo|[àa]s custas|sob (?:a )?"
        + "responsabilidade|de responsabilidade) d[ao] (?:loja|empresa|vendedora?)|por nossa conta)"
        + "|\\b(?:por nossa conta|(?:por conta|a cargo|[àa]s custas|sob (?:a )?responsabilidade) d[ao] (?:loja|empresa|vendedora?))\\b"
        + "|\\b(?:a loja|a empresa|o vendedor|a vendedora)\\s+(?:arca(?:r[aá])? com|paga(?:r[aá])?|assume|assumir[aá]|custeia|custear[aá]"
        + "|cobre|cobrir[aá]|suporta|suportar[aá]|se responsabiliza(?:r[aá])? pel[oa]s?)\\b[^.]{0,40}?\\b" + COSTS
        // At no cost to the buyer, said of the return or exchange the sentence is about: "sem custo adicional para você".
        + "|\\bsem (?:nenhum )?custos? (?:adicional |adicionais |extra )?(?:para (?:voc[eê]|o cliente|o comprador|o consumidor)"
        + "|ao (?:cliente|comprador|consumidor))(?!\\p{L})"
        // "Não cobramos o frete da devolução".
        + "|\\bn[ãa]o (?:te |lhe )?cobra(?:mos|remos)\\b[^.]{0,20}?\\b(?:(?:o |a |os |as )?" + COSTS + "(?: de envio)? d[aeo]s? (?:devolu[çc][ãa]o|devolu[çc][õo]es|trocas?)|(?:a |as )?(?:devolu[çc][ãa]o|devolu[çc][õo]es|trocas?))(?!\\p{L})");
    m.put(BUYER_PAYS_SHIPPING, "(?<!\\p{L})(?:" + BUYER + "\\s+(?:" + MUST + "\\s+)?|" + MUST + "\\s+)"
        + "(?:arcar[aá]? com|arca com|pagar[aá]?|paga|assumir[aá]?|assume|custear|custeia|suportar[aá]?|suporta"
        + "|se responsabiliza(?:r[aá])? pel[oa]s?|(?:[eé]|ser[aá]|fica) respons[aá]vel pel[oa]s?)\\b[^.]{0,40}?\\b" + COSTS
        + "|\\b(?:(?:por conta|a cargo|[àa]s custas|sob (?:a )?responsabilidade|d[eao] (?:inteira |total |exclusiva )?responsabilidade) d[oa] " + BUYER_NOUN
        + "|(?:por|de) (?:sua|tua) (?:conta|responsabilidade))\\b"
        + "|\\b(?:pag|arcad|custead|suportad|assumid)[oa]s? pel[oa] " + BUYER_NOUN + "\\b"
        + "|\\b" + COSTS + "\\b[^.]{0,40}?\\bdevolu[çc][ãa]o\\b[^.]{0,20}?\\bn[ãa]o (?:[eé] |s[aã]o |ser[aá] |ser[aã]o )?(?:reembols\\w*"
        + "|ressarcid\\w*|restitu[ií]d\\w*)"
        // The Portuguese model withdrawal form leaves the subject out: "Suporta os custos diretos da devolução".
        + "|^\\s*(?:suporta|suportar[aá]|paga|pagar[aá]|arca com|arcar[aá] com|assume|assumir[aá]|custeia|custear[aá])\\b[^.]{0,40}?\\b" + COSTS
        + "|\\b(?:por|[àa]) (?:sua )?conta pr[oó]pria\\b|\\b[àa]s (?:suas|pr[oó]prias) custas\\b"
        // The shop refusing the cost: "Não pagamos o frete da devolução".
        + "|\\bn[ãa]o " + WE_PAY + "\\b[^.]{0,40}?\\b" + COSTS
        + "|\\b" + COSTS + "\\b(?:(?!\\bn[ãa]o\\b)[^.]){0,50}?\\b(?:(?:ser[aá]|s[aã]o|[eé]|ser[aã]o) )?(?:descontad|deduzid|abatid)[oa]s? "
        + "d[oa] (?:reembolso|estorno|valor)");
    m.put(PREPAID_LABEL, "\\betiqueta (?:de (?:devolu[çc][ãa]o|envio) )?pr[eé]-?paga\\b"
        + "|\\bc[oó]digo de (?:autoriza[çc][ãa]o de )?postagem\\b|\\bpostagem reversa\\b|\\blog[ií]stica reversa\\b|\\bautoriza[çc][ãa]o de postagem\\b"
        + "|\\b(?:enviaremos|enviamos|receber[aá]|voc[eê] receber[aá])\\b[^.]{0,40}?\\betiqueta de (?:devolu[çc][ãa]o|envio|postagem)\\b"
        // The model withdrawal form's "Recolheremos os bens": the trader collects.
        + "|\\b(?:recolheremos|coletaremos|buscaremos) (?:os|o|as|a|seus|suas) (?:bens|produtos?|artigos?|itens?|mercadorias?|encomendas?)(?!\\p{L})");
    m.put(FEE_CHARGED, "\\btaxa de (?:reposi[çc][ãa]o|reestocagem|restocagem|processamento|manuseio)\\b|\\bmulta\\b"
        + "|\\bpenaliza[çc][ãa]o\\b");
    m.put(FEE_NONE, "\\bsem (?:\\w+\\s+){0,3}(?:reposi[çc][ãa]o|reestocagem|restocagem)\\b"
        + "|\\bn[ãa]o (?:cobramos|aplicamos|h[aá])\\b[^.]{0,40}?\\b(?:reposi[çc][ãa]o|reestocagem|restocagem)");
    m.put(REFUND_ORIGINAL, "\\bcart[ãa]o (?:de cr[eé]dito )?(?:utilizado|usado) (?:na|para a|no) (?:compra|pagamento|pedido)\\b|\\bestorno\\b[^.]{0,30}?\\b(?:n[oa]|ao|à) (?:mesmo |seu |sua )?(?:cart[ãa]o|fatura)\\b|\\bcart[ãa]o de cr[eé]dito\\s*[:：-]\\s*estorno\\b|\\bmesm[oa] (?:m[eé]todo|meio|forma|cart[ãa]o|conta)(?: de pagamento)?\\b[^.]{0,30}?\\bpag"
        + "|\\bmesm[oa] (?:m[eé]todo|meio|forma) de pagamento\\b|\\b(?:m[eé]todo|meio|forma) de pagamento (?:original|utilizad[oa]|usad[oa]|selecionad[oa]|escolhid[oa])\\b");
    m.put(STORE_CREDIT_ONLY, "\\b(?:apenas|somente|exclusivamente|s[oó]) (?:em |como |na forma de )?(?:um |uma )?"
        + "(?:cr[eé]dito (?:na|da|de) loja|vale(?:-compras| compras| presente)?|cart[ãa]o[- ]presente)");
    m.put(STORE_CREDIT_OPTION, "\\bcr[eé]dito\\b[^.]{0,40}?\\b(?:pr[oó]xima|futura|nova) compra\\b|\\bcr[eé]dito (?:na|da|de) loja\\b|\\bvale(?:-compras| compras| presente)\\b|\\bcart[ãa]o[- ]presente\\b");
    m.put(EXCHANGE_YES, "(?<!\\bem )\\btrocas?\\b(?! de (?:endere[çc]o|senha|forma de pagamento))|\\btrocar\\b(?! (?:o |seu |a |sua )?(?:endere[çc]o|senha|forma de pagamento))");
    m.put(EXCHANGE_NO, "\\bn[ãa]o (?:aceitamos|realizamos|oferecemos|fazemos|efetuamos) (?:(?:devolu[çc][ãa]o|devolu[çc][õo]es|reembolsos?) (?:nem|ou|e) )?trocas?\\b|\\bsem trocas\\b|\\bn[ãa]o h[aá] trocas?\\b"
        + "|\\bn[ãa]o trocamos\\b|\\bn[ãa]o (?:[eé] poss[ií]vel|ser[aá] poss[ií]vel|podemos) (?:realizar |efetuar |fazer |aceitar )?(?:a |uma )?trocas?\\b"
        + "|\\bn[ãa]o (?:s[ãa]o|ser[ãa]o) (?:aceitas|realizadas|efetuadas|feitas) trocas\\b|\\btrocas n[ãa]o (?:s[ãa]o|ser[ãa]o) (?:aceitas|realizadas|efetuadas)\\b");
    m.put(REPAIR_REPLACE, "\\b(?:repar|substitu|troc)\\w*\\b[^.]{0,60}?\\b" + DEFECTIVE
        + "|\\b" + DEFECTIVE + "\\b[^.]{0,80}?\\b(?:repar\\w*|substitu\\w*|troc\\w*)");
    m.put(CONDITIONS, "\\bsem uso\\b|\\bn[ãa]o usad\\w*|\\bembalagem original\\b|\\betiquetas?\\b|\\blacrad\\w*"
        + "|\\bperfeit[oa] estado\\b|\\bestado original\\b|\\bmesmas condi[çc][õo]es\\b");
    m.put(NON_RETURNABLE, "\\bn[ãa]o (?:aceitamos|s[ãa]o aceit\\w*) devolu[çc][õo]es de\\b|\\bn[ãa]o (?:pode|podem) ser devolvid\\w*"
        + "|\\bexclu[ií]d\\w* d[ae] devolu\\w*|\\bn[ãa]o reembols[aá]veis?\\b|\\bvenda final\\b");
    m.put(PROOF, "\\bcomprovante de (?:compra|pagamento)\\b|\\bnota fiscal\\b"
        + "|\\b(?:guarde|conserve|anexe|inclua|apresente)\\b[^.]{0,30}?\\b(?:fatura|recibo|nota)\\b");
    m.put(PROCEDURE, "\\bRMA\\b|\\bformul[aá]rio de devolu[çc][ãa]o\\b|\\b(?:contat\\w*|contact\\w*|escrev\\w*|ligu\\w*"
        + "|notifiqu\\w*)\\b[^.]{0,60}?\\b(?:devolu[çc][ãa]o|devolver|reembols\\w*)"
        + "|\\bpara (?:iniciar|solicitar|pedir) (?:uma |a |sua )?devolu[çc][ãa]o");
    m.put(INTERNATIONAL, "\\binternaciona\\w*|\\balf[aâ]ndega\\w*|\\bimpostos de importa[çc][ãa]o\\b|\\bexterior\\b");
    m.put(DISCRETIONARY, "(?<!\\p{L})(?:a nosso|ao nosso|a seu|ao seu)\\s+(?:exclusivo |inteiro |livre |total )?crit[eé]rio\\b"
        + "|\\bnos reservamos o direito de (?:recusar|rejeitar|cancelar|limitar|reduzir|negar)|\\bcaso a caso\\b");
    m.put(VAGUE, "\\btempo razo[aá]vel\\b|\\bprazo razo[aá]vel\\b|\\bo (?:mais )?(?:r[aá]pido|breve|cedo) poss[ií]vel\\b"
        + "|\\bcom brevidade\\b|\\bprontamente\\b");
    return m;
  }
}
