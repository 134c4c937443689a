package dev.sellertrust.generate;

import dev.sellertrust.policy.PolicySpec;
import java.util.SplittableRandom;

/**
 * At most one return per delivered order. Seller-caused reasons follow quality; damaged_in_transit and late_delivery
 * follow the lane and the actual lateness; changed_mind follows the category only. The seller's answer follows its
 * quality and its policy, except where a mismatch is planted.
 */
final class ReturnSimulator {
  private ReturnSimulator() {}

  private static final String[] SELLER_REASONS = {"defective", "not_as_described", "wrong_item"};
  private static final String[] REJECTIONS = {"condition", "non_returnable", "other"};
  /** Unanswered requests are closed by the platform after three weeks. */
  private static final long AUTO_CLOSE = 21 * SliceContext.DAY;
  /** A deduction planted on "free returns" sellers: what return postage typically costs, in EUR. */
  private static final double POSTAGE_EUR = 6.5;

  static void simulate(SliceContext c, SimOrder o) {
    if (!o.delivered()) {
      return;
    }
    SplittableRandom r = c.r();
    String reason = reason(c, o);
    if (reason == null) {
      return;
    }
    MarketPolicy policy = c.seller().policyFor(o.buyerMarket);
    int window = policy == null ? MarketPolicy.PLATFORM_WINDOW_DAYS : policy.windowOrDefault();
    long windowStart = policy != null && policy.windowFromOrder() ? o.orderTs : o.deliveredTs;
    long deadline = windowStart + window * SliceContext.DAY;
    long requested;
    if ("changed_mind".equals(reason) && Rand.chance(r, 0.08)) {
      requested = Math.max(o.deliveredTs, deadline) + SliceContext.HOUR + r.nextLong(30 * SliceContext.DAY);
    } else {
      requested = o.deliveredTs + c.hours("changed_mind".equals(reason) ? 96 : 72, 0.9);
    }
    if (requested > c.time().lastSecond()) {
      return;
    }
    o.returnReason = reason;
    o.returnRequestedTs = requested;
    boolean inWindow = requested <= deadline;
    boolean wellInside = requested <= deadline - (long) Math.max(3, 0.2 * window) * SliceContext.DAY;

    Outcome x = new Outcome();
    x.requested = requested;
    Behaviour b = c.behaviour();
    boolean answered = !Rand.chance(r, b.unansweredRate() * 0.8);
    long firstResponse = answered ? c.time().orNone(requested + c.hours(b.responseMedianHours() * 1.3, 0.9))
        : IsoTime.NO_TIME;
    if (firstResponse == IsoTime.NO_TIME) {
      unanswered(c, x, answered);
    } else {
      x.firstResponse = firstResponse;
      if (!inWindow) {
        reject(c, x, "outside_window", 0.6);
      } else if (c.seller().mismatches().outsideWindow() && wellInside && Rand.chance(r, 0.5)) {
        reject(c, x, "outside_window", 0.9);
        c.evidence().outsideWindowRejections++;
      } else if (Rand.chance(r, b.rejectInPolicyRate())) {
        reject(c, x, REJECTIONS[Rand.weighted(r, 0.5, 0.25, 0.25)], 0.75);
      } else {
        approve(c, o, policy, reason, x);
      }
    }
    o.returnStatus = x.status;
    o.refundProblem = x.problem;
    c.out().rows(OutputTable.RETURNS)
        .str(OrderIds.returnId(o.number)).str(o.id).str(c.seller().id()).ts(requested).str(reason).str(x.status)
        .str(x.rejection).str(x.resolution).ts(x.firstResponse).ts(x.resolved)
        .money(x.refundMinor, o.buyerMarket.minorDigits).bool(x.dissatisfied)
        .end(IsoTime.dayOf(requested));
  }

