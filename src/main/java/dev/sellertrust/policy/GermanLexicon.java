package dev.sellertrust.policy;

import static dev.sellertrust.policy.Cue.*;

import java.util.EnumMap;
import java.util.Map;

/** German wording, including the statutory withdrawal template (Widerrufsbelehrung). */
final class GermanLexicon {
  private GermanLexicon() {}

  private static final String COSTS = "(?:R[üu]cksende|R[üu]ckversand|R[üu]cksendungs|R[üu]ckporto|Versand|Porto|Transport|Kosten|Retouren"
      + "|Frankatur)\\w*";
  private static final String BUYER = "(?:der Käufer|die Käuferin|der Kunde|die Kundin|der Besteller|die Bestellerin|der Verbraucher"
      + "|die Verbraucherin|Sie|du|ihr)";
  private static final String SELLER = "(?:wir|der Verkäufer|der Händler|der Shop)";
  private static final String PAY_VERB = "(?:trägt|tragen|trägst|übernimmt|übernehmen|übernimmst|zahlt|zahlen|zahlst|bezahlt|bezahlen"
      + "|erstatten|erstattet)";
  /** After a shop-pays phrase: no "nicht"/"kein" before the clause ends ("Wir übernehmen die Kosten nicht"). */
  private static final String NOT_NEGATED = "(?![^.,;]{0,60}?\\b(?:nicht|kein(?:e[nrs]?)?)\\b)";
  private static final String DEFECTIVE = "(?:defekt\\w*|mangelhaft\\w*|beschädigt\\w*|fehlerhaft\\w*|M[äa]ngel\\w*)";

