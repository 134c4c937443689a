package dev.sellertrust.job;

import dev.sellertrust.metrics.SellerSums;
import dev.sellertrust.output.Outputs;
import java.util.List;

/**
 * The outputs and the state a later daily run continues from. The outputs are computed on first use: the state
 * alone is what tomorrow needs, so a caller that only continues the chain (the 30-day simulation of the tests) pays
 * for the sums only; a run asks for both.
 */
public final class Computed {
  private final java.util.function.Supplier<Outputs> finish;
  private final SellerSums frozen;
  private final SellerSums exits;
  private final String policyFingerprint;
  private final List<String> families;
  private Outputs outputs;

  /**
   * @param frozen the settled rows' sums as of this snapshot (attribution date on or before snapshot - settleDays)
   * @param exits the same rows' sums as they will stand on the day each leaves the lookback, grouped by attribution
   *     date
   */
  Computed(java.util.function.Supplier<Outputs> finish, SellerSums frozen, SellerSums exits, String policyFingerprint,
      List<String> families) {
    this.finish = finish;
    this.frozen = frozen;
    this.exits = exits;
    this.policyFingerprint = policyFingerprint;
    this.families = families;
  }

  public Outputs outputs() {
    if (outputs == null) {
      outputs = finish.get();
    }
    return outputs;
  }

  /** Itself, with the outputs computed (so that a timed stage measures them). */
  Computed withOutputs() {
    outputs();
    return this;
  }

  public SellerSums frozen() {
    return frozen;
  }

  public SellerSums exits() {
    return exits;
  }

  public String policyFingerprint() {
    return policyFingerprint;
  }

  public List<String> families() {
    return families;
  }
}
