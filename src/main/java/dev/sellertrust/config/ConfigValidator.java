package dev.sellertrust.config;

/** Range checks that JSON types cannot express; each failure names its key. */
final class ConfigValidator {
  private ConfigValidator() {}

  static void validate(JobConfig c) {
    positive("window.lookbackDays", c.window().lookbackDays());
    positive("window.halfLifeDays", c.window().halfLifeDays());
    positive("window.settleDays", c.window().settleDays());
    if (c.window().settleDays() >= c.window().lookbackDays()) {
      throw new ConfigException("config key 'window.settleDays' (" + c.window().settleDays()
          + ") must be smaller than window.lookbackDays (" + c.window().lookbackDays() + ")");
    }
    nonNegative("weights.reviews", c.weights().reviews());
    nonNegative("weights.returns", c.weights().returns());
    nonNegative("weights.service", c.weights().service());
    nonNegative("weights.delivery", c.weights().delivery());
    nonNegative("weights.policy", c.weights().policy());
    if (c.weights().sum() <= 0) {
      throw new ConfigException("config key 'weights' must have at least one positive weight");
    }
    if (c.priors().strength() != null) {
      positive("priors.strength", c.priors().strength());
    }
    positive("priors.minStrength", c.priors().minStrength());
    if (!java.util.List.of(JobConfig.Priors.COUNTED, JobConfig.Priors.DECAYED).contains(c.priors().evidence())) {
      throw new ConfigException("config key 'priors.evidence' must be \"counted\" or \"decayed\", not "
          + c.priors().evidence());
    }
    if (c.priors().maxStrength() < c.priors().minStrength()) {
      throw new ConfigException("config key 'priors.maxStrength' must be >= priors.minStrength");
    }
    positive("priors.minPeerSellers", c.priors().minPeerSellers());
    positive("floors.minDistinctBuyers", c.floors().minDistinctBuyers());
    nonNegative("floors.minEvidence", c.floors().minEvidence());
    positive("service.responseTargetHours", c.service().responseTargetHours());
    positive("service.unansweredAfterHours", c.service().unansweredAfterHours());
    positive("returns.responseTargetHours", c.returns().responseTargetHours());
    positive("returns.refundTargetDays", c.returns().refundTargetDays());
    nonNegative("returns.returnTransitDays", c.returns().returnTransitDays());
    unit("returns.logisticsReasonWeight", c.returns().logisticsReasonWeight());
    unit("returns.otherReasonWeight", c.returns().otherReasonWeight());
    unit("returns.changedMindWeight", c.returns().changedMindWeight());
    integrity(c.integrity());
    unit("delivery.corridorShare", c.delivery().corridorShare());
    unit("delivery.complaintWeight", c.delivery().complaintWeight());
    unit("reviews.excusedOrderWeight", c.reviews().excusedOrderWeight());
    unit("reviews.negativeShareWeight", c.reviews().negativeShareWeight());
    unit("reviews.orderDefectWeight", c.reviews().orderDefectWeight());
    if (c.reviews().negativeShareWeight() + c.reviews().orderDefectWeight() > 1) {
      throw new ConfigException("config keys 'reviews.negativeShareWeight' + 'reviews.orderDefectWeight' must be at most 1");
    }
    String mode = c.reviews().excusedMode();
    if (!JobConfig.Reviews.WEIGHT.equals(mode) && !JobConfig.Reviews.STRATIFIED.equals(mode)) {
      throw new ConfigException("config key 'reviews.excusedMode' must be \"" + JobConfig.Reviews.WEIGHT + "\" or \""
          + JobConfig.Reviews.STRATIFIED + "\", got " + (mode == null ? "null" : "\"" + mode + "\""));
    }
    var z = c.zeroPoints();
    openUnit("zeroPoints.sellerReturnRate", z.sellerReturnRate());
    openUnit("zeroPoints.inPolicyRejectionRate", z.inPolicyRejectionRate());
    openUnit("zeroPoints.lateReturnResponseRate", z.lateReturnResponseRate());
    openUnit("zeroPoints.slowRefundRate", z.slowRefundRate());
    openUnit("zeroPoints.dissatisfiedReturnRate", z.dissatisfiedReturnRate());
    openUnit("zeroPoints.slowResponseRate", z.slowResponseRate());
    openUnit("zeroPoints.unansweredRate", z.unansweredRate());
    openUnit("zeroPoints.lateDeliveryRate", z.lateDeliveryRate());
    openUnit("zeroPoints.deliveryComplaintRate", z.deliveryComplaintRate());
    openUnit("zeroPoints.policyMismatchRate", z.policyMismatchRate());
    openUnit("zeroPoints.negativeReviewRate", z.negativeReviewRate());
    if (z.orderDefectRate() != null) {
      openUnit("zeroPoints.orderDefectRate", z.orderDefectRate());
    }
    var t = c.tiers();
    if (!(t.credibleLevel() > 0 && t.credibleLevel() < 1)) {
      throw new ConfigException("config key 'tiers.credibleLevel' must be between 0 and 1 (exclusive)");
    }
    between("tiers.maxIntervalWidth", t.maxIntervalWidth(), 0, 100);
    unit("tiers.minEvidenceShare", t.minEvidenceShare());
    unit("integrity.flagMinCoordinatedShare", c.integrity().flagMinCoordinatedShare());
    if (t.minOrders() < 0 || t.minReviews() < 0) {
      throw new ConfigException("config keys 'tiers.minOrders' and 'tiers.minReviews' must be >= 0");
    }
    if (!(t.floorBandShare() >= 0 && t.floorBandShare() < 0.5)) {
      throw new ConfigException("config key 'tiers.floorBandShare' must be >= 0 and < 0.5, was " + t.floorBandShare());
    }
    between("tiers.trustedLow", t.trustedLow(), 0, 100);
    between("tiers.goodLow", t.goodLow(), 0, t.trustedLow());
    between("tiers.cautionHigh", t.cautionHigh(), 0, 100);
    positive("reasons.max", c.reasons().max());
    positive("themes.minReviews", c.themes().minReviews());
    positive("themes.maxReasons", c.themes().maxReasons());
    between("themes.minRatio", c.themes().minRatio(), 1, 100);
    unit("themes.minExcess", c.themes().minExcess());
    unit("quality.maxQuarantineShare", c.quality().maxQuarantineShare());
    positive("quality.maxTextChars", c.quality().maxTextChars());
    positive("quality.maxPolicyTextChars", c.quality().maxPolicyTextChars());
    positive("quality.maxAmount", c.quality().maxAmount());
    if (c.privacy().buyerKeyEnv() == null || c.privacy().buyerKeyEnv().isBlank()) {
      throw new ConfigException("config key 'privacy.buyerKeyEnv' must name an environment variable");
    }
    nonNegative("output.exportChangePoints", c.output().exportChangePoints());
  }

