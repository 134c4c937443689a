package dev.sellertrust.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Review-manipulation campaigns planted on a share of sellers, with their hidden truth. Every row comes from one
 * random stream of its own, seeded apart from the honest world's, and is written after it: the same seed with
 * share 0 gives the same world without the campaign rows, which is what "the score the seller would have had without
 * its campaign" is measured against.
 *
 * <p>Campaign types, as marketplaces describe them:
 * <ul>
 *   <li>{@code burst_no_orders}: 20-60 five-star reviews over 1-3 days naming no order (or an order id that does not
 *       exist), texts from a bought pool with small variations;
 *   <li>{@code burst_fake_orders}: 15-40 cheap orders placed by 3-8 accounts over 2-4 days, each reviewed with five
 *       stars, half before the parcel arrived, texts from a bought pool;
 *   <li>{@code copied_text}: 12-30 five-star reviews without an order spread over three weeks, sharing one text pool
 *       with another seller of the same kind;
 *   <li>{@code review_ring}: 4-6 sellers whose 8-14 shared accounts each buy from and five-star every seller of the ring
 *       over two months (orders delivered, reviews after delivery, ordinary texts);
 *   <li>{@code one_star_attack}: 15-40 one-star reviews without an order over 1-2 days on an honest seller.
 * </ul>
 */
final class Campaigns {
  private Campaigns() {}

  static final String TRUTH_FILE = "manipulation_truth.csv";
  static final List<String> TRUTH_COLUMNS = List.of("seller_id", "campaign", "campaign_id", "reviews", "fake_orders",
      "first_day", "last_day");

  static final String BURST_NO_ORDERS = "burst_no_orders";
  static final String BURST_FAKE_ORDERS = "burst_fake_orders";
  static final String COPIED_TEXT = "copied_text";
  static final String REVIEW_RING = "review_ring";
  static final String ONE_STAR_ATTACK = "one_star_attack";

  /** Salt of the campaigns' stream, so it never coincides with a seller's slice streams. */
  private static final long STREAM_SALT = 0x6d616e6970756cL;

  private static final String[] PRAISE = {"Amazing seller", "Best purchase ever", "Perfect product",
      "Super fast delivery", "Highly recommend this shop", "Top quality", "Exceeded all my expectations",
      "Five stars without doubt", "Will buy again for sure", "Incredible value for money"};
  private static final String[] ATTACK = {"Terrible seller", "Total scam", "Fake product", "Worst shop online",
      "Do not buy here", "Rude and dishonest", "Complete waste of money", "Stay away from this seller"};

  /** One planted campaign row of the truth: a seller it was run for (or against). */
  record Planted(String sellerId, String campaign, int campaignId, int reviews, int fakeOrders, int firstDay,
      int lastDay) {}

  /**
   * Writes the campaign rows into {@code out} (orders and reviews) and returns the truth.
   *
   * @param profiles every seller's profile, indexed as the generator's
   */
  static List<Planted> plant(GeneratorSpec spec, SellerProfile[] profiles, Timeline time, UnitOutput out) {
    List<Planted> truth = new ArrayList<>();
    int n = profiles.length;
    int target = (int) Math.round(spec.manipulationShare() * n);
    if (target == 0 || n < 8) {
      return truth;
    }
    SplittableRandom r = new SplittableRandom(Rand.mix(spec.seed() ^ STREAM_SALT));
    int[] order = shuffled(r, n);
    int next = 0;
    int campaignId = 0;
    Counter ids = new Counter();
    // Campaigns end at least ten days before the last day, so every review is written and its order settled.
    int lastStart = time.endDay() - 12;
    int firstStart = Math.max(time.firstDay(), time.endDay() - 150);
    String[] sharedPool = null;
    while (truth.size() < target && next < n) {
      String type = pickType(r, target - truth.size());
      campaignId++;
      int start = firstStart + r.nextInt(Math.max(1, lastStart - firstStart));
      if (type.equals(REVIEW_RING)) {
        int size = Math.min(4 + r.nextInt(3), Math.min(target - truth.size(), n - next));
        List<SellerProfile> ring = new ArrayList<>();
        for (int i = 0; i < size; i++) {
          ring.add(profiles[order[next++]]);
        }
        truth.addAll(ring(r, ring, campaignId, start, time, ids, out));
        continue;
      }
      SellerProfile s = profiles[order[next++]];
      switch (type) {
        case BURST_NO_ORDERS -> truth.add(burstNoOrders(r, s, campaignId, start, ids, out));
        case BURST_FAKE_ORDERS -> truth.add(burstFakeOrders(r, s, campaignId, start, ids, out));
        case COPIED_TEXT -> {
          if (sharedPool == null) {
            sharedPool = pool(r, PRAISE, 3);
          }
          truth.add(copiedText(r, s, campaignId, start, sharedPool, ids, out));
        }
        default -> truth.add(attack(r, s, campaignId, start, ids, out));
      }
    }
    return truth;
  }

