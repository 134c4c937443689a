package dev.sellertrust.quality;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What row validation needs to know about the run.
 *
 * @param snapshotDate rows dated after the end of this day (UTC) are quarantined
 * @param buyerKey the secret that pseudonymises buyer ids (never logged, never written)
 */
public record ValidationContext(LocalDate snapshotDate, int maxTextChars, double maxAmount, String buyerKey)
    implements Serializable {

  @Override
  public String toString() {
    return "ValidationContext[snapshotDate=" + snapshotDate + ", maxTextChars=" + maxTextChars
        + ", maxAmount=" + maxAmount + ", buyerKey=<redacted>]";
  }
}
