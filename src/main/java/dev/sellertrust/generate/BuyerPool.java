package dev.sellertrust.generate;

import java.util.SplittableRandom;

/**
 * Buyer ids per market. Picks are skewed towards low ids (u^2), so some buyers order many times and most only once
 * or twice, at about three orders per buyer overall.
 */
final class BuyerPool {
  private final long[] sizes;

  BuyerPool(long totalOrders) {
    Market[] markets = Market.values();
    sizes = new long[markets.length];
    for (Market m : markets) {
      sizes[m.ordinal()] = Math.max(50, (long) Math.ceil(totalOrders * m.buyerWeight / 3.0));
    }
  }

  String pick(SplittableRandom r, Market market) {
    double u = r.nextDouble();
    long index = (long) (sizes[market.ordinal()] * u * u);
    return id(market, index);
  }

  static String id(Market market, long index) {
    return "B" + market.name() + "-" + (index + 1);
  }
}
