package dev.sellertrust.generate;

import java.util.SplittableRandom;

/**
 * About half of delivered orders get a review (more when something went wrong, as unhappy buyers write more), some
 * lost parcels get a one-star one. Stars come from a latent score: quality plus seller offset plus per-review noise,
 * pulled down by what happened to the order.
 */
final class ReviewSimulator {
  private ReviewSimulator() {}

  /**
   * Level of the latent rating. Real marketplace ratings are J-shaped and high: on Olist's public data on-time orders
   * average 4.28 stars. This level puts on-time orders near 4.2, so good sellers crowd against the 5-star ceiling.
   */
  static final double BASE = 2.0;
  /**
   * Buyer's remorse: a buyer who sent the item back because they changed their mind often rates it low too ("not what
   * I expected"), though the seller did nothing wrong.
   */
  static final double REMORSE_PENALTY = 1.0;

  /**
   * Buyers punish lateness whoever caused it, and more the later it is: on Olist's public data late orders average
   * 2.55 stars against 4.28 on time, and longer deliveries score lower. A slow lane therefore
   * depresses the ratings of every seller on it.
   */
  static double latePenalty(SimOrder o) {
    if (!o.late) {
      return 0;
    }
    int lateDays = IsoTime.dayOf(o.deliveredTs) - o.promisedDay;
    return Math.min(3.5, 1.2 + 0.15 * lateDays);
  }

  static void simulate(SliceContext c, SimOrder o) {
    SplittableRandom r = c.r();
    boolean problem = o.late || o.returnReason != null;
    long reviewTs;
    if (o.delivered()) {
      if (!Rand.chance(r, problem ? 0.6 : 0.45)) {
        return;
      }
      reviewTs = o.deliveredTs + c.hours(96, 0.8);
    } else if ("undelivered".equals(o.status)) {
      if (!Rand.chance(r, 0.3)) {
        return;
      }
      reviewTs = (long) (o.promisedDay + 7) * SliceContext.DAY + r.nextLong(14 * SliceContext.DAY);
    } else {
      return;
    }
    if (reviewTs > c.time().lastSecond()) {
      return;
    }
    double latent = BASE + 3.9 * c.seller().quality() + c.behaviour().ratingShift() + 0.9 * r.nextGaussian()
        - latePenalty(o)
        - (o.sellerFault() ? 2.0 : 0)
        - ("damaged_in_transit".equals(o.returnReason) ? 1.0 : 0)
        - ("changed_mind".equals(o.returnReason) ? REMORSE_PENALTY : 0)
        - (o.delivered() ? 0 : 2.5);
    int rating = (int) Rand.clamp(Math.round(latent), 1, 5);
    String language = language(r, o.buyerMarket);
    // A few reviews lose their order link (imported from another channel); they are never verified purchases.
    boolean linked = !Rand.chance(r, 0.03);
    String[] template = {ReviewTexts.title(r, language, rating), ReviewTexts.text(r, language, rating, o.late)};
    String[] written = ReviewTexts.write(c.texts(), language, rating, cause(o), template);
    c.out().rows(OutputTable.REVIEWS)
        .str(OrderIds.review(o.number)).str(c.seller().id()).str(linked ? o.id : null).integer(rating).ts(reviewTs)
        .str(language).str(written[0]).str(written[1]).bool(linked && !Rand.chance(r, 0.05))
        .end(IsoTime.dayOf(reviewTs));
  }

  /** What the buyer has to complain about: the order's hidden causes. */
  static ReviewTexts.Cause cause(SimOrder o) {
    String why = o.returnReason;
    return new ReviewTexts.Cause(!o.delivered(), o.late,
        "damaged_in_transit".equals(why) || "defective".equals(why),
        "not_as_described".equals(why) || "wrong_item".equals(why), o.refundProblem);
  }

  private static String language(SplittableRandom r, Market buyer) {
    double u = r.nextDouble();
    if (u < 0.85) {
      return buyer.language;
    }
    return u < 0.95 ? "en" : Rand.pick(r, ReviewTexts.LANGUAGES);
  }
}
