package dev.sellertrust.generate;

import java.util.SplittableRandom;

/**
 * After-sales tickets: about half of returns and of late or lost parcels lead to one, plus a quality-dependent
 * baseline. Response time is lognormal around the seller's median; some tickets are never answered. Sellers with an
 * auto-responder answer within a minute (auto_reply=true) and their human answer only shows as resolved_ts.
 */
final class TicketSimulator {
  private TicketSimulator() {}

  private static final String[] CHANNELS = {"email", "chat", "phone", "platform_message"};
  private static final double[] CHANNEL_WEIGHTS = {0.35, 0.25, 0.10, 0.30};

  static void simulate(SliceContext c, SimOrder o) {
    SplittableRandom r = c.r();
    int k = 0;
    if (o.returnReason != null && Rand.chance(r, 0.45)) {
      String topic = "refunded".equals(o.returnStatus) && Rand.chance(r, 0.3) ? "refund" : "return";
      ticket(c, o, ++k, topic, o.returnRequestedTs + r.nextLong(48 * SliceContext.HOUR), true);
    }
    boolean overdue = o.late || ("undelivered".equals(o.status));
    if (overdue && Rand.chance(r, 0.45)) {
      long opened = (long) (o.promisedDay + 1) * SliceContext.DAY + r.nextLong(72 * SliceContext.HOUR);
      ticket(c, o, ++k, "delivery", opened, true);
    }
    if (Rand.chance(r, c.behaviour().ticketRate())) {
      // Pre-sale questions carry no order link.
      boolean linked = !Rand.chance(r, 0.1);
      String topic = linked
          ? new String[] {"product", "other", "refund", "delivery"}[Rand.weighted(r, 0.4, 0.3, 0.1, 0.2)]
          : Rand.chance(r, 0.6) ? "product" : "other";
      long opened = linked ? o.orderTs + r.nextLong(10 * SliceContext.DAY) : o.orderTs - r.nextLong(2 * SliceContext.DAY);
      ticket(c, o, ++k, topic, opened, linked);
    }
  }

  private static void ticket(SliceContext c, SimOrder o, int k, String topic, long opened, boolean linked) {
    Timeline t = c.time();
    long sellerStart = Math.max(t.firstSecond(), (long) c.seller().joinedDay() * SliceContext.DAY);
    if (opened > t.lastSecond() || opened < sellerStart) {
      return;
    }
    SplittableRandom r = c.r();
    Behaviour b = c.behaviour();
    double q = c.seller().quality();
    boolean human = !Rand.chance(r, b.unansweredRate());
    long humanReply = human ? opened + c.hours(b.responseMedianHours(), 0.75) : IsoTime.NO_TIME;
    long first;
    long resolved;
    if (b.autoReply()) {
      first = opened + 5 + r.nextInt(50);
      resolved = human ? humanReply + c.hours(6, 1.0) : IsoTime.NO_TIME;
    } else {
      first = humanReply;
      resolved = human && Rand.chance(r, 0.85 + 0.1 * q)
          ? humanReply + c.hours(6 * (1 + 2 * c.bad()), 1.0) : IsoTime.NO_TIME;
    }
    first = t.orNone(first);
    resolved = first == IsoTime.NO_TIME ? IsoTime.NO_TIME : t.orNone(resolved);
    boolean slow = human && humanReply - opened > 24 * SliceContext.HOUR;
    Boolean satisfied = resolved != IsoTime.NO_TIME && Rand.chance(r, 0.7)
        ? Rand.chance(r, Rand.clamp(0.2 + 0.7 * q - (slow ? 0.15 : 0), 0.02, 0.98)) : null;
    boolean reopened = resolved != IsoTime.NO_TIME && Rand.chance(r, 0.03 + 0.2 * c.bad());
    c.out().rows(OutputTable.SERVICE_TICKETS)
        .str(OrderIds.ticket(o.number, k)).str(c.seller().id()).str(linked ? o.id : null)
        .str(CHANNELS[Rand.weighted(r, CHANNEL_WEIGHTS)]).str(topic).ts(opened).ts(first).ts(resolved)
        .bool(b.autoReply() && first != IsoTime.NO_TIME).bool(satisfied).bool(reopened)
        .end(IsoTime.dayOf(opened));
  }
}
