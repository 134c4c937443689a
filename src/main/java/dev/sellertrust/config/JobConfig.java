package dev.sellertrust.config;

import java.io.Serializable;

/**
 * The job's whole configuration, resolved once on the driver (CLI > config file > jobs/config/default.json).
 * Field names are the JSON keys; {@link ConfigLoader} binds and validates them.
 */
public record JobConfig(
    Window window,
    Weights weights,
    Priors priors,
    Floors floors,
    Service service,
    Returns returns,
    Delivery delivery,
    Reviews reviews,
    ZeroPoints zeroPoints,
    Tiers tiers,
    Reasons reasons,
    Quality quality,
    Privacy privacy,
    Output output,
    Themes themes)
    implements Serializable {

  /** Events older than lookbackDays are ignored; within it each weighs 0.5^(age/halfLifeDays). */
  /**
   * @param settleDays after this many days from its order date an order and its events no longer change: the age at
   *     which open cases are judged, and the horizon incremental runs recompute from the raw inputs
   */
  public record Window(int lookbackDays, double halfLifeDays, int settleDays) implements Serializable {}

  public record Weights(double reviews, double returns, double service, double delivery, double policy)
      implements Serializable {
    public double sum() {
      return reviews + returns + service + delivery + policy;
    }
  }

  /** strength null = fitted per peer group (empirical Bayes), clamped to [minStrength, maxStrength]. */
  public record Priors(Double strength, double minStrength, double maxStrength, int minPeerSellers)
      implements Serializable {}

  /** A penalty reason needs at least minDistinctBuyers affected buyers and minEvidence observations. */
  public record Floors(int minDistinctBuyers, double minEvidence) implements Serializable {}

  public record Service(double responseTargetHours, double unansweredAfterHours) implements Serializable {}

  /**
   * returnTransitDays: how long a returned item may take to travel back. Policies state refund timelines from receipt,
   * but the input has no receipt date, so a refund is late against the policy only past timeline + transit.
   */
  public record Returns(
      double responseTargetHours,
      double refundTargetDays,
      double returnTransitDays,
      double logisticsReasonWeight,
      double otherReasonWeight,
      double changedMindWeight)
      implements Serializable {}

  /** Share of the corridor's usual lateness that is attributed to logistics rather than the seller. */
  public record Delivery(double corridorShare) implements Serializable {}

  /**
   * Rating attribution for reviews of excused orders (arrived late or not at all, or went back as damaged in transit,
   * late delivery or changed mind). {@code excusedMode} "weight": such a review weighs {@code excusedOrderWeight} in
   * the seller's rating evidence instead of 1. "stratified": it weighs fully, but its stars are read against the
   * excused reviews of the seller's peers (shifted by the peer group's gap between other and excused reviews), and
   * {@code excusedOrderWeight} is not used. The plain average rating stays unweighted either way.
   */
  public record Reviews(double excusedOrderWeight, String excusedMode) implements Serializable {
    public static final String WEIGHT = "weight";
    public static final String STRATIFIED = "stratified";

    public boolean stratified() {
      return STRATIFIED.equals(excusedMode);
    }
  }

  /** The rate at which a sub-score reaches 0 (it is 100 at a rate of 0, linear between). */
  public record ZeroPoints(
      double sellerReturnRate,
      double inPolicyRejectionRate,
      double lateReturnResponseRate,
      double slowRefundRate,
      double dissatisfiedReturnRate,
      double slowResponseRate,
      double unansweredRate,
      double lateDeliveryRate,
      double policyMismatchRate)
      implements Serializable {}

  /**
   * minEvidenceShare: below this share of the seller's own data in its posterior (vs its peers' prior), the score is
   * provisional and the tier is insufficient_evidence, however narrow the interval.
   */
  public record Tiers(
      double credibleLevel, double maxIntervalWidth, double minEvidenceShare, double trustedLow, double goodLow,
      double cautionHigh)
      implements Serializable {}

  public record Reasons(int max) implements Serializable {}

  public record Quality(double maxQuarantineShare, int maxTextChars, double maxAmount) implements Serializable {}

  public record Privacy(String buyerKeyEnv) implements Serializable {}

  public record Output(double exportChangePoints) implements Serializable {}

  /**
   * When a complaint theme of the review texts becomes a reason: the seller has at least minReviews reviews with text,
   * and its rate is at least minRatio times its peers' and minExcess (a share, 0.03 = 3 points) above it; at most
   * maxReasons theme reasons per seller.
   */
  public record Themes(int minReviews, double minRatio, double minExcess, int maxReasons) implements Serializable {}
}
