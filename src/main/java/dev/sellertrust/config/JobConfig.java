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
    Integrity integrity,
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

  /**
   * strength null = fitted over all sellers (empirical Bayes), clamped to [minStrength, maxStrength]. evidence: how
   * much a seller's own events weigh against that prior: "counted", each event in the lookback counts once (time
   * decay then only shapes the seller's rate or mean, recent events counting more), or "decayed", the events' decayed
   * total (an event half a half-life old counts half).
   */
  public record Priors(Double strength, double minStrength, double maxStrength, int minPeerSellers, String evidence)
      implements Serializable {
    public static final String COUNTED = "counted";
    public static final String DECAYED = "decayed";

    public boolean counted() {
      return COUNTED.equals(evidence);
    }
  }

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

  /**
   * corridorShare: share of the corridor's usual lateness (and of its usual delivery complaints) that is attributed to
   * logistics rather than the seller. complaintWeight: the part of the delivery component that is the share of the
   * seller's reviews with text reporting a late or missing parcel (review themes), the rest being its late rate from
   * delivery times; where orders carry no delivery times, what buyers wrote is the delivery evidence.
   */
  public record Delivery(double corridorShare, double complaintWeight) implements Serializable {}

  /**
   * Rating attribution for reviews of excused orders (arrived late or not at all, or went back as damaged in transit,
   * late delivery or changed mind). {@code excusedMode} "weight": such a review weighs {@code excusedOrderWeight} in
   * the seller's rating evidence instead of 1. "stratified": it weighs fully, but its stars are read against the
   * excused reviews of the seller's peers (shifted by the peer group's gap between other and excused reviews), and
   * {@code excusedOrderWeight} is not used. The plain average rating stays unweighted either way.
   */
  /**
   * negativeShareWeight: the part of the review component that is the seller's share of 1-2 star reviews (its
   * posterior, against zeroPoints.negativeReviewRate) rather than its mean rating. A buyer who was failed gives 1 or
   * 2 stars; the mean mixes that with how pleased the others were. orderDefectWeight: the part that is the seller's
   * order defect rate (orders with a 1-2 star review, a seller-caused return or an unanswered contact, per order,
   * against zeroPoints.orderDefectRate, fixed or read in reviews: see {@link ZeroPoints}): what buyers reported per
   * order sold rather than per review written.
   */
  public record Reviews(double excusedOrderWeight, String excusedMode, double negativeShareWeight,
      double orderDefectWeight)
      implements Serializable {
    public static final String WEIGHT = "weight";
    public static final String STRATIFIED = "stratified";

    public boolean stratified() {
      return STRATIFIED.equals(excusedMode);
    }
  }

  /**
   * The rate at which a sub-score reaches 0 (it is 100 at a rate of 0, linear between). orderDefectRate null:
   * negativeReviewRate times the platform's reviews per order, so the order defect rate, whose level depends on how
   * many buyers review at all, is read alike on every platform (the default); a number fixes it instead.
   */
  public record ZeroPoints(
      double sellerReturnRate,
      double inPolicyRejectionRate,
      double lateReturnResponseRate,
      double slowRefundRate,
      double dissatisfiedReturnRate,
      double slowResponseRate,
      double unansweredRate,
      double lateDeliveryRate,
      double deliveryComplaintRate,
      double policyMismatchRate,
      double negativeReviewRate,
      Double orderDefectRate)
      implements Serializable {}

  /**
   * minEvidenceShare: below this share of the seller's own data in its posterior (vs its peers' prior), the score is
   * provisional and the tier is insufficient_evidence, however narrow the interval. minOrders, minReviews: a seller
   * with fewer orders AND fewer reviews than these is provisional whatever its share, because where sellers differ a
   * lot the fitted prior is weak and a handful of events would already be most of the posterior. floorBandShare: a
   * seller below that floor never scores among this share of all sellers at either end of the ranking.
   */
  public record Tiers(
      double credibleLevel, double maxIntervalWidth, double minEvidenceShare, double trustedLow, double goodLow,
      double cautionHigh, int minOrders, int minReviews, double floorBandShare)
      implements Serializable {}

  public record Reasons(int max) implements Serializable {}

  /**
   * maxTextChars bounds review and other short texts; a return policy is a whole page (real ones run to tens of
   * thousands of characters), so it has its own bound, maxPolicyTextChars.
   */
  public record Quality(double maxQuarantineShare, int maxTextChars, int maxPolicyTextChars, double maxAmount)
      implements Serializable {}

  public record Privacy(String buyerKeyEnv) implements Serializable {}

  public record Output(double exportChangePoints) implements Serializable {}

  /**
   * Review-integrity signals (docs/METHODOLOGY.md, "Review integrity"). A review's weight in the rating is
   * {@code signalWeight} to the power of the number of signals it shows, and at most {@code suspiciousWeight} when it
   * is suspicious (a pattern signal or two signals); a seller is flagged when at least {@code flagMinReviews} of its
   * reviews are suspicious and either their share is at least {@code flagMinShare} or at least flagMinReviews of them
   * belong to a burst, a ring or a copied text and their share is at least {@code flagMinCoordinatedShare} (a big
   * seller's few stock phrases and loyal buyers are not a campaign).
   *
   * @param positiveMinRating the rating from which a review counts as praise (before delivery, ring, contradiction)
   * @param burstMinReviews a seller-day needs at least this many five-star (or one-star) reviews to be a burst
   * @param burstSigmas ... and that many Poisson standard deviations above the seller's own daily mean of that star
   * @param burstReviewsPerDelivery ... and more reviews of that star than this times its deliveries of the last
   *     {@code burstDeliveryDays} days
   * @param repeatMinReviews the same buyer's reviews of one seller within {@code repeatWindowDays} that make a repeat
   * @param ringMinSellers, ringMinBuyers a ring is at least ringMinBuyers buyers who praised exactly the same set of at
   *     least ringMinSellers sellers
   * @param copiedMinChars, copiedMinReviews, copiedMaxSellers a copied text: normalised, at least copiedMinChars
   *     characters, in at least copiedMinReviews reviews of different buyers, on at most copiedMaxSellers sellers
   *     (more sellers make it a stock phrase)
   */
  public record Integrity(
      boolean enabled,
      double signalWeight,
      double suspiciousWeight,
      int positiveMinRating,
      int burstMinReviews,
      double burstSigmas,
      double burstReviewsPerDelivery,
      int burstDeliveryDays,
      int repeatMinReviews,
      int repeatWindowDays,
      int ringMinSellers,
      int ringMinBuyers,
      int copiedMinChars,
      int copiedMinReviews,
      int copiedMaxSellers,
      double flagMinShare,
      int flagMinReviews,
      double flagMinCoordinatedShare)
      implements Serializable {}

  /**
   * When a complaint theme of the review texts becomes a reason: the seller has at least minReviews reviews with text,
   * and its rate is at least minRatio times its peers' and minExcess (a share, 0.03 = 3 points) above it; at most
   * maxReasons theme reasons per seller.
   */
  public record Themes(int minReviews, double minRatio, double minExcess, int maxReasons) implements Serializable {}
}
