package dev.sellertrust.generate;

import java.util.SplittableRandom;

/**
 * About half of delivered orders get a review (more when something went wrong, as unhappy buyers write more), some
 * lost parcels get a one-star one. Stars come from a latent score: quality plus seller offset plus per-review noise,
 * pulled down by what happened to the order.
 */
final class ReviewSimulator {
  private ReviewSimulator() {}

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
    double latent = 1.3 + 3.9 * c.seller().quality() + c.behaviour().ratingShift() + 0.9 * r.nextGaussian()
        - (o.late ? 0.8 : 0)
        - (o.sellerFault() ? 2.0 : 0)
        - ("damaged_in_transit".equals(o.returnReason) ? 1.0 : 0)
        - (o.delivered() ? 0 : 2.5);
    int rating = (int) Rand.clamp(Math.round(latent), 1, 5);
    String language = language(r, o.buyerMarket);
    // A few reviews lose their order link (imported from another channel); they are never verified purchases.
    boolean linked = !Rand.chance(r, 0.03);
    c.out().rows(OutputTable.REVIEWS)
        .str(OrderIds.review(o.number)).str(c.seller().id()).str(linked ? o.id : null).integer(rating).ts(reviewTs)
        .str(language).str(ReviewTexts.title(r, language, rating))
        .str(ReviewTexts.text(r, language, rating, o.late)).bool(linked && !Rand.chance(r, 0.05))
        .end(IsoTime.dayOf(reviewTs));
  }

  private static String language(SplittableRandom r, Market buyer) {
    double u = r.nextDouble();
    if (u < 0.85) {
      return buyer.language;
    }
    return u < 0.95 ? "en" : Rand.pick(r, ReviewTexts.LANGUAGES);
  }
}
