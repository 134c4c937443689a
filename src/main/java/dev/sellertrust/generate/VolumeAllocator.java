package dev.sellertrust.generate;

import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Splits the order total over sellers with heavy-tailed (lognormal) weights, exactly: marketplaces have many sellers
 * with a handful of orders and a few with most of the volume.
 */
final class VolumeAllocator {
  private VolumeAllocator() {}

  /**
   * With sigma 2 the top 1% of sellers hold about a third of the orders and the median seller gets about 1/7 of the
   * mean, e.g. 7 orders at 50 orders per seller.
   */
  static final double SIGMA = 2.0;

  private static final int WEIGHT_STREAM = -2;

  /** @param giantIndex the seller given --giant-share of all orders, or -1 */
  record Allocation(long[] orders, int giantIndex) {}

  static Allocation allocate(GeneratorSpec spec) {
    int n = spec.sellers();
    double[] weights = new double[n];
    for (int i = 0; i < n; i++) {
      SplittableRandom r = Rand.stream(spec.seed(), i, WEIGHT_STREAM);
      weights[i] = Math.exp(SIGMA * r.nextGaussian());
    }
    long[] orders = new long[n];
    long remaining = spec.orders();
    int giant = -1;
    if (spec.giantShare() > 0) {
      giant = IntStream.range(0, n).reduce((a, b) -> weights[b] > weights[a] ? b : a).orElseThrow();
      orders[giant] = Math.round(spec.giantShare() * spec.orders());
      remaining -= orders[giant];
      weights[giant] = 0;
    }
    int eligible = giant >= 0 ? n - 1 : n;
    // Every seller gets one order first when there are enough, so no seller exists without activity by accident.
    if (remaining >= eligible) {
      for (int i = 0; i < n; i++) {
        if (i != giant) {
          orders[i] = 1;
        }
      }
      remaining -= eligible;
    }
    largestRemainder(weights, remaining, orders);
    return new Allocation(orders, giant);
  }

  /** Hamilton's method: floors first, then one more to the largest fractional parts (ties by index). */
  private static void largestRemainder(double[] weights, long total, long[] orders) {
    double sum = Arrays.stream(weights).sum();
    if (total == 0 || sum == 0) {
      return;
    }
    double[] fraction = new double[weights.length];
    long assigned = 0;
    for (int i = 0; i < weights.length; i++) {
      double exact = weights[i] / sum * total;
      long floor = (long) Math.floor(exact);
      orders[i] += floor;
      assigned += floor;
      fraction[i] = exact - floor;
    }
    Integer[] byFraction = IntStream.range(0, weights.length).boxed().toArray(Integer[]::new);
    Arrays.sort(byFraction, Comparator.<Integer>comparingDouble(i -> -fraction[i]).thenComparingInt(i -> i));
    for (int k = 0; assigned < total; k++) {
      int i = byFraction[k % byFraction.length];
      if (weights[i] > 0) {
        orders[i]++;
        assigned++;
      }
    }
  }

  static long[] prefixSums(long[] orders) {
    long[] prefix = new long[orders.length + 1];
    for (int i = 0; i < orders.length; i++) {
      prefix[i + 1] = prefix[i] + orders[i];
    }
    return prefix;
  }
}
