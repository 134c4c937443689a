package dev.sellertrust.generate;

import java.util.SplittableRandom;

/**
 * Sampling helpers. Every stream is seeded from (run seed, seller, slice), never shared between threads, so the
 * output is the same whatever the thread count or scheduling.
 */
final class Rand {
  private Rand() {}

  /** Stream id of a seller's own traits, distinct from its order slices (which use 0, 1, 2, ...). */
  static final int PROFILE_STREAM = -1;

  static SplittableRandom stream(long seed, int seller, int slice) {
    return new SplittableRandom(mix(mix(seed ^ 0x5EEDL) + seller) + slice);
  }

  /** SplitMix64 finaliser: neighbouring inputs give unrelated seeds. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  static boolean chance(SplittableRandom r, double p) {
    return r.nextDouble() < p;
  }

  static double lognormal(SplittableRandom r, double median, double sigma) {
    return median * Math.exp(sigma * r.nextGaussian());
  }

  /** Beta(a, b) for integer shapes, as X/(X+Y) with X ~ Gamma(a), Y ~ Gamma(b) built from exponentials. */
  static double beta(SplittableRandom r, int a, int b) {
    double x = gammaInt(r, a);
    double y = gammaInt(r, b);
    return x / (x + y);
  }

  private static double gammaInt(SplittableRandom r, int shape) {
    double sum = 0;
    for (int i = 0; i < shape; i++) {
      sum += r.nextExponential();
    }
    return sum;
  }

  static double uniform(SplittableRandom r, double from, double to) {
    return from + (to - from) * r.nextDouble();
  }

  /** Index drawn with probability proportional to weights[i]. */
  static int weighted(SplittableRandom r, double... weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double u = r.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      u -= weights[i];
      if (u < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  static <T> T pick(SplittableRandom r, T[] values) {
    return values[r.nextInt(values.length)];
  }

  static double clamp(double v, double lo, double hi) {
    return Math.max(lo, Math.min(hi, v));
  }
}
