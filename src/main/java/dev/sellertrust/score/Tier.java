package dev.sellertrust.score;

/**
 * Tiers are decided on the credible interval, not the point score: "trusted" means even the pessimistic end of the
 * interval is high, "caution" that even the optimistic end is low. Too wide an interval is "insufficient_evidence".
 */
public final class Tier {
  private Tier() {}

  public static final String TRUSTED = "trusted";
  public static final String GOOD = "good";
  public static final String FAIR = "fair";
  public static final String CAUTION = "caution";
  public static final String INSUFFICIENT_EVIDENCE = "insufficient_evidence";
}
