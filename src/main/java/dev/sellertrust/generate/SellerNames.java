package dev.sellertrust.generate;

import java.util.SplittableRandom;

/** Plausible shop names; a few contain a comma or an ampersand so that CSV quoting is exercised. */
final class SellerNames {
  private SellerNames() {}

  private static final String[] ADJECTIVES = {
    "Blue", "Golden", "Swift", "Bright", "Urban", "Royal", "Green", "Silver", "Happy", "Prime", "North", "Lucky",
    "Clever", "Pacific", "Alpine", "Sunny", "Modern", "Classic", "Red", "Global"
  };
  private static final String[] NOUNS = {
    "Harbor", "Bazaar", "Cart", "Outlet", "Depot", "Market", "Corner", "House", "Goods", "Supply", "Trading",
    "Store", "Emporium", "Boutique", "Works", "Direct", "Hub", "Gallery", "Shop", "Warehouse"
  };
  private static final String[] FOUNDERS = {
    "Smith", "Müller", "García", "Silva", "Dubois", "Rossi", "Tanaka", "Wang", "Jones", "Santos", "Li", "Moreau"
  };

  static String name(SplittableRandom r, Market country) {
    if (Rand.chance(r, 0.04)) {
      return Rand.pick(r, FOUNDERS) + ", " + Rand.pick(r, FOUNDERS) + " & Co";
    }
    return Rand.pick(r, ADJECTIVES) + " " + Rand.pick(r, NOUNS) + " " + legalSuffix(country);
  }

  private static String legalSuffix(Market country) {
    return switch (country) {
      case CN -> "Co., Ltd.";
      case DE -> "GmbH";
      case GB -> "Ltd";
      case FR -> "SARL";
      case ES, MX -> "S.L.";
      case BR, PT -> "Ltda";
      case IT -> "S.r.l.";
      case NL -> "B.V.";
      case JP -> "K.K.";
      case US -> "LLC";
    };
  }
}
