package dev.sellertrust.generate;

/**
 * Product categories. Prices are medians in EUR; buyer's-remorse rates are per delivered order and deliberately do not
 * depend on the seller's quality (so a good trust score should discount changed_mind returns).
 */
enum Category {
  ELECTRONICS("electronics", 60, 0.045, true),
  FASHION("fashion", 35, 0.10, false),
  HOME("home", 40, 0.04, false),
  BEAUTY("beauty", 20, 0.03, false),
  TOYS("toys", 25, 0.035, false),
  BOOKS("books", 15, 0.02, false),
  SPORTS("sports", 45, 0.05, false);

  final String code;
  final double medianPriceEur;
  final double remorseRate;
  final boolean repairable;

  Category(String code, double medianPriceEur, double remorseRate, boolean repairable) {
    this.code = code;
    this.medianPriceEur = medianPriceEur;
    this.remorseRate = remorseRate;
    this.repairable = repairable;
  }

  /** Share of sellers per category, in declaration order. */
  static final double[] SELLER_WEIGHTS = {0.22, 0.24, 0.16, 0.10, 0.10, 0.06, 0.12};
}
