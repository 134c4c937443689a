package dev.sellertrust.quality;

import dev.sellertrust.config.JobConfig;
import dev.sellertrust.io.Col;
import dev.sellertrust.io.InputContract;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * What row validation needs to know about the run.
 *
 * @param snapshotDate rows dated after the end of this day (UTC) are quarantined
 * @param maxTextChars longest accepted text in any text field but a return policy's
 * @param maxPolicyTextChars longest accepted return-policy text (a whole page, so far longer than a review)
 * @param buyerKey the secret that pseudonymises buyer ids (never logged, never written)
 */
public record ValidationContext(LocalDate snapshotDate, int maxTextChars, int maxPolicyTextChars, double maxAmount,
    String buyerKey) implements Serializable {

  /** One limit for every text field, policies included. */
  public ValidationContext(LocalDate snapshotDate, int maxTextChars, double maxAmount, String buyerKey) {
    this(snapshotDate, maxTextChars, maxTextChars, maxAmount, buyerKey);
  }

  /** The limits of the config's {@code quality} section. */
  public static ValidationContext of(LocalDate snapshotDate, JobConfig.Quality quality, String buyerKey) {
    return new ValidationContext(snapshotDate, quality.maxTextChars(), quality.maxPolicyTextChars(),
        quality.maxAmount(), buyerKey);
  }

  /** The length limit of a text field of a dataset. */
  public int maxChars(String dataset, String field) {
    return InputContract.RETURN_POLICIES.name().equals(dataset) && Col.Policies.POLICY_TEXT.equals(field)
        ? maxPolicyTextChars : maxTextChars;
  }

  @Override
  public String toString() {
    return "ValidationContext[snapshotDate=" + snapshotDate + ", maxTextChars=" + maxTextChars
        + ", maxPolicyTextChars=" + maxPolicyTextChars + ", maxAmount=" + maxAmount + ", buyerKey=<redacted>]";
  }
}
