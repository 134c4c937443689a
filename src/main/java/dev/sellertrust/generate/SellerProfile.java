package dev.sellertrust.generate;

import java.util.List;

/**
 * One seller, fully determined by (seed, index): the generator rebuilds it wherever needed instead of keeping all
 * sellers in memory.
 *
 * @param quality the hidden true quality in (0, 1) that the trust score should recover
 * @param orders orders allocated to this seller; they are numbered from {@code firstOrderNo}
 * @param policies published return policies, empty for sellers without one
 * @param serialComplainer a buyer who reports many of this seller's orders defective whatever its quality, or null
 */
record SellerProfile(
    int index,
    String id,
    String name,
    Market country,
    Category category,
    int joinedDay,
    double quality,
    long orders,
    long firstOrderNo,
    boolean giant,
    Behaviour behaviour,
    List<MarketPolicy> policies,
    Mismatches mismatches,
    String serialComplainer) {

  /** The policy that applies to an order from {@code buyerMarket}: market-specific first, then "*"; else null. */
  MarketPolicy policyFor(Market buyerMarket) {
    MarketPolicy fallback = null;
    for (MarketPolicy p : policies) {
      if (p.market().equals(buyerMarket.name())) {
        return p;
      }
      if (p.market().equals(MarketPolicy.ALL_MARKETS)) {
        fallback = p;
      }
    }
    return fallback;
  }

  MarketPolicy defaultPolicy() {
    for (MarketPolicy p : policies) {
      if (p.market().equals(MarketPolicy.ALL_MARKETS)) {
        return p;
      }
    }
    return null;
  }

  static String sellerId(int index) {
    return String.format("S%06d", index + 1);
  }
}
