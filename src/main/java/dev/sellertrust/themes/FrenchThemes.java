package dev.sellertrust.themes;

import static dev.sellertrust.themes.Theme.*;

/** French; "n'ai pas reçu" tokenises as "n ai pas recu", so the negation is the "pas" (or "jamais", "rien"). */
final class FrenchThemes {
  private FrenchThemes() {}

  /** "le remboursement n'est jamais arrivé" is about the money, not the parcel. */
  private static final String MONEY = "rembours*|argent|avoir";
  private static final String ARRIVE = "recu|recue|recus|recues|arrive|arrivee|arrives|arrivees|livre|livree|livres|livrees|parvenu*";
  private static final String REPLY = "reponse*|repond*|contact|nouvelles|retour|solution|suivi";

  static ThemeLexicon build(Vocabulary v) {
    return new ThemeLexicon("fr", v)
        .negators("pas jamais sans aucun aucune rien ni plus")
        .contrast("mais cependant pourtant toutefois sauf")
        .rule(LATE_DELIVERY,
            "!retard*", "!tard", "!lent|lente|lenteur", "!delai* ~3 long*|depasse*|non|pas|interminable|enorme|trop",
            "!depasse* ~2 delai*|date", "!mis ~2 semaines|mois|temps|siecle", "!attendre ~2 semaines|mois|longtemps",
            "!toujours ~2 attente|attends|j ~1 attends", "apres ~3 date|delai*|prevu|prevue", "pas ~2 dans ~1 les ~1 temps|delais",
            "!trop ~1 long*")
        .rule(NOT_RECEIVED,
            MONEY + " ~3 << pas|jamais|rien ~3 " + ARRIVE + "|recu // ~3 delai*|delais|temps|date|remboursement|reponse|tout|reste|autre|second|deuxieme",
            MONEY + " ~3 << toujours ~2 pas ~2 " + ARRIVE + "|recu|rien", "!colis|paquet|commande ~3 perdu|perdue|egare*|disparu*", "!perdu ~2 colis|paquet",
            "indique|marque|affiche ~3 livre ~4 mais|pourtant|alors", "jamais ~1 vu|eu", "rien ~2 recu|arrive|vu", "ou ~2 est ~2 mon|ma ~1 colis|commande")
        .rule(PARTIAL_DELIVERY,
            "!manqu*", "seul|seule|seulement|que ~3 " + ARRIVE + "|un|une|1", "!incomplet*", "!moitie ~3 commande|articles|pieces",
            "partie ~2 commande|colis|articles", "autre|deuxieme|second|reste ~4 jamais|pas|toujours", "pas ~3 tous|tout|toutes ~3 " + ARRIVE,
            "un ~1 seul|sur")
        .rule(NOT_AS_DESCRIBED,
            "!pas ~2 conforme*", "!non ~1 conforme*", "!different* ~4 photo*|description|annonce|image*|commande|site|attendu",
            "!ne ~2 correspond ~1 pas", "!correspond ~2 pas|rien", "!pas ~1 ce ~2 que ~2 commande|achete|attendais", "!mauvais|mauvaise ~1 taille|couleur|modele|article|produit|reference",
            "!autre ~1 couleur|modele|produit|article|taille", "!trompeu*|mensong*", "!faux|fausse|contrefa*|copie",
            "!plus ~1 petit|petite|grand|grande ~3 que ~3 annonce|photo*|description|prevu|attendu|indique", "!erreur ~2 article|commande|taille|couleur|modele")
        .rule(POOR_QUALITY_OR_DAMAGED,
            "!casse*", "!endommag*", "!abim*", "!defectu*|defaut*", "!raye*|rayure*", "!fissur*", "!dechir*", "!bris*",
            "!cabosse*", "!tache*", "!mauvaise|piètre|piètre|piete|mediocre|basse ~1 qualite", "!qualite ~2 mediocre|mauvaise|nulle|horrible|bof|decevante",
            "!ne ~2 fonctionne|marche ~1 pas|plus", "!fonctionne|marche ~1 pas|plus", "!fragile", "!camelote|pacotille|nul|nulle",
            "!mal ~1 fini|finie|fait|faite|cousu", "!usage|usagee|occasion", "!fuit|fuite", "!hors ~1 service|usage")
        .rule(RETURN_OR_REFUND_PROBLEM,
            "!rembours*", "!retour* ~3 refuse|impossible|produit|article|colis|accepte|demande|procedure", "!renvoy*|retourne*",
            "!argent ~1 retour", "!mon ~1 argent", "!echang*", "!annul*", "!avoir ~1 refuse")
        .rule(SELLER_UNRESPONSIVE,
            "aucune|sans|pas ~2 " + REPLY, "!ne ~2 repond ~1 pas|jamais|plus", "repond|repondu ~2 pas|jamais|plus",
            "personne ~3 repond|repondu|aide|joignable", "!injoignable", "!ignor*", "!service ~1 client ~3 nul|inexistant|absent|catastroph*|deplorable",
            "!impossible ~2 joindre|contacter")
        .rule(ARRIVED_EARLY_OR_PRAISE,
            "!avance", "!avant ~3 date|delai*|prevu|prevue|temps", "!rapide*|vite|rapidement", "!dans ~2 temps|delais",
            "!a ~1 l ~1 heure", "!parfait*|excellent*|super|genial|recommande|satisfait*|content|contente|ravi|ravie|merci|top|impeccable|bien|bon|bonne|nickel",
            "!conforme*", "!tres ~1 bien")
        .negative("pas ~2 recommande|satisfait|content|bien|top", "!decu|decue|decevant*", "!nul|horrible|lamentable|catastroph*",
            "!probleme*", "plus ~1 jamais", "!insatisfait*", "!dommage");
  }
}
