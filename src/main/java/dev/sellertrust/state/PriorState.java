package dev.sellertrust.state;

import dev.sellertrust.metrics.SellerSums;
import java.time.LocalDate;
import java.util.List;

/**
 * Yesterday's state as an incremental run reads it.
 *
 * @param sums the settled rows' sums and bad-buyer pairs as of {@code date}
 * @param leaving the sums of the rows that leave the lookback today, as they stand today
 * @param families the stat families the state holds (one per present dataset)
 */
public record PriorState(LocalDate date, SellerSums sums, SellerSums leaving, List<String> families,
    String policyFingerprint) {

  void check(List<String> currentFamilies, String currentPolicyFingerprint) {
    if (!families.equals(currentFamilies)) {
      throw new FullRecomputationNeeded("the datasets provided changed since the state of " + date + " (state has "
          + families + ", this run " + currentFamilies + ")");
    }
    if (!policyFingerprint.equals(currentPolicyFingerprint)) {
      throw new FullRecomputationNeeded("a return policy in force changed since " + date
          + ": settled returns are judged against the policy, so they are judged again");
    }
  }
}