  private static void positive(String key, double v) {
    if (!(v > 0)) {
      throw new ConfigException("config key '" + key + "' must be > 0, got " + v);
    }
  }

  private static void nonNegative(String key, double v) {
    if (!(v >= 0)) {
      throw new ConfigException("config key '" + key + "' must be >= 0, got " + v);
    }
  }

  private static void unit(String key, double v) {
    between(key, v, 0, 1);
  }

  private static void openUnit(String key, double v) {
    if (!(v > 0 && v <= 1)) {
      throw new ConfigException("config key '" + key + "' must be in (0, 1], got " + v);
    }
  }

  private static void between(String key, double v, double lo, double hi) {
    if (!(v >= lo && v <= hi)) {
      throw new ConfigException("config key '" + key + "' must be between " + lo + " and " + hi + ", got " + v);
    }
  }

  private static void integrity(JobConfig.Integrity g) {
    if (g == null) {
      throw new ConfigException("config key 'integrity' is missing");
    }
    unit("integrity.signalWeight", g.signalWeight());
    unit("integrity.suspiciousWeight", g.suspiciousWeight());
    if (g.positiveMinRating() < 1 || g.positiveMinRating() > 5) {
      throw new ConfigException("config key 'integrity.positiveMinRating' must be 1-5, got " + g.positiveMinRating());
    }
    positive("integrity.burstMinReviews", g.burstMinReviews());
    nonNegative("integrity.burstSigmas", g.burstSigmas());
    nonNegative("integrity.burstReviewsPerDelivery", g.burstReviewsPerDelivery());
    positive("integrity.burstDeliveryDays", g.burstDeliveryDays());
    if (g.repeatMinReviews() < 2) {
      throw new ConfigException("config key 'integrity.repeatMinReviews' must be at least 2, got " + g.repeatMinReviews());
    }
    positive("integrity.repeatWindowDays", g.repeatWindowDays());
    if (g.ringMinSellers() < 2 || g.ringMinBuyers() < 2) {
      throw new ConfigException("config keys 'integrity.ringMinSellers' and 'integrity.ringMinBuyers' must be at least 2");
    }
    positive("integrity.copiedMinChars", g.copiedMinChars());
    if (g.copiedMinReviews() < 2) {
      throw new ConfigException("config key 'integrity.copiedMinReviews' must be at least 2, got " + g.copiedMinReviews());
    }
    positive("integrity.copiedMaxSellers", g.copiedMaxSellers());
    unit("integrity.flagMinShare", g.flagMinShare());
    positive("integrity.flagMinReviews", g.flagMinReviews());
  }
}
