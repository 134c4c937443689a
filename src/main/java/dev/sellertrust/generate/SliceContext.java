package dev.sellertrust.generate;

import java.util.SplittableRandom;

/**
 * What the event simulators of one slice share: its own random stream, a second one for the words of its reviews (so
 * that what a review says never moves the other rows of the world), the seller, the period and the output.
 */
record SliceContext(SplittableRandom r, SplittableRandom texts, SellerProfile seller, Timeline time, BuyerPool buyers,
    UnitOutput out, Evidence evidence) {

  static final long HOUR = 3600;
  static final long DAY = IsoTime.SECONDS_PER_DAY;

  double bad() {
    return 1 - seller.quality();
  }

  Behaviour behaviour() {
    return seller.behaviour();
  }

  /** Lognormal delay in hours, at least a minute, as seconds. */
  long hours(double median, double sigma) {
    return Math.max(60, (long) (Rand.lognormal(r, median, sigma) * HOUR));
  }
}
