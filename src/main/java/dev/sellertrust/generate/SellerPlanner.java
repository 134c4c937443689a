package dev.sellertrust.generate;

import dev.sellertrust.policy.PolicySpec;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws a seller's traits from (seed, index) alone: quality, country, category, hidden rates, policies and planted
 * mismatches. Pure, so any thread can rebuild any seller.
 */
final class SellerPlanner {
  private static final Integer[] CLEAR_WINDOWS = {14, 30, 30, 30, 45, 60, 90};
  private static final Integer[] PARTIAL_WINDOWS = {14, 15, 30, 30, 60};
  private static final Integer[] REFUND_TIMELINES = {5, 7, 10, 14, 14, 30};

  private final long seed;
  private final int firstDay;
  private final int endDay;
  private final BuyerPool buyers;

  SellerPlanner(GeneratorSpec spec, BuyerPool buyers) {
    this.seed = spec.seed();
    this.firstDay = (int) spec.firstDay().toEpochDay();
    this.endDay = (int) spec.endDate().toEpochDay();
    this.buyers = buyers;
  }

  SellerProfile plan(int index, long orders, long firstOrderNo, boolean giant) {
    SplittableRandom r = Rand.stream(seed, index, Rand.PROFILE_STREAM);
    // Beta(4,2): mean 0.67, most sellers decent, a tail of poor ones, as in marketplace rating distributions.
    double q = Rand.clamp(Rand.beta(r, 4, 2), 0.02, 0.99);
    Market country = Market.values()[Rand.weighted(r, Market.weights(true))];
    Category category = Category.values()[Rand.weighted(r, Category.SELLER_WEIGHTS)];
    String name = SellerNames.name(r, country);
    int joinedDay = Rand.chance(r, 0.85)
        ? firstDay - 1 - (int) Math.min(3000, Rand.lognormal(r, 400, 0.8))
        : firstDay + r.nextInt(Math.max(1, (int) ((endDay - firstDay) * 0.8)));
    Behaviour behaviour = behaviour(r, q, country);
    List<MarketPolicy> policies = policies(r, q, country, joinedDay);
    Mismatches mismatches = policies.isEmpty() ? Mismatches.NONE : mismatches(r, q, policies.get(0).spec());
    String complainer = Rand.chance(r, 0.04) ? buyers.pick(r, buyerMarket(r, country, behaviour)) : null;
    return new SellerProfile(index, SellerProfile.sellerId(index), name, country, category, joinedDay, q, orders,
        firstOrderNo, giant, behaviour, List.copyOf(policies), mismatches, complainer);
  }

  static Market buyerMarket(SplittableRandom r, Market country, Behaviour b) {
    return Rand.chance(r, b.domesticShare()) ? country : Market.values()[Rand.weighted(r, Market.weights(false))];
  }

  /**
   * Rates as functions of badness (1 - q), each with its own seller-level noise so no single metric is a perfect
   * proxy. Curvature (powers above 1) keeps good sellers close together and spreads the poor ones, as real
   * complaint rates do. The response median runs from 2 h (q = 1) to 60 h (q = 0).
   */
  private static Behaviour behaviour(SplittableRandom r, double q, Market country) {
    double bad = 1 - q;
    double badNoisy = Rand.clamp(bad + 0.05 * r.nextGaussian(), 0, 1);
    return new Behaviour(
        0.01 + 0.03 * bad,
        0.22 * Math.pow(bad, 1.5) * Rand.lognormal(r, 1, 0.2),
        0.03 * bad * bad,
        (0.008 + 0.16 * Math.pow(bad, 1.3)) * Rand.lognormal(r, 1, 0.2),
        Rand.clamp((0.02 + 0.6 * Math.pow(bad, 1.5)) * Rand.lognormal(r, 1, 0.2), 0, 0.8),
        2.0 * Math.pow(30, badNoisy),
        Rand.clamp(0.4 * Math.pow(bad, 1.5) * Rand.lognormal(r, 1, 0.2), 0, 0.4),
        1.5 + 12 * Math.pow(bad, 1.5),
        // Ratings follow brand, price and presentation as much as quality (de Langhe et al., J. Consumer Research 2016).
        0.35 * r.nextGaussian(),
        Rand.chance(r, 0.25),
        0.05 + 0.08 * bad,
        Rand.clamp((country == Market.CN ? 0.15 : 0.55) + Rand.uniform(r, -0.2, 0.2), 0.02, 0.95));
  }

