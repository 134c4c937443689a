package dev.sellertrust.generate;

import java.util.SplittableRandom;

/** An order and its delivery: buyer, amount, promise, lateness (corridor + seller), loss, and its status at the end. */
final class OrderSimulator {
  private OrderSimulator() {}

  /** The platform calls a parcel lost two weeks after its promised date. */
  private static final int LOST_AFTER_DAYS = 14;

  static void simulate(SliceContext c, SimOrder o) {
    SplittableRandom r = c.r();
    SellerProfile s = c.seller();
    Behaviour b = c.behaviour();
    String complainer = s.serialComplainer();
    if (complainer != null && Rand.chance(r, 0.02)) {
      o.buyerId = complainer;
      o.buyerMarket = Market.valueOf(complainer.substring(1, 3));
      o.fromComplainer = true;
    } else {
      o.buyerMarket = SellerPlanner.buyerMarket(r, s.country(), b);
      o.buyerId = c.buyers().pick(r, o.buyerMarket);
    }
    o.corridor = Corridor.between(s.country(), o.buyerMarket);
    double eur = Rand.lognormal(r, s.category().medianPriceEur, 0.7);
    o.amountMinor = Math.max(1,
        Math.round(eur * o.buyerMarket.perEur * Math.pow(10, o.buyerMarket.minorDigits)));

    Timeline t = c.time();
    long from = Math.max(t.firstSecond(), (long) s.joinedDay() * SliceContext.DAY);
    o.orderTs = from + (long) (r.nextDouble() * (t.lastSecond() - from + 1));
    int orderDay = IsoTime.dayOf(o.orderTs);
    // Poorer sellers take longer to hand the parcel over, which shows up as lateness on every lane.
    o.shippedTs = o.orderTs + c.hours(12 + 36 * c.bad(), 0.6);
    Corridor lane = o.corridor;
    o.promisedDay = orderDay + lane.promisedMinDays() + r.nextInt(lane.promisedMaxDays() - lane.promisedMinDays() + 1);

    if (Rand.chance(r, b.cancelRate())) {
      o.status = "cancelled";
      return;
    }
    boolean shipped = o.shippedTs <= t.lastSecond();
    if (Rand.chance(r, lane.lossRate() + b.lossRate())) {
      o.status = o.promisedDay + LOST_AFTER_DAYS < t.endDay() ? "undelivered" : shipped ? "shipped" : "placed";
      return;
    }
    int shipDay = IsoTime.dayOf(o.shippedTs);
    int deliveredDay = Rand.chance(r, lane.lateRate() + b.lateRate())
        ? o.promisedDay + 1 + (int) (r.nextExponential() * lane.meanLateDays())
        : shipDay + r.nextInt(Math.max(1, o.promisedDay - shipDay + 1));
    long deliveredTs = (long) deliveredDay * SliceContext.DAY + 8 * SliceContext.HOUR + r.nextLong(13 * SliceContext.HOUR);
    deliveredTs = Math.max(deliveredTs, o.shippedTs + SliceContext.HOUR + r.nextLong(6 * SliceContext.HOUR));
    if (deliveredTs > t.lastSecond()) {
      o.status = shipped ? "shipped" : "placed";
      return;
    }
    o.deliveredTs = deliveredTs;
    o.late = IsoTime.dayOf(deliveredTs) > o.promisedDay;
    o.status = "delivered";
  }

  static void write(SliceContext c, SimOrder o) {
    c.out().rows(OutputTable.ORDERS)
        .str(o.id).str(c.seller().id()).str(o.buyerId).str(o.buyerMarket.name()).ts(o.orderTs).day(o.promisedDay)
        .ts(o.deliveredTs).str(o.status).money(o.amountMinor, o.buyerMarket.minorDigits)
        .str(o.buyerMarket.currency)
        .end(IsoTime.dayOf(o.orderTs));
  }
}