  private static String pickType(SplittableRandom r, int left) {
    int k = Rand.weighted(r, 3, 3, 2, left >= 4 ? 2 : 0, 3);
    return new String[] {BURST_NO_ORDERS, BURST_FAKE_ORDERS, COPIED_TEXT, REVIEW_RING, ONE_STAR_ATTACK}[k];
  }

  private static Planted burstNoOrders(SplittableRandom r, SellerProfile s, int id, int start, Counter ids,
      UnitOutput out) {
    int reviews = 20 + r.nextInt(41);
    int days = 1 + r.nextInt(3);
    String[] texts = pool(r, PRAISE, 2);
    for (int i = 0; i < reviews; i++) {
      long ts = second(r, start + r.nextInt(days));
      // Half name no order; the others an order id the marketplace never issued.
      String order = Rand.chance(r, 0.5) ? null : "OX-GHOST-" + id + "-" + i;
      review(out, ids, s, order, 5, ts, vary(r, Rand.pick(r, texts)));
    }
    return new Planted(s.id(), BURST_NO_ORDERS, id, reviews, 0, start, start + days - 1);
  }

  private static Planted burstFakeOrders(SplittableRandom r, SellerProfile s, int id, int start, Counter ids,
      UnitOutput out) {
    int orders = 15 + r.nextInt(26);
    int days = 2 + r.nextInt(3);
    int accounts = 3 + r.nextInt(6);
    String[] texts = pool(r, PRAISE, 2);
    Market m = s.country();
    for (int i = 0; i < orders; i++) {
      String buyer = "BX" + m.name() + "-" + id + "-" + r.nextInt(accounts);
      long orderTs = second(r, start + r.nextInt(days));
      long deliveredTs = orderTs + SliceContext.DAY + r.nextLong(SliceContext.DAY);
      String orderId = "OX-" + id + "-" + i;
      order(out, orderId, s, buyer, m, orderTs, deliveredTs, r);
      // Paid reviewers write when told to, often before the parcel (if any) has come.
      long reviewTs = Rand.chance(r, 0.5)
          ? orderTs + 3600 + r.nextLong(deliveredTs - orderTs - 3600)
          : deliveredTs + 600 + r.nextLong(SliceContext.DAY / 2);
      review(out, ids, s, orderId, 5, reviewTs, vary(r, Rand.pick(r, texts)));
    }
    return new Planted(s.id(), BURST_FAKE_ORDERS, id, orders, orders, start, start + days);
  }

  private static Planted copiedText(SplittableRandom r, SellerProfile s, int id, int start, String[] texts,
      Counter ids, UnitOutput out) {
    int reviews = 12 + r.nextInt(19);
    for (int i = 0; i < reviews; i++) {
      long ts = second(r, start + r.nextInt(21));
      review(out, ids, s, null, 5, ts, vary(r, Rand.pick(r, texts)));
    }
    return new Planted(s.id(), COPIED_TEXT, id, reviews, 0, start, start + 20);
  }

  private static List<Planted> ring(SplittableRandom r, List<SellerProfile> sellers, int id, int start,
      Timeline time, Counter ids, UnitOutput out) {
    int buyers = 8 + r.nextInt(7);
    Market m = sellers.get(0).country();
    int span = Math.min(60, time.endDay() - 12 - start);
    int[] reviews = new int[sellers.size()];
    for (int b = 0; b < buyers; b++) {
      String buyer = "BX" + m.name() + "-" + id + "-" + b;
      for (int k = 0; k < sellers.size(); k++) {
        SellerProfile s = sellers.get(k);
        long orderTs = second(r, start + r.nextInt(Math.max(1, span)));
        long deliveredTs = orderTs + 2 * SliceContext.DAY + r.nextLong(2 * SliceContext.DAY);
        String orderId = "OX-" + id + "-" + b + "-" + k;
        order(out, orderId, s, buyer, m, orderTs, deliveredTs, r);
        long reviewTs = deliveredTs + SliceContext.DAY + r.nextLong(2 * SliceContext.DAY);
        review(out, ids, s, orderId, 5, reviewTs, ReviewTexts.text(r, "en", 5, false));
        reviews[k]++;
      }
    }
    List<Planted> truth = new ArrayList<>();
    for (int k = 0; k < sellers.size(); k++) {
      truth.add(new Planted(sellers.get(k).id(), REVIEW_RING, id, reviews[k], reviews[k], start, start + span + 7));
    }
    return truth;
  }