  private static String reason(SliceContext c, SimOrder o) {
    SplittableRandom r = c.r();
    if (o.fromComplainer && Rand.chance(r, 0.6)) {
      return "defective";
    }
    if (Rand.chance(r, c.behaviour().sellerReturnRate())) {
      return SELLER_REASONS[Rand.weighted(r, 0.5, 0.35, 0.15)];
    }
    if (Rand.chance(r, o.corridor.damageRate())) {
      return "damaged_in_transit";
    }
    if (o.late) {
      int lateDays = IsoTime.dayOf(o.deliveredTs) - o.promisedDay;
      if (Rand.chance(r, Math.min(0.35, 0.05 + 0.02 * lateDays))) {
        return "late_delivery";
      }
    }
    if (Rand.chance(r, c.seller().category().remorseRate)) {
      return "changed_mind";
    }
    return Rand.chance(r, 0.004) ? "other" : null;
  }

  /** Mutable result of one return's handling; null fields are written as empty. */
  private static final class Outcome {
    long requested;
    String status;
    String rejection;
    String resolution;
    long firstResponse = IsoTime.NO_TIME;
    long resolved = IsoTime.NO_TIME;
    long refundMinor = RowEncoder.NO_AMOUNT;
    Boolean dissatisfied;
    boolean deniedExchange;
    /** What the buyer would call a refund problem: see {@link SimOrder#refundProblem}. */
    boolean problem;
  }

  private static void unanswered(SliceContext c, Outcome x, boolean willAnswerLater) {
    long autoClose = x.requested + AUTO_CLOSE;
    if (!willAnswerLater && autoClose <= c.time().lastSecond()) {
      x.status = "closed";
      x.resolution = "none";
      x.resolved = autoClose;
      x.problem = true;
      x.dissatisfied = Rand.chance(c.r(), 0.85);
    } else {
      x.status = "requested";
    }
  }

  private static void reject(SliceContext c, Outcome x, String why, double dissatisfied) {
    x.status = "rejected";
    x.problem = true;
    x.rejection = why;
    x.resolution = "none";
    x.resolved = x.firstResponse;
    x.dissatisfied = Rand.chance(c.r(), dissatisfied);
  }

  private static void approve(SliceContext c, SimOrder o, MarketPolicy policy, String reason, Outcome x) {
    SplittableRandom r = c.r();
    PolicySpec spec = policy == null ? null : policy.spec();
    String resolution = resolution(c, spec, reason, x);
    // A partial refund for a faulty item usually lets the buyer keep it; a changed-mind one is a deducted refund.
    boolean keepsItem = "partial_refund".equals(resolution) && !"changed_mind".equals(reason);
    long received = keepsItem ? x.firstResponse : x.firstResponse + c.hours(5 * 24, 0.4);
    long completion;
    boolean slow = false;
    if (resolution.equals("refund") || resolution.equals("partial_refund") || resolution.equals("store_credit")) {
      double days = Rand.lognormal(r, c.behaviour().refundMedianDays(), 0.6);
      Integer promised = spec == null ? null : spec.refundTimelineDays();
      if (promised != null) {
        if (c.seller().mismatches().refundSlow() && Rand.chance(r, 0.6)) {
          days = promised + Rand.uniform(r, 3, 25);
          slow = true;
        } else if (days > promised) {
          // Honest sellers keep their stated timeline even when they are otherwise slow.
          days = promised * Rand.uniform(r, 0.6, 0.98);
        }
      }
      completion = received + (long) (days * SliceContext.DAY);
    } else {
      completion = received + c.hours(8 * 24, 0.5);
    }
    Timeline t = c.time();
    x.resolution = null;
    if (received > t.lastSecond()) {
      x.status = "approved";
    } else if (completion > t.lastSecond()) {
      x.status = "received";
    } else {
      boolean money = resolution.equals("refund") || resolution.equals("partial_refund")
          || resolution.equals("store_credit");
      x.status = money ? "refunded" : "closed";
      x.resolution = resolution;
      x.resolved = completion;
      if (slow) {
        c.evidence().slowRefunds++;
      }
      if (x.deniedExchange) {
        c.evidence().deniedExchanges++;
      }
      x.refundMinor = money ? refund(c, o, spec, reason, resolution) : RowEncoder.NO_AMOUNT;
      boolean deducted = resolution.equals("refund") && x.refundMinor < o.amountMinor;
      double refundDays = (completion - received) / (double) SliceContext.DAY;
      x.problem = money && (refundDays > 14 || slow || deducted);
      double p = 0.04 + 0.15 * c.bad() + (refundDays > 14 ? 0.3 : 0) + (deducted ? 0.4 : 0)
          + (resolution.equals("partial_refund") ? 0.3 : 0);
      x.dissatisfied = Rand.chance(r, Math.min(0.95, p));
    }
  }