  /** About 75% of sellers publish a policy; better sellers slightly more often and more clearly. */
  private List<MarketPolicy> policies(SplittableRandom r, double q, Market country, int joinedDay) {
    List<MarketPolicy> out = new ArrayList<>();
    if (!Rand.chance(r, 0.62 + 0.2 * q)) {
      return out;
    }
    double clear = 0.25 + 0.4 * q;
    double vague = 0.3 - 0.2 * q;
    String clarity = switch (Rand.weighted(r, clear, 1 - clear - vague, vague)) {
      case 0 -> "clear";
      case 1 -> "partial";
      default -> "vague";
    };
    PolicySpec spec = spec(r, clarity);
    int effectiveDay = joinedDay >= firstDay ? joinedDay : Math.min(firstDay, joinedDay + r.nextInt(300));
    out.add(new MarketPolicy(MarketPolicy.ALL_MARKETS, defaultLanguage(r, country), effectiveDay, clarity, spec));
    // Some sellers localise their policy for their main export markets, sometimes with another window.
    if (Rand.chance(r, 0.25)) {
      int extra = 1 + r.nextInt(2);
      for (int k = 0; k < 20 && out.size() < 1 + extra; k++) {
        Market m = Market.values()[Rand.weighted(r, Market.weights(false))];
        if (m == country || out.stream().anyMatch(p -> p.market().equals(m.name()))) {
          continue;
        }
        PolicySpec local = spec.windowDays() != null && Rand.chance(r, 0.5)
            ? withWindow(spec, Rand.pick(r, CLEAR_WINDOWS)) : spec;
        out.add(new MarketPolicy(m.name(), m.policyLanguage(), effectiveDay, clarity, local));
      }
    }
    return out;
  }

  private static String defaultLanguage(SplittableRandom r, Market country) {
    if (country == Market.CN) {
      return Rand.chance(r, 0.4) ? "zh" : "en";
    }
    return Rand.chance(r, 0.8) ? country.policyLanguage() : "en";
  }

  private static PolicySpec spec(SplittableRandom r, String clarity) {
    switch (clarity) {
      case "clear": {
        boolean creditOnly = Rand.chance(r, 0.05);
        boolean buyerPays = Rand.chance(r, 0.5);
        Double fee = null;
        if (buyerPays ? Rand.chance(r, 0.25) : Rand.chance(r, 0.05)) {
          fee = buyerPays && Rand.chance(r, 0.5) ? 15.0 : 10.0;
        }
        return new PolicySpec(Rand.pick(r, CLEAR_WINDOWS), Rand.chance(r, 0.85) ? "delivery" : "purchase",
            !creditOnly && Rand.chance(r, 0.9), creditOnly, Rand.pick(r, REFUND_TIMELINES),
            buyerPays ? "buyer" : "seller", fee, Rand.chance(r, 0.5), false);
      }
      case "partial":
        return new PolicySpec(Rand.chance(r, 0.85) ? Rand.pick(r, PARTIAL_WINDOWS) : null,
            Rand.chance(r, 0.4) ? "delivery" : null, Rand.chance(r, 0.5), false,
            Rand.chance(r, 0.25) ? Rand.pick(r, REFUND_TIMELINES) : null,
            Rand.chance(r, 0.4) ? (Rand.chance(r, 0.5) ? "seller" : "buyer") : null, null, Rand.chance(r, 0.3),
            false);
      default:
        return new PolicySpec(null, null, false, false, null, null, null, false, true);
    }
  }

  private static PolicySpec withWindow(PolicySpec s, int windowDays) {
    return new PolicySpec(windowDays, s.windowStartsFrom(), s.refundToOriginal(), s.storeCreditOnly(),
        s.refundTimelineDays(), s.shippingPaidBy(), s.restockingFeePercent(), s.exchangeOffered(), s.vague());
  }

  /** Gaps are planted only where the policy states the promise; poorer sellers are about three times as likely. */
  private static Mismatches mismatches(SplittableRandom r, double q, PolicySpec spec) {
    double propensity = 0.5 + 1.5 * (1 - q);
    boolean freeReturns = "seller".equals(spec.shippingPaidBy())
        && (spec.restockingFeePercent() == null || spec.restockingFeePercent() == 0);
    return new Mismatches(
        spec.windowDays() != null && Rand.chance(r, 0.10 * propensity),
        spec.refundTimelineDays() != null && Rand.chance(r, 0.12 * propensity),
        freeReturns && Rand.chance(r, 0.15 * propensity),
        spec.exchangeOffered() && Rand.chance(r, 0.15 * propensity));
  }
}
