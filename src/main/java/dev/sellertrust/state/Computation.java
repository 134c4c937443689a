package dev.sellertrust.state;

import dev.sellertrust.config.RunRequest;
import java.time.LocalDate;
import java.util.Optional;

/**
 * How a run computes: by continuing yesterday's state (incremental) or from all inputs (full), and why. Anything
 * that could make the continuation differ from a recomputation chooses full.
 *
 * @param prior the state continued (null for full)
 * @param reason why full (null for incremental)
 */
public record Computation(StateStore.StateInfo prior, String reason, int settleDays) {

  public static Computation plan(StateStore store, RunRequest req, boolean fullRequested) {
    int settle = req.config().window().settleDays();
    if (fullRequested) {
      return full("--full was given", settle);
    }
    if (req.config().integrity().enabled()) {
      // Bursts, rings and copied texts are judged against every review of the lookback, which a continuation does not
      // read: continuing would weigh a review differently from a recomputation.
      return full("review-integrity checks (integrity.enabled) compare every review of the lookback", settle);
    }
    if (!req.buyerKeyFromEnv()) {
      return full("buyer pseudonyms use a random per-run key (" + req.config().privacy().buyerKeyEnv()
          + " is not set), so a saved state's buyers cannot be matched", settle);
    }
    LocalDate yesterday = req.snapshotDate().minusDays(1);
    Optional<StateStore.StateInfo> latest = store.latestBefore(req.snapshotDate());
    if (latest.isEmpty()) {
      return full("no saved state before " + req.snapshotDate(), settle);
    }
    StateStore.StateInfo s = latest.get();
    if (!s.snapshotDate().equals(yesterday.toString())) {
      return full("the latest saved state is of " + s.snapshotDate() + ", not of the previous day " + yesterday, settle);
    }
    if (s.formatVersion() != StateStore.FORMAT_VERSION) {
      return full("the saved state has format " + s.formatVersion() + ", this version writes " + StateStore.FORMAT_VERSION,
          settle);
    }
    if (!req.methodologyVersion().equals(s.methodologyVersion())) {
      return full("the methodology version changed (state " + s.methodologyVersion() + ", run "
          + req.methodologyVersion() + ")", settle);
    }
    if (!StateFingerprints.config(req).equals(s.configFingerprint())) {
      return full("the configuration or the input directory changed since the state of " + s.snapshotDate(), settle);
    }
    if (!StateFingerprints.buyerKey(req).equals(s.buyerKeyFingerprint())) {
      return full("the buyer-pseudonym key changed since the state of " + s.snapshotDate(), settle);
    }
    return new Computation(s, null, settle);
  }

  static Computation full(String reason, int settleDays) {
    return new Computation(null, reason, settleDays);
  }

  public Computation fallBack(String why) {
    return full(why, settleDays);
  }

  public boolean incremental() {
    return prior != null;
  }

  public String mode() {
    return incremental() ? "incremental" : "full";
  }

  public String describe() {
    return incremental()
        ? "incremental, continuing the state of " + prior.snapshotDate() + " (rows of the last " + settleDays
            + " days recomputed from the inputs)"
        : "full recomputation: " + reason;
  }
}