  private static String resolution(SliceContext c, PolicySpec spec, String reason, Outcome x) {
    SplittableRandom r = c.r();
    if (spec != null && spec.storeCreditOnly() && "changed_mind".equals(reason)) {
      return "store_credit";
    }
    // Weights: refund, partial_refund, exchange, replacement, repair, store_credit.
    double[] w = switch (reason) {
      case "defective" -> new double[] {0.55, 0.10, 0.05, 0.20, c.seller().category().repairable ? 0.10 : 0, 0};
      case "not_as_described", "wrong_item" -> new double[] {0.60, 0.15, 0.15, 0.10, 0, 0};
      case "damaged_in_transit" -> new double[] {0.70, 0.05, 0, 0.25, 0, 0};
      case "late_delivery" -> new double[] {0.90, 0.10, 0, 0, 0, 0};
      case "changed_mind" -> new double[] {0.80, 0, 0.15, 0, 0, 0.05};
      default -> new double[] {0.70, 0.30, 0, 0, 0, 0};
    };
    boolean offered = spec != null && spec.exchangeOffered();
    w[2] *= offered ? 2.0 : 0.2;
    String chosen = new String[] {"refund", "partial_refund", "exchange", "replacement", "repair", "store_credit"}
        [Rand.weighted(r, w)];
    if (chosen.equals("exchange") && c.seller().mismatches().noExchange()) {
      x.deniedExchange = true;
      return "refund";
    }
    if (chosen.equals("refund") && "changed_mind".equals(reason) && chargesBuyer(spec)) {
      return "partial_refund";
    }
    return chosen;
  }

  /**
   * Full refunds repay the order amount. Honest sellers whose policy makes the buyer pay return postage or a
   * restocking fee record the deduction as partial_refund for changed_mind returns; a planted "free returns" seller
   * deducts postage but still calls it a refund.
   */
  private static long refund(SliceContext c, SimOrder o, PolicySpec spec, String reason, String resolution) {
    SplittableRandom r = c.r();
    long amount = o.amountMinor;
    long postage = Math.round(POSTAGE_EUR * o.buyerMarket.perEur * Math.pow(10, o.buyerMarket.minorDigits));
    if (resolution.equals("partial_refund")) {
      if ("changed_mind".equals(reason) && chargesBuyer(spec)) {
        double fee = spec.restockingFeePercent() == null ? 0 : spec.restockingFeePercent() / 100;
        long deduction = Math.round(fee * amount) + ("buyer".equals(spec.shippingPaidBy()) ? postage : 0);
        return Math.max(1, amount - Math.min(deduction, amount * 8 / 10));
      }
      return Math.max(1, Math.round(amount * Rand.uniform(r, 0.2, 0.7)));
    }
    if (!resolution.equals("refund")) {
      return amount;
    }
    long deduction = Math.min(postage, amount / 2);
    if (c.seller().mismatches().shippingDeduction() && deduction > 0 && Rand.chance(r, 0.7)) {
      c.evidence().deductedRefunds++;
      return amount - deduction;
    }
    return amount;
  }

  /** The policy states that a changed-mind buyer pays return postage or a restocking fee. */
  private static boolean chargesBuyer(PolicySpec spec) {
    return spec != null && ("buyer".equals(spec.shippingPaidBy())
        || (spec.restockingFeePercent() != null && spec.restockingFeePercent() > 0));
  }
}
