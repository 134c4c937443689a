package dev.sellertrust.generate;

import dev.sellertrust.generate.Market.Region;

/**
 * Shipping lane from the seller's country to the buyer's market. Its lateness, damage and loss rates hit every
 * seller on the lane alike: this is the logistics noise a fair trust score should not blame on the seller.
 *
 * @param slow a lane with customs or long-haul trouble (see {@link #isSlow})
 */
record Corridor(int promisedMinDays, int promisedMaxDays, double lateRate, double damageRate, double lossRate,
    double meanLateDays, boolean slow) {

  private static final Corridor DOMESTIC = new Corridor(2, 5, 0.04, 0.004, 0.002, 2, false);
  private static final Corridor REGIONAL = new Corridor(4, 8, 0.07, 0.006, 0.004, 3, false);
  private static final Corridor LONG_HAUL = new Corridor(8, 20, 0.10, 0.010, 0.008, 4, false);
  private static final Corridor SLOW = new Corridor(12, 30, 0.30, 0.030, 0.020, 8, true);

  private static final Corridor[][] LANES = buildLanes();

  static Corridor between(Market from, Market to) {
    return LANES[from.ordinal()][to.ordinal()];
  }

  /**
   * Imports into Brazil (customs), into Mexico from outside the Americas, and China to southern Europe: lanes known
   * for slow clearance; any other choice would do as long as it is independent of seller quality.
   */
  static boolean isSlow(Market from, Market to) {
    if (from == to) {
      return false;
    }
    boolean americas = from.region == Region.NORTH_AMERICA || from.region == Region.LATAM;
    return to == Market.BR
        || (to == Market.MX && !americas)
        || (from == Market.CN && (to == Market.PT || to == Market.ES || to == Market.IT));
  }

  private static boolean near(Region a, Region b) {
    boolean europe = (a == Region.EU || a == Region.UK) && (b == Region.EU || b == Region.UK);
    boolean americas = (a == Region.NORTH_AMERICA || a == Region.LATAM) && (b == Region.NORTH_AMERICA || b == Region.LATAM);
    return a == b || europe || americas;
  }

  private static Corridor[][] buildLanes() {
    Market[] all = Market.values();
    Corridor[][] lanes = new Corridor[all.length][all.length];
    for (Market from : all) {
      for (Market to : all) {
        lanes[from.ordinal()][to.ordinal()] = from == to ? DOMESTIC
            : isSlow(from, to) ? SLOW
            : near(from.region, to.region) ? REGIONAL
            : LONG_HAUL;
      }
    }
    return lanes;
  }
}
