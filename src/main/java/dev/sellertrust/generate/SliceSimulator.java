package dev.sellertrust.generate;

import dev.sellertrust.policy.PolicyTemplates;

/**
 * Generates one slice: up to {@link #SLICE_ORDERS} consecutive orders of one seller with their reviews, returns and
 * tickets, from the slice's own random stream. Slice 0 also writes the seller's own rows and policies.
 */
final class SliceSimulator {
  /** Small enough that a giant seller spreads over many threads and the in-flight memory stays bounded. */
  static final int SLICE_ORDERS = 5_000;
  /** Salt of the review-text streams. */
  private static final long TEXT_STREAM = 0x7E47L;

  private final long seed;
  private final Timeline time;
  private final BuyerPool buyers;

  SliceSimulator(long seed, Timeline time, BuyerPool buyers) {
    this.seed = seed;
    this.time = time;
    this.buyers = buyers;
  }

  void run(SellerProfile seller, int slice, UnitOutput out) {
    SliceContext c = new SliceContext(Rand.stream(seed, seller.index(), slice),
        Rand.stream(Rand.mix(seed ^ TEXT_STREAM), seller.index(), slice), seller, time, buyers, out,
        out.evidenceFor(seller.index()));
    if (slice == 0) {
      writeSeller(c);
    }
    long first = (long) slice * SLICE_ORDERS;
    long end = Math.min(seller.orders(), first + SLICE_ORDERS);
    SimOrder o = new SimOrder();
    for (long i = first; i < end; i++) {
      o.reset(seller.firstOrderNo() + i);
      OrderSimulator.simulate(c, o);
      OrderSimulator.write(c, o);
      c.evidence().countOrder(o);
      ReturnSimulator.simulate(c, o);
      ReviewSimulator.simulate(c, o);
      TicketSimulator.simulate(c, o);
    }
  }

  static int slices(long orders) {
    return (int) Math.max(1, (orders + SLICE_ORDERS - 1) / SLICE_ORDERS);
  }

  private static void writeSeller(SliceContext c) {
    SellerProfile s = c.seller();
    c.out().rows(OutputTable.SELLERS)
        .str(s.id()).str(s.name()).str(s.country().name()).str(s.category().code).day(s.joinedDay())
        .end(s.joinedDay());
    for (MarketPolicy p : s.policies()) {
      c.out().rows(OutputTable.RETURN_POLICIES)
          .str(s.id()).str(p.market()).str(p.language()).day(p.effectiveDay())
          .str(PolicyTemplates.render(p.language(), p.spec()))
          .end(p.effectiveDay());
    }
  }
}