  private static Planted attack(SplittableRandom r, SellerProfile s, int id, int start, Counter ids, UnitOutput out) {
    int reviews = 15 + r.nextInt(26);
    int days = 1 + r.nextInt(2);
    String[] texts = pool(r, ATTACK, 2);
    for (int i = 0; i < reviews; i++) {
      review(out, ids, s, null, 1, second(r, start + r.nextInt(days)), vary(r, Rand.pick(r, texts)));
    }
    return new Planted(s.id(), ONE_STAR_ATTACK, id, reviews, 0, start, start + days - 1);
  }

  private static void order(UnitOutput out, String orderId, SellerProfile s, String buyer, Market m, long orderTs,
      long deliveredTs, SplittableRandom r) {
    long minor = Math.round(Rand.uniform(r, 5, 15) * m.perEur * Math.pow(10, m.minorDigits));
    int orderDay = IsoTime.dayOf(orderTs);
    out.rows(OutputTable.ORDERS)
        .str(orderId).str(s.id()).str(buyer).str(m.name()).ts(orderTs).day(orderDay + 5).ts(deliveredTs)
        .str("delivered").money(minor, m.minorDigits).str(m.currency)
        .end(orderDay);
  }

  private static void review(UnitOutput out, Counter ids, SellerProfile s, String orderId, int rating, long ts,
      String text) {
    out.rows(OutputTable.REVIEWS)
        .str("RX" + String.format(Locale.ROOT, "%09d", ids.next())).str(s.id()).str(orderId).integer(rating).ts(ts)
        .str("en").str(rating >= 4 ? "Excellent" : "Awful").str(text).bool(orderId != null)
        .end(IsoTime.dayOf(ts));
  }

  /** {@code size} bought texts, each three phrases of {@code phrases}. */
  private static String[] pool(SplittableRandom r, String[] phrases, int size) {
    String[] texts = new String[size];
    for (int i = 0; i < size; i++) {
      texts[i] = Rand.pick(r, phrases) + ", " + Rand.pick(r, phrases).toLowerCase(Locale.ROOT) + ". "
          + Rand.pick(r, phrases) + "!";
    }
    return texts;
  }

  /** The small edits copy-pasters make: case, repeated marks, a trailing smiley. */
  private static String vary(SplittableRandom r, String text) {
    String t = Rand.chance(r, 0.3) ? text.toUpperCase(Locale.ROOT) : text;
    if (Rand.chance(r, 0.4)) {
      t = t.replace("!", "!!!");
    }
    return Rand.chance(r, 0.3) ? t + " :)" : t;
  }

  private static long second(SplittableRandom r, int day) {
    return (long) day * SliceContext.DAY + 7 * SliceContext.HOUR + r.nextLong(15 * SliceContext.HOUR);
  }

  private static int[] shuffled(SplittableRandom r, int n) {
    int[] a = new int[n];
    for (int i = 0; i < n; i++) {
      a[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      int t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
    return a;
  }

  /** Writes the truth file (header only when nothing was planted). */
  static void writeTruth(Path truthDir, List<Planted> planted) throws IOException {
    StringBuilder sb = new StringBuilder(String.join(",", TRUTH_COLUMNS)).append('\n');
    for (Planted p : planted) {
      sb.append(p.sellerId()).append(',').append(p.campaign()).append(',').append(p.campaignId()).append(',')
          .append(p.reviews()).append(',').append(p.fakeOrders()).append(',').append(IsoTime.day(p.firstDay()))
          .append(',').append(IsoTime.day(p.lastDay())).append('\n');
    }
    java.nio.file.Files.writeString(truthDir.resolve(TRUTH_FILE), sb.toString());
  }

  private static final class Counter {
    private long n;

    long next() {
      return ++n;
    }
  }
}
