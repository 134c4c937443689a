package dev.sellertrust.generate;

import java.util.Set;

/**
 * Countries used for sellers and buyer markets. Exchange rates are fixed (per EUR) because only the currency
 * matching the buyer's market matters for the contract, not market prices.
 */
enum Market {
  CN("CNY", "zh", 7.8, 2, Region.ASIA, 0.26, 0.02),
  US("USD", "en", 1.08, 2, Region.NORTH_AMERICA, 0.14, 0.24),
  DE("EUR", "de", 1.0, 2, Region.EU, 0.10, 0.13),
  GB("GBP", "en", 0.85, 2, Region.UK, 0.08, 0.10),
  FR("EUR", "fr", 1.0, 2, Region.EU, 0.07, 0.09),
  ES("EUR", "es", 1.0, 2, Region.EU, 0.06, 0.07),
  BR("BRL", "pt", 6.0, 2, Region.LATAM, 0.05, 0.07),
  PT("EUR", "pt", 1.0, 2, Region.EU, 0.03, 0.03),
  MX("MXN", "es", 20.0, 2, Region.LATAM, 0.04, 0.06),
  IT("EUR", "it", 1.0, 2, Region.EU, 0.06, 0.07),
  NL("EUR", "nl", 1.0, 2, Region.EU, 0.04, 0.05),
  JP("JPY", "ja", 160.0, 0, Region.ASIA, 0.07, 0.07);

  enum Region { EU, UK, NORTH_AMERICA, LATAM, ASIA }

  /** Languages the policy templates cover; sellers elsewhere publish in English. */
  static final Set<String> POLICY_LANGUAGES = Set.of("en", "es", "pt", "de", "fr", "zh");

  final String currency;
  final String language;
  final double perEur;
  final int minorDigits;
  final Region region;
  final double sellerWeight;
  final double buyerWeight;

  Market(String currency, String language, double perEur, int minorDigits, Region region,
      double sellerWeight, double buyerWeight) {
    this.currency = currency;
    this.language = language;
    this.perEur = perEur;
    this.minorDigits = minorDigits;
    this.region = region;
    this.sellerWeight = sellerWeight;
    this.buyerWeight = buyerWeight;
  }

  String policyLanguage() {
    return POLICY_LANGUAGES.contains(language) ? language : "en";
  }

  static double[] weights(boolean sellers) {
    Market[] all = values();
    double[] w = new double[all.length];
    for (int i = 0; i < all.length; i++) {
      w[i] = sellers ? all[i].sellerWeight : all[i].buyerWeight;
    }
    return w;
  }
}