  static Map<Cue, String> cues() {
    Map<Cue, String> m = new EnumMap<>(Cue.class);
    m.put(RETURN, "\\bR[üu]ckgabe\\w*|\\bzur[üu]ck(?:senden|schicken|geben|gesendet|geschickt|zugeben|zusenden|zuschicken)\\b"
        + "|\\bRetoure\\w*|\\bR[üu]cksend\\w*|\\bR[üu]ckversand\\w*|\\bWiderruf\\w*|\\bUmtausch\\w*");
    m.put(REFUND, "\\bR[üu]ckerstattung\\w*|\\berstatt\\w*|\\bGeld[- ]zur[üu]ck\\w*|\\bR[üu]ckzahlung\\w*");
    m.put(WINDOW_PREFIX, "\\b(?:innerhalb(?: von)?|binnen|bis zu|haben|hast|habt|während|ersten|von|Frist von)"
        + "(?:\\s+(?:der|den|dem|einem|einer|eines))*");
    m.put(WINDOW_NOUN, "[\\s-]*(?:Frist|Zeitraum|R[üu]ckgabe|Widerruf|Geld)");
    m.put(WINDOW_SUFFIX, "[\\s-]*(?:R[üu]ckgabe|Widerruf|Geld|R[üu]cksende|Umtausch|Frist)|\\s*(?:nach|ab|seit)\\b");
    m.put(ANCHOR_DELIVERY, "\\b(?:Lieferung|Zustellung|Erhalt|Eingang der Ware|Empfang|erhalten|Ankunft)\\w*");
    m.put(ANCHOR_PURCHASE, "\\b(?:Kauf|Bestellung|Kaufdatum|Rechnung|Vertragsschluss|Bestelldatum)\\w*");
    m.put(ANCHOR_SHIPMENT, "\\b(?:Versand|Versendung|Absendung|Versanddatum)\\w*|\\bversandt\\b|\\bverschickt\\b");
    m.put(ANCHOR_AFTER_RETURN, "\\b(?:Erhalt|Eingang) (?:der|Ihrer|deiner) (?:R[üu]cksendung|Retoure|zur[üu]ckgesandten)\\w*"
        + "|\\bwir\\b[^.]{0,30}?\\berhalten\\b");
    m.put(ANCHOR_REQUEST, "\\b(?:Anfrage|Antrag|Genehmigung|Freigabe|Autorisierung)\\w*|\\bvor\\b");
    m.put(TIMELINE, "\\b(?:Erstattung|R[üu]ckerstattung|Gutschrift|R[üu]ckzahlung)\\w*\\b[^.]{0,80}?\\b(?:bearbeit\\w*|veranlass\\w*"
        + "|erfolg\\w*|gutgeschrieben|überwiesen|ausgezahlt)|\\b(?:erstatten|überweisen|zahlen)\\b[^.]{0,40}?\\bzur[üu]ck\\b"
        + "|\\b(?:erhalten|erhältst|erhält|bekommen|bekommst)\\b[^.]{0,60}?\\b(?:R[üu]ckerstattung|Erstattung|Gutschrift"
        + "|R[üu]ckzahlung)"
        // The buyer refunded, in the passive: "wird dir der Betrag innerhalb von 10 Werktagen ... erstattet".
        + "|\\b(?:wird|werden)\\b[^.]{0,120}?\\b(?:erstattet|zurückerstattet|zurückgezahlt|gutgeschrieben|zurücküberwiesen)\\b"
        + "|\\berstatten wir\\b");
    m.put(WARRANTY, "\\bGarantie\\w*|\\bGewährleistung\\w*");
    m.put(DEFECT, "\\b" + DEFECTIVE + "|\\bfalsch\\w* (?:Artikel|Ware|Produkt)");
    m.put(CONDITIONAL_DEFECT, "\\b(?:wenn|falls|sofern|bei)\\b[^.]{0,100}?\\b" + DEFECTIVE
        + "|\\b(?:defekte|mangelhafte|beschädigte|fehlerhafte) (?:Ware|Artikel|Produkte?)\\b"
        + "|(?:^|[,;:]\\s*)(?:ist|sind|sollte|sollten|war|waren)\\b[^.]{0,60}?\\b(?:defekt\\w*|mangelhaft\\w*|beschädigt\\w*|fehlerhaft\\w*)"
        // The shop's own error: "bei einem Fehler unsererseits", "durch unser Verschulden".
        + "|\\b(?:Fehler|Verschulden|Irrtum|Versehen) unsererseits\\b|\\bunser(?:em|es|en)? (?:Fehler|Verschulden|Irrtum|Versehen)\\b");
    m.put(NOT_DEFECT, "\\b(?:ohne|kein\\w*) (?:Mangel|Defekt|Fehler)\\b|\\bnicht (?:defekt|mangelhaft|beschädigt|fehlerhaft)\\b"
        + "|\\bandernfalls\\b|\\bansonsten\\b|\\bin allen anderen F[äa]llen\\b"
        + "|\\bau(?:ß|ss)er\\b[^.]{0,60}?\\b(?:Fehler|Mangel|M[äa]ngel|defekt\\w*|beschädigt\\w*|fehlerhaft\\w*)"
        + "|\\bes sei denn\\b[^.]{0,60}?\\b(?:Fehler|Mangel|M[äa]ngel|Verschulden|defekt\\w*|beschädigt\\w*|fehlerhaft\\w*|mangelhaft\\w*)"
        + "|\\b(?:Fehler|Verschulden|Irrtum) des (?:Kunden|Käufers|Bestellers)\\b|\\bKundenfehler\\b|\\bnicht gefällt\\b|\\bNichtgefallen\\b|\\bnicht (?:mehr )?gefallen\\b");
    m.put(CASE_REFERENCE, "\\bin (?:diesem|diesen|einem solchen|solchen|beiden) F[äa]ll(?:e|en)?\\b|\\bist (?:das|dies) der Fall\\b");
    // An exception, not the boilerplate "unless otherwise stated" that excepts nothing.
    m.put(EXCEPTION, "\\bau(?:ß|ss)er\\b(?![,\\s]+(?:es (?:ist|wurde|wird|wäre) )?(?:anders|etwas anderes)\\b)"
        + "|\\bes sei denn\\b(?![,\\s]+(?:es (?:ist|wurde|wird|wäre) )?(?:anders|etwas anderes)\\b)"
        + "|\\bausgenommen\\b"
        + "|\\bmit Ausnahme\\b");
    m.put(CONDITION, "\\b(?:wenn|falls|sofern|sollte|sollten)\\b");
    m.put(NEGATION, "\\bnicht\\b|\\bkein\\w*");
    m.put(DEFECT_ONLY, "\\b(?:R[üu]ckgabe|Umtausch|R[üu]cksendungen)\\b (?:ist |sind )?(?:nur|ausschließlich) bei (?:Mängeln|mangelhafter|defekter|beschädigter)");
    m.put(CATEGORY_SUFFIX, "\\s*(?:für|bei)\\s+(?!(?:die|den|das|der|alle|Ihre|deine|R[üu]ckgaben?|Erstattung\\w*|Artikel"
        + "|Produkte|Waren?|Bestellungen)(?!\\p{L}))\\p{L}+");
    // Who pays, in general structures with any payer word and in either German word order: a payer subject with a
    // paying verb ("Sie tragen die Kosten", "trägt der Kunde", "hat der Besteller zu tragen"), a cost noun first
    // with its payer after it ("Die Rücksendekosten trägst du", "Frankatur obliegt dem Verkäufer", "werden von uns
    // übernommen"), "auf Kosten / zu Lasten" of a party, free returns, and a deduction from the refund.
    m.put(SELLER_PAYS_SHIPPING, "\\b(?:kostenlose?[nr]?|kostenfreie?[nr]?|portofreie?[nr]?|gratis) (?:R[üu]ck(?:sendung|gabe|versand)|Retoure)\\w*"
        + "|\\b(?:R[üu]ck(?:sendung|gabe|versand)|Retoure)\\w*\\b[^.]{0,30}?\\b(?:ist|sind|bleibt|erfolgt) (?:für (?:Sie|dich) )?"
        + "(?:kostenlos|kostenfrei|gratis|portofrei|nicht kostenpflichtig)\\b"
        + "|\\b(?:kostenfrei|portofrei|gratis|kostenlos) (?:an uns )?zur[üu]ck(?:senden|schicken|geben)\\b"
        + "|\\b(?:" + SELLER + "\\s+" + PAY_VERB + "|" + PAY_VERB + "\\s+" + SELLER + ")\\b" + NOT_NEGATED + "[^.]{0,40}?\\b" + COSTS
        + "|\\b" + COSTS + "\\b[^.]{0,40}?\\b(?:" + PAY_VERB + " " + SELLER + "|(?:obliegt|obliegen) (?:dem|der) (?:Verkäufer|Händler|Shop)"
        + "|(?:werden|wird)\\s+von uns\\s+(?:getragen|übernommen|bezahlt|erstattet)|(?:werden|wird) (?:Ihnen|dir|euch) (?:vollständig |voll )?(?:erstattet|zurückerstattet)|(?:gehen|geht) zu unseren Lasten)\\b" + NOT_NEGATED
        + "|\\b(?:auf unsere Kosten|zu unseren Lasten)\\b"
        + "|\\b(?:auf|zu) (?:Kosten|Lasten|Rechnung) (?:des|der) (?:Verkäufers|Verkäuferin|Händlers|Shops|Anbieters)\\b"
        // The model withdrawal form's "Wir holen die Waren ab": the trader collects, at its cost.
        + "|\\bwir holen (?:die|den|das|Ihre|deine) (?:Waren?|Artikel|Pakete?|Sendung|R[üu]cksendung)\\b[^.]{0,30}?\\bab\\b");
    m.put(BUYER_PAYS_SHIPPING, "\\b(?:" + BUYER + "\\s+" + PAY_VERB + "|" + PAY_VERB + "\\s+" + BUYER + ")\\b[^.]{0,40}?\\b" + COSTS
        + "|\\b" + BUYER + "\\s+(?:hat|haben|hast|habt|muss|müssen|musst)\\b[^.]{0,40}?\\b" + COSTS
        + "\\b[^.]{0,30}?\\b(?:zu )?(?:tragen|übernehmen|zahlen|bezahlen)\\b"
        + "|\\b" + COSTS + "\\b[^.]{0,40}?\\b(?:" + PAY_VERB + " " + BUYER + "|(?:hat|haben|muss|müssen) " + BUYER + " (?:zu )?(?:tragen|übernehmen"
        + "|zahlen|bezahlen)|(?:werden|wird|sind|ist)\\s+(?:vom|von der|von) (?:Käufer|Kunden|Besteller|Verbraucher"
        + "|Käuferin|Kundin|Ihnen|dir)\\s+(?:zu\\s+)?(?:getragen|übernommen|gezahlt|bezahlt|tragen|zahlen)|(?:werden|wird) (?:Ihnen |dir |euch )?(?:nicht|nie) "
        + "(?:erstattet|übernommen|zurückerstattet)|(?:gehen|geht) (?:voll )?zu (?:Ihren |deinen )?Lasten(?! (?:des|der) (?:Verkäufer|Händler|Shop|Anbieter))"
        + "|(?:obliegt|obliegen) (?:dem|der) (?:Käufer|Käuferin|Kunden|Kundin|Besteller|Bestellerin)"
        + "|(?:werden|wird) (?:vom|von der|von dem|mit dem|mit der) (?:\\p{L}+ )?(?:Erstattung|R[üu]ckerstattung|Erstattungsbetrag|Kaufpreis"
        + "|Betrag|Gutschrift)\\w* (?:abgezogen|einbehalten|verrechnet))\\b"
        + "|\\b(?:auf|zu) (?:(?:Ihre|deine|eigene) Kosten|(?:Kosten|Rechnung|Lasten)(?: und Gefahr)? (?:des|der) (?:Käufers|Kunden|Bestellers|Verbrauchers"
        + "|Käuferin|Kundin)|(?:Ihren|deinen|euren) Lasten)\\b"
        + "|\\babzüglich\\b[^.]{0,30}?\\b(?:R[üu]cknahme|R[üu]cksende|R[üu]ckversand)\\w*(?:gebühr|kosten|pauschale)"
        + "|\\bunfrei\\w*\\b[^.]{0,40}?\\b(?:Sendungen|Rücksendungen|Pakete|Retouren)?\\b[^.]{0,20}?\\b(?:nicht angenommen|verweigert"
        + "|abgelehnt|nicht akzeptiert)|\\bausreichend (?:zu )?frankier\\w*|\\bfrankieren Sie\\b[^.]{0,40}?\\bausreichend\\b"
        + "|\\b(?:R[üu]ck(?:sendung|gabe|versand)|Retoure)\\w*\\b[^.]{0,30}?\\b(?:ist|sind|erfolgt|erfolgen) (?:für (?:Sie|dich) )?kostenpflichtig\\b"
        // The shop refusing the cost: "Wir übernehmen die Kosten der Rücksendung nicht", "übernehmen wir keine Rücksendekosten".
        + "|\\b(?:" + SELLER + "\\s+" + PAY_VERB + "|" + PAY_VERB + "\\s+" + SELLER + ")\\s+(?:die |diese )?(?:keine|nicht die)\\s+(?:\\p{L}+\\s+)?" + COSTS
        + "|\\b(?:" + SELLER + "\\s+" + PAY_VERB + "|" + PAY_VERB + "\\s+" + SELLER + ")\\b[^.,;]{0,40}?\\b" + COSTS + "\\b[^.,;]{0,30}?\\bnicht\\b"
        + "|\\b" + COSTS + "\\b[^.,;]{0,40}?\\b" + PAY_VERB + " " + SELLER + "\\s+nicht\\b");
    m.put(PREPAID_LABEL, "\\b(?:frankiert\\w*|vorfrankiert\\w*) (?:R[üu]cksende)?(?:etikett|label|schein)\\w*|\\bRetourenschein\\b"
        + "|\\b(?:stellen|senden|schicken|erhalten|erhältst|bekommen|bekommst)\\b[^.]{0,60}?\\b(?:Retourenlabel|R[üu]cksendeetikett"
        + "|R[üu]cksendelabel|R[üu]cksendeschein)\\w*"
        + "|\\b(?:kostenlos\\w*|kostenfrei\\w*|frankiert\\w*) (?:R[üu]cksende|Retouren)?(?:etikett|label|schein)\\w*|\\b(?:Retourenlabel|R[üu]cksendeetikett|R[üu]cksendelabel)\\w* (?:liegt|ist) (?:der|dem|Ihrer|deiner) (?:Sendung|Paket|Lieferung) bei\\b");
    m.put(FEE_CHARGED, "\\b(?:Wiedereinlagerungs|Bearbeitungs|Rücknahme|Restocking)[- ]?(?:gebühr|pauschale)\\w*|\\bStrafgebühr\\b");
    m.put(FEE_NONE, "\\bkeine (?:\\w+[- ])?(?:Wiedereinlagerungs|Bearbeitungs|Rücknahme|Restocking)[- ]?(?:gebühr|pauschale)\\w*"
        + "|\\bohne (?:\\w+[- ])?(?:Wiedereinlagerungs|Bearbeitungs|Rücknahme)[- ]?gebühr\\w*");
    m.put(REFUND_ORIGINAL, "\\b(?:dasselbe|dieselbe|demselben|derselben|das gleiche|die gleiche|dem gleichen|der gleichen) "
        + "Zahlungs(?:mittel|methode|art|weg)\\b|\\bursprünglich\\w* (?:\\p{L}+ )?Zahlungs(?:mittel|methode|art|weg)\\b"
        + "|\\bZahlungs(?:mittel|methode|art)\\b[^.]{0,40}?\\b(?:ursprünglich|verwendet|eingesetzt|genutzt)\\w*");
    m.put(STORE_CREDIT_ONLY, "\\b(?:nur|ausschließlich|lediglich) (?:als |in Form (?:eines|einer) )?(?:Gutschein|Warengutschein|Guthaben)\\w*");
    m.put(STORE_CREDIT_OPTION, "\\b(?:als|in Form (?:eines|einer|von)|einen?|per)\\s+(?:\\p{L}+\\s+)?(?:Gutschein|Warengutschein"
        + "|Einkaufsgutschein)\\w*|\\bGuthaben\\w*|\\bGutschrift (?:im|auf (?:dem|Ihr|dein)) Kundenkonto\\b");
    m.put(EXCHANGE_YES, "(?<!\\bvom )\\bUmtausch\\w*|\\bumzutauschen\\b|\\bumtauschen\\b|\\bumgetauscht\\b|\\b(?:tauschen|getauscht|zu tauschen)\\b");
    m.put(EXCHANGE_NO, "\\bkein(?:en)? Umtausch\\b|(?<!vom )\\bUmtausch (?:ist )?ausgeschlossen\\b|\\bnicht umgetauscht\\b"
        + "|\\bUmtausch (?:ist )?(?:\\p{L}+ ){0,4}nicht möglich\\b"
        + "|\\b(?:Umtausch (?:und|oder|sowie) R[üu]ckgabe|R[üu]ckgabe (?:und|oder|sowie) Umtausch) (?:sind |ist )?(?:\\p{L}+ ){0,3}(?:ausgeschlossen|nicht möglich)\\b");
    m.put(REPAIR_REPLACE, "\\bNachbesserung\\b|\\bErsatzlieferung\\b|\\b(?:Reparatur|repari\\w*|Ersatz\\w*|ersetz\\w*|Austausch\\w*)"
        + "\\b[^.]{0,60}?\\b" + DEFECTIVE + "|\\b" + DEFECTIVE + "\\b[^.]{0,80}?\\b(?:Reparatur|repari\\w*|Ersatz\\w*|ersetz\\w*"
        + "|Austausch\\w*|ausgetauscht|umgetauscht)");
    m.put(CONDITIONS, "\\bungebraucht\\w*|\\bunbenutzt\\w*|\\bungeöffnet\\w*|\\bOriginalverpackung\\b|\\bEtikett\\w*"
        + "|\\bOriginalzustand\\b|\\bneuwertig\\w*|\\bversiegelt\\w*|\\bunversehrt\\w*");
    m.put(NON_RETURNABLE, "\\bvon der R[üu]ckgabe ausgeschlossen\\b|\\bnicht zur[üu]ckgegeben werden\\b"
        + "|\\bnicht erstattungsfähig\\b|\\bausgenommen (?:sind|davon)\\b");
    m.put(PROOF, "\\bKaufbeleg\\w*|\\bKassenbon\\w*|\\bKaufnachweis\\w*"
        + "|\\b(?:Rechnung|Quittung)\\w*\\b[^.]{0,30}?\\b(?:beilegen|beifügen|vorlegen|aufbewahren|erforderlich)");
    m.put(PROCEDURE, "\\bRMA\\b|\\bR[üu]cksendeformular\\b|\\bRetourenschein\\b|\\bRetourenportal\\b"
        + "|\\b(?:kontaktieren|kontaktiere|schreiben|schreib|rufen|melden|wenden)\\b[^.]{0,60}?\\b(?:R[üu]ckgabe|R[üu]cksendung"
        + "|Retoure|Widerruf|Erstattung)\\w*|\\bum (?:eine )?(?:R[üu]ckgabe|R[üu]cksendung|Retoure)\\w* (?:einzuleiten|anzumelden)");
    m.put(INTERNATIONAL, "\\binternational\\w*|\\bZoll\\w*|\\bEinfuhr\\w*|\\bAusland\\w*");
    m.put(DISCRETIONARY, "\\b(?:nach|in) (?:unserem|eigenem|freiem|alleinigem) (?:freien |alleinigen )?Ermessen\\b"
        + "|\\bbehalten uns\\b[^.]{0,40}?\\b(?:abzulehnen|zu verweigern|zu stornieren|zu kürzen)|\\bim Einzelfall\\b|\\bKulanz\\w*");
    m.put(VAGUE, "\\bangemessene[nr]? (?:Zeit|Frist|Zeitraum)\\b|\\bso (?:schnell|bald) wie möglich\\b|\\bschnellstmöglich\\b"
        + "|\\bumgehend\\b|\\bzeitnah\\b|\\bin Kürze\\b");
    return m;
  }
}
