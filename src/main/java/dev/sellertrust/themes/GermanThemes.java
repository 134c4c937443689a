package dev.sellertrust.themes;

import static dev.sellertrust.themes.Theme.*;

/** German; umlauts fold to their base letter ("zuruck", "verkaufer") like every accent. */
final class GermanThemes {
  private GermanThemes() {}

  /** "die Erstattung ist nie angekommen" is about the money, not the parcel. */
  private static final String MONEY = "ruckerstatt*|erstatt*|geld|gutschrift|ruckzahl*";
  private static final String ARRIVE = "angekommen|ankam|kam|erhalten|bekommen|geliefert|zugestellt|eingetroffen|da";
  private static final String REPLY = "antwort*|reaktion|ruckmeldung|kontakt|nachricht";

  static ThemeLexicon build(Vocabulary v) {
    return new ThemeLexicon("de", v)
        .negators("nicht nie niemals kein keine keinen keiner keinem ohne nichts weder noch")
        .contrast("aber jedoch doch allerdings sondern trotzdem leider")
        .rule(LATE_DELIVERY,
            "!spat|spater|verspat*", "!verzog*|verzug", "!dauerte|gedauert|dauert ~3 wochen|monate|ewig|lange|ewigkeit",
            "!lange ~2 lieferzeit|warten|gewartet|gedauert|unterwegs", "!lieferzeit ~3 lang|ewig|katastroph*",
            "nach ~3 liefertermin|termin|frist", "!warte ~2 immer ~1 noch|seit|schon", "!langsam*", "!liefertermin ~3 uberschritten|verpasst",
            "nicht ~2 rechtzeitig|punktlich|termingerecht")
        .rule(NOT_RECEIVED,
            MONEY + " ~2 << nie|nicht|niemals ~3 " + ARRIVE + " // ~2 rechtzeitig|punktlich|antwort|geld|rest|alles|zweite|andere",
            MONEY + " ~2 << noch ~1 nicht|immer ~2 " + ARRIVE, "!paket|sendung|ware|bestellung ~3 verloren|verschwunden",
            "!verloren ~2 gegangen", "angeblich ~3 zugestellt|geliefert", "als ~1 zugestellt|geliefert ~3 markiert|angezeigt ~2 aber|obwohl",
            "keine ~1 ware|lieferung|paket|sendung", "nichts ~1 angekommen|bekommen|erhalten|geliefert")
        .rule(PARTIAL_DELIVERY,
            "!fehlt*|fehlen|fehlend*", "nur ~3 " + ARRIVE + "|enthalten|geliefert|dabei|drin|im", "!unvollstand*",
            "!teil ~2 bestellung|lieferung", "!halfte ~2 bestellung|lieferung|teile", "zweite|andere|anderen|rest|restliche ~3 nie|nicht|fehlt|noch",
            "nicht ~1 alle|alles ~3 " + ARRIVE + "|enthalten", "!teillieferung")
        .rule(NOT_AS_DESCRIBED,
            "!nicht ~2 wie ~2 beschrieben|abgebildet|angegeben|beschreibung|bild|bildern|foto|angeboten|erwartet",
            "!entspricht|entsprach ~2 nicht", "!anders ~3 als ~3 bild|bilder|beschreibung|foto|abgebildet|bestellt|beschrieben|angeboten|erwartet",
            "!falsch*", "!anderes|andere|anderen ~1 modell|farbe|grosse|produkt|artikel|marke", "!irrefuhr*", "!falschung|fake|nachgemacht|plagiat",
            "!kleiner|grosser ~3 als ~3 beschrieben|angegeben|abgebildet|erwartet|bild", "!nichts ~1 mit ~2 bild|beschreibung|foto",
            "!nicht ~1 das ~2 was ~1 ich ~1 bestellt|gekauft")
        .rule(POOR_QUALITY_OR_DAMAGED,
            "!kaputt*", "!beschadig*", "!defekt*", "!zerbroch*", "!gebroch*", "!zerkratzt|kratzer|verkratzt", "!delle|dellen|verbeult",
            "!gerissen|zerrissen|riss", "!schlechte|miese|minderwertige|billige|mangelhafte ~1 qualitat|verarbeitung",
            "!qualitat ~2 schlecht|mies|mangelhaft|katastroph*|minderwertig", "!funktioniert|funktionierte|geht ~2 nicht", "!auseinander*",
            "!billig ~1 verarbeitet", "!schrott|mull|ramsch", "!gebraucht", "!undicht|ausgelaufen", "!bruchig", "!kaputtgegangen")
        .rule(RETURN_OR_REFUND_PROBLEM,
            "!ruckerstatt*|erstatt*", "!ruckgabe|ruckgaben", "!ruckzahl*", "!ruck*sendung|zurucksend*|zuruckgeschickt|zuruckschicken|retour*",
            "!geld ~2 zuruck", "!umtausch*", "!storn*", "!widerruf", "!reklamation ~3 abgelehnt|ignoriert|nicht")
        .rule(SELLER_UNRESPONSIVE,
            "keine|ohne ~2 " + REPLY, "nicht ~2 antwortet|geantwortet|reagiert|erreichbar|zuruckgemeldet",
            "antwortet|reagiert|meldet ~3 nicht|nie", "!ignoriert*", "niemand ~3 antwortet|meldet|reagiert|hilft",
            "!kundenservice|kundendienst|support ~3 katastroph*|schlecht|nicht|unerreichbar", "!unerreichbar")
        .rule(ARRIVED_EARLY_OR_PRAISE,
            "!fruher|vorzeitig|vorher", "!vor ~2 termin|liefertermin|zeitplan|frist", "!schnell*", "!punktlich|rechtzeitig",
            "!super|toll|perfekt|prima|klasse|empfehl*|zufrieden|top|hervorragend|ausgezeichnet|danke|gut|bestens|einwandfrei",
            "!wie ~2 beschrieben|abgebildet|erwartet")
        .negative("nicht ~2 empfehl*|zufrieden|gut", "!enttausch*", "!schlecht*|katastroph*|furchtbar|schrecklich",
            "!problem*", "nie ~1 wieder", "!unzufrieden", "!argerlich");
  }
}
