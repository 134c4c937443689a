package dev.sellertrust.policy;

import static dev.sellertrust.policy.Cue.*;

import java.util.EnumMap;
import java.util.Map;

/** French wording (France, Belgium, Switzerland, Canada). */
final class FrenchLexicon {
  private FrenchLexicon() {}

  private static final String DEFECTIVE = "(?:d[ée]fectueu\\w*|d[ée]faut\\w*|endommag\\w*|ab[iî]m[ée]\\w*|cass[ée]\\w*|non conforme\\w*)";

  static Map<Cue, String> cues() {
    Map<Cue, String> m = new EnumMap<>(Cue.class);
    m.put(RETURN, "\\bretour\\w*|\\brenvo(?:y\\w*|i\\w*)|\\br[ée]tractation\\b|\\b[ée]chang\\w*");
    m.put(REFUND, "\\brembours\\w*");
    m.put(WINDOW_PREFIX, "(?<!\\p{L})(?:dans un d[ée]lai(?: maximum| maximal)? de|d[ée]lai(?: maximum| maximal)? de|dans les"
        + "|sous|jusqu'à|disposez de|dispose de|avez|a|ont|pendant|durant|premiers|de)(?:\\s+(?:les|un|une|des))*");
    m.put(WINDOW_NOUN, "\\s*(?:de\\s+)?(?:d[ée]lai|p[ée]riode|retour|r[ée]tractation|satisfait)");
    m.put(WINDOW_SUFFIX, "[\\s-]*(?:pour (?:retourn|renvoy|demander|exercer|nous retourn|changer d'avis|vous r[ée]tracter)|de (?:retour|r[ée]tractation|satisfaction))"
        + "|\\s*(?:à compter|à partir|apr[èe]s|suivant|calendaires|francs|ouvr[ée]s|ouvrables|d[èe]s)");
    m.put(ANCHOR_DELIVERY, "\\blivraison\\b|\\br[ée]ception\\b|\\br[ée]ceptionn\\w*|\\breçu\\w*|\\brecevez\\b|\\barriv[ée]e\\b");
    m.put(ANCHOR_PURCHASE, "\\bachat\\b|\\bcommande\\b|\\bfacture\\b|\\bacquisition\\b");
    m.put(ANCHOR_SHIPMENT, "\\bexp[ée]dition\\b|\\bexp[ée]di[ée]\\w*|\\benvoi\\b");
    m.put(ANCHOR_AFTER_RETURN, "\\bnotre r[ée]ception\\b|\\br[ée]ception de (?:votre|l'article|du) (?:retour|article retourn\\w*|colis retourn\\w*)"
        + "|\\bnous (?:aurons |avons )?re[çc]\\w*");
    m.put(ANCHOR_REQUEST, "\\bdemande\\b|\\bautoris\\w*|\\bapprobation\\b|\\bavant\\b");
    m.put(TIMELINE, "\\bremboursement\\w*\\b[^.]{0,80}?\\b(?:trait\\w*|effectu\\w*|[ée]mis|cr[ée]dit\\w*|re[çc]\\w*|vers[ée]\\w*"
        + "|intervien\\w*)|\\b(?:rembourserons|effectuerons|traiterons|recevrez)\\b[^.]{0,60}?\\brembours\\w*"
        // "Le traitement de votre retour (remboursement ou échange) prend ...": processing named before the refund.
        + "|\\btraitement\\b[^.]{0,60}?\\brembours\\w*"
        // The buyer refunded: "vous serez automatiquement remboursé ... dans un délai de 10 jours ouvrables".
        + "|\\b(?:serez|sera|seront) (?:\\p{L}+ )?rembours[ée]\\p{L}*|\\b(?:vous )?rembourserons\\b"
        // The refund noun with its time right after it: "Remboursement sous 14 jours", "dans les 3-5 jours ouvrés".
        + "|\\bremboursements?\\b[^.\\d]{0,30}?(?<!\\p{L})(?:sous|dans les|dans un d[ée]lai(?: maximum| maximal)? de|en|d'ici)\\s+(?:\\d|\\p{L}+\\s+(?:\\(\\d+\\)\\s+)?jours)");
    m.put(WARRANTY, "\\bgarantie\\b");
    m.put(DEFECT, "\\b" + DEFECTIVE + "|\\berron[ée]\\w*");
    m.put(CONDITIONAL_DEFECT, "(?<!\\p{L})(?:si|lorsque|quand|en cas de|sauf si|à moins que)\\b[^.]{0,100}?\\b" + DEFECTIVE
        + "|\\b(?:articles?|produits?) (?:d[ée]fectueu\\w*|endommag\\w*|non conformes?)"
        + "|\\b(?:sauf|except[ée]|hormis|à l'exception)\\b[^.]{0,60}?\\b(?:d[ée]fectueu\\w*|d[ée]faut\\w*|endommag\\w*|ab[iî]m[ée]\\w*|cass[ée]\\w*|non conforme\\w*|erreur de notre part)");
    m.put(NOT_DEFECT, "\\bsans d[ée]faut\\b|\\bn'est pas d[ée]fectueu\\w*|\\bsinon\\b|\\bdans les autres cas\\b|\\bchangement d'avis\\b"
        + "|\\b(?:erreur|faute) (?:du client|de l'acheteur|de votre part)\\b|\\bconvenance personnelle\\b|\\bsi (?:l'article|le produit) ne vous (?:convient|pla[iî]t) pas\\b");
    m.put(CASE_REFERENCE, "\\bdans (?:ce|ces|un tel|de tels|les deux) cas\\b|\\ble cas [ée]ch[ée]ant\\b|\\bsi c'est le cas\\b|\\bdans cette hypoth[èe]se\\b");
    // An exception, not the boilerplate "unless otherwise stated" that excepts nothing.
    m.put(EXCEPTION, "(?<!\\p{L})sauf(?!\\p{L})(?!\\s+(?:indication|mention|stipulation|accord|disposition|avis)s? contraire)"
        + "|(?<!\\p{L})except[ée](?!\\p{L})"
        + "|(?<!\\p{L})hormis(?!\\p{L})"
        + "|(?<!\\p{L})à l'exception d"
        + "|(?<!\\p{L})à moins qu");
    m.put(CONDITION, "(?<!\\p{L})si(?!\\p{L})|(?<!\\p{L})s\'(?:il|ils)(?!\\p{L})|(?<!\\p{L})lorsque?(?!\\p{L})|(?<!\\p{L})quand(?!\\p{L})|(?<!\\p{L})en cas d");
    m.put(NEGATION, "(?<!\\p{L})(?:ne|pas|non)(?!\\p{L})|(?<!\\p{L})n\'");
    m.put(DEFECT_ONLY, "\\b(?:retours?|[ée]changes?) (?:(?:sont|est) )?(?:accept[ée]s? )?(?:uniquement|seulement) (?:en cas de|pour les) "
        + "(?:produits |articles )?(?:d[ée]fectueux|d[ée]faut)");
    m.put(CATEGORY_SUFFIX, "\\s*(?:pour|sur)\\s+(?!(?:les|le|la|l|vos|votre|tous|toutes|retourn\\w*|renvoy\\w*|rembours\\w*"
        + "|articles?|produits?|commandes?|achats?|demander|exercer)(?!\\p{L}))\\p{L}+");
    m.put(SELLER_PAYS_SHIPPING, "\\bretours? gratuits?\\b|\\bretour (?:est |sont )?gratuit\\w*"
        + "|\\b(?:frais|co[uû]ts?) de retour (?:sont |est )?(?:offerts?|gratuits?|à notre charge|pris en charge par nous)"
        + "|\\b(?:nous )?(?:prenons|prendrons) en charge\\b[^.]{0,40}?\\b(?:frais|co[uû]ts?)|\\bà nos (?:propres )?frais\\b|\\bà notre charge\\b"
        + "|\\b(?:nous )?(?:payons|paierons|remboursons|rembourserons) (?:les )?frais de retour\\b"
        + "|\\b(?:frais|co[uû]ts?) (?:directs? )?de (?:retour|renvoi|r[ée]exp[ée]dition)\\b[^.]{0,30}?\\b(?:sont |seront )?(?:offerts?|gratuits?|pris en charge par (?:nos soins|nous|la boutique|le vendeur))"
        + "|\\b(?:retour|renvoi)\\b(?:(?!\\bpas\\b|\\bplus\\b|\\bn')[^.]){0,20}?\\b(?:est |sera )?(?:enti[èe]rement |totalement )?(?:gratuit|offert)\\b|\\bsans frais (?:suppl[ée]mentaires )?pour vous\\b"
        + "|\\b(?:retours?|renvois?)\\b[^.]{0,20}?\\b(?:est |sont |sera |seront )?pris en charge par (?:nos soins|nous|la boutique|le vendeur)\\b"
        + "|\\bnous (?:supporterons|supportons|assumerons|assumons|r[ée]glons|r[ée]glerons)\\b[^.]{0,40}?\\b(?:frais|co[uû]ts?)"
        + "|\\bretours (?:sont |seront )?(?:offerts|gratuits)\\b"
        + "|\\b(?:frais|co[uû]ts?) (?:directs? )?de (?:retour|renvoi)\\b(?:(?!\\bne\\b|\\bpas\\b)[^.]){0,30}?\\b(?:vous )?(?:seront|sont) "
        + "(?:int[ée]gralement )?rembours[ée]s\\b"
        + "|\\b(?:aux frais|à la charge) (?:du vendeur|de la boutique|du marchand|du commer[çc]ant|de la soci[ée]t[ée])\\b");
    m.put(BUYER_PAYS_SHIPPING, "\\bà la charge (?:exclusive |enti[èe]re |totale )?(?:du client|de l'acheteur|du consommateur)\\b|\\bà vos frais\\b|\\bà ses (?:propres )?frais\\b|\\bà votre charge\\b"
        + "|\\b(?:le client|l'acheteur|vous)\\s+(?:supporte[zr]?|paye[zr]?|paie[zr]?|prend en charge|prenez en charge|assume[zr]?)\\b"
        + "[^.]{0,30}?\\bfrais\\b|\\bfrais de retour ne sont pas rembours\\w*|\\bnous ne (?:remboursons|prenons) pas (?:en charge )?"
        + "les frais de retour\\b"
        + "|\\b(?:le client|la cliente|l'acheteur|l'acheteuse|le consommateur|la consommatrice|l'acqu[ée]reur|l'utilisateur|vous)\\s+(?:devr(?:ez|a)\\s+|doi(?:t|vent)\\s+|devez\\s+|aur(?:ez|a) à\\s+)?(?:prendre en charge|prend en charge|prenez en charge|supporter|supporte[zr]?|payer|paye[zr]?|paie[zr]?|r[ée]gler|r[èe]gle[zr]?|assumer|assume[zr]?|s'acquitter des|vous acquitter des)\\b[^.]{0,40}?\\b(?:frais|co[uû]ts?|port|d[ée]penses)"
        + "|\\b(?:à la charge|aux frais) (?:exclusive |enti[èe]re |totale |exclusifs )?(?:du client|de la cliente|de l'acheteur|du consommateur|de l'acqu[ée]reur|de l'utilisateur|du destinataire)\\b"
        + "|\\b(?:frais|co[uû]ts?|port|d[ée]penses)\\b[^.]{0,60}?\\b(?:incomb\\w*|reste(?:nt|ront)? à la charge) (?:au client|à l'acheteur|au consommateur|à l'acqu[ée]reur|à vous)\\b"
        + "|\\b(?:frais|co[uû]ts?|port|d[ée]penses)\\b[^.]{0,60}?\\b(?:support[ée]s?|pay[ée]s?|r[ée]gl[ée]s?|assum[ée]s?) par (?:le client|l'acheteur|le consommateur|vous|l'acqu[ée]reur)\\b"
        + "|\\b(?:frais|co[uû]ts?) (?:directs? )?de (?:retour|renvoi|r[ée]exp[ée]dition)\\b[^.]{0,30}?\\bne (?:vous |lui |leur )?(?:sont|seront) (?:pas|ni) (?:rembours\\w*|pris en charge)"
        + "|\\b(?:frais|co[uû]ts?)\\b(?:(?!\\bne\\b)[^.]){0,60}?\\b(?:(?:seront|sont|sera|est) )?(?:d[ée]duits?|retenus?|soustraits?|d[ée]compt[ée]s?) "
        + "(?:du|de votre|sur le|sur votre) (?:remboursement|montant)"
        + "|\\b(?:colis|retours?|envois?)\\b[^.]{0,30}?\\b(?:en port dû|contre-remboursement)\\b[^.]{0,30}?\\b(?:refus\\w*|accept\\w*)");
    m.put(PREPAID_LABEL, "\\b[ée]tiquette (?:de retour )?pr[ée]pay[ée]e\\b"
        + "|\\b(?:recevrez|recevez|envoyons|enverrons|fournissons|fournirons|joignons)\\b[^.]{0,60}?\\b[ée]tiquette"
        + " (?:de retour|d'exp[ée]dition|de transport)"
        + "|\\b(?:bon|bordereau|[ée]tiquette) de (?:retour|renvoi)\\b[^.]{0,20}?\\b(?:pr[ée]pay[ée]e?|gratuite?|affranchie?)\\b"
        // The model withdrawal form's "Nous récupérerons le bien": the trader collects.
        + "|\\bnous (?:r[ée]cup[ée]rerons|viendrons chercher|collecterons|enl[èe]verons) (?:le|les|vos|votre) (?:biens?|produits?|articles?"
        + "|colis|marchandises?)\\b");
    m.put(FEE_CHARGED, "\\bfrais de (?:restockage|remise en stock|traitement|gestion|manutention)\\b|\\bp[ée]nalit[ée]\\b|\\bd[ée]cote\\b");
    m.put(FEE_NONE, "\\bsans (?:\\w+\\s+){0,2}frais de (?:restockage|remise en stock|traitement|gestion)\\b"
        + "|\\baucuns? frais de (?:restockage|remise en stock|traitement|gestion)\\b|\\bpas de frais de (?:restockage|remise en stock"
        + "|traitement|gestion)\\b");
    m.put(REFUND_ORIGINAL, "\\b(?:carte|compte) (?:bancaire |de cr[ée]dit )?(?:utilis[ée]e?|ayant servi) (?:lors de|pour) (?:l'achat|la commande|le paiement)\\b|\\bm[êe]me (?:moyen|mode|m[ée]thode) de paiement\\b|\\b(?:moyen|mode|m[ée]thode) de paiement (?:initial"
        + "|d'origine|original|utilis[ée])\\b|\\bm[êe]me carte\\b");
    m.put(STORE_CREDIT_ONLY, "\\b(?:uniquement|seulement|exclusivement) (?:sous (?:la )?forme d'|par |en )?(?:un |une )?"
        + "(?:avoir|bon d'achat|carte cadeau|cr[ée]dit boutique)");
    m.put(STORE_CREDIT_OPTION, "\\bun avoir\\b|\\bsous forme d'avoir\\b|\\ben avoir\\b|\\bbon d'achat\\b|\\bcarte cadeau\\b"
        + "|\\bcr[ée]dit boutique\\b");
    // "En échange de" is "in return for", not an exchange of goods.
    m.put(EXCHANGE_YES, "(?<!\\ben )\\b[ée]changes?\\b(?! de (?:courriels?|e-?mails?|messages?))|\\b[ée]changer\\b|(?<!\\ben )\\b[ée]chang[ée]s?\\b(?! de (?:courriels?|e-?mails?|messages?))");
    m.put(EXCHANGE_NO, "\\bpas d'[ée]change\\w*|\\baucun [ée]change\\b"
        // "Nous ne pouvons pas accepter les retours ou échanges", "ne sont ni repris ni échangés".
        + "|\\bne (?:pouvons|pourrons|pouvez|peut|pourra|peuvent) (?:malheureusement )?(?:pas|plus) (?:accepter|proposer|effectuer|faire)"
        + " (?:les |d'|de |aucun )?(?:(?:retours?|remboursements?) (?:ou|ni|et) (?:les |d')?)?[ée]changes?\\b"
        + "|\\bni (?:repris|reprises?|rembours[ée]s?|retourn[ée]s?|remboursements?|retours?) ni [ée]chang\\p{L}*|\\bni [ée]chang[ée]s? ni (?:repris|rembours[ée]s?)\\b"
        + "|\\b[ée]changes? ne (?:sont|seront|est|sera) (?:pas|plus|jamais) (?:accept[ée]s?|possibles?|propos[ée]s?|effectu[ée]s?|autoris[ée]s?)\\b|\\b(?:n'acceptons|n'effectuons|ne proposons|n'offrons) "
        + "(?:pas|aucun) (?:d')?[ée]changes?\\b");
    m.put(REPAIR_REPLACE, "\\b(?:r[ée]par|remplac)\\w*\\b[^.]{0,60}?\\b" + DEFECTIVE
        + "|\\b" + DEFECTIVE + "\\b[^.]{0,80}?\\b(?:r[ée]par\\w*|remplac\\w*|[ée]chang\\w*)");
    m.put(CONDITIONS, "\\bnon utilis[ée]\\w*|\\bemballage d'origine\\b|\\bemballage original\\b|\\b[ée]tiquettes?\\b"
        + "|\\b[ée]tat d'origine\\b|\\bparfait [ée]tat\\b|\\bscell[ée]\\w*|\\bnon ouvert\\w*|\\bintact\\w*");
    m.put(NON_RETURNABLE, "\\bne (?:peuvent|peut) (?:pas )?(?:être )?(?:ni )?(?:retourn|rembours|[ée]chang)\\w*"
        + "|\\bexclu\\w* (?:du|de tout) (?:retour|droit)|\\bnon (?:retournables?|remboursables?)\\b|\\bvente finale\\b");
    m.put(PROOF, "\\bpreuve d'achat\\b|\\bjustificatif d'achat\\b"
        + "|\\b(?:conserve[zr]?|joigne[zr]?|joindre|inclure|incluez|pr[ée]sente[zr]?)\\b[^.]{0,30}?\\b(?:facture|ticket|re[çc]u)\\b");
    m.put(PROCEDURE, "\\bRMA\\b|\\bformulaire de (?:retour|r[ée]tractation)\\b|\\b(?:contacte[zr]?|[ée]crive[zr]|[ée]crire"
        + "|appele[zr]|notifie[zr])\\b[^.]{0,60}?\\b(?:retour\\w*|renvoi|rembours\\w*|r[ée]tractation)"
        + "|\\bpour (?:effectuer|initier|demander|faire) (?:un |le |votre )?retour\\b|\\bnum[ée]ro de retour\\b");
    m.put(INTERNATIONAL, "\\binternationa\\w*|\\bdouan\\w*|\\bdroits d'importation\\b|\\b[ée]tranger\\b");
    m.put(DISCRETIONARY, "\\bà (?:notre|sa) (?:seule |entière |libre )?discr[ée]tion\\b"
        + "|\\bnous nous r[ée]servons le droit de (?:refuser|rejeter|annuler|limiter|r[ée]duire)|\\bau cas par cas\\b");
    m.put(VAGUE, "\\bd[ée]lai raisonnable\\b|\\bdans les meilleurs d[ée]lais\\b|\\bd[èe]s que possible\\b|\\brapidement\\b"
        + "|\\bprochainement\\b");
    return m;
  }
}
