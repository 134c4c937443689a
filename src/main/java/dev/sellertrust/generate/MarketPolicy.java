package dev.sellertrust.generate;

import dev.sellertrust.policy.PolicySpec;

/**
 * One published return policy of a seller: {@code market} is an ISO country code or {@link #ALL_MARKETS}.
 *
 * @param clarity clear, partial or vague: how much of the spec the text states
 */
record MarketPolicy(String market, String language, int effectiveDay, String clarity, PolicySpec spec) {
  static final String ALL_MARKETS = "*";

  /** Days the buyer has to ask for a return; sellers without a stated window follow the platform's 30 days. */
  int windowOrDefault() {
    return spec.windowDays() == null ? PLATFORM_WINDOW_DAYS : spec.windowDays();
  }

  boolean windowFromOrder() {
    return "purchase".equals(spec.windowStartsFrom());
  }

  static final int PLATFORM_WINDOW_DAYS = 30;
}
