package dev.sellertrust.metrics;

/** The binomial metrics of the evidence table: each is a rate of a bad outcome among opportunities. */
public final class Metric {
  private Metric() {}

  public static final String NEGATIVE_REVIEW = "negative_review";
  public static final String SELLER_RETURN = "seller_return";
  public static final String ANY_RETURN = "any_return";
  public static final String IN_POLICY_REJECTION = "in_policy_rejection";
  public static final String REJECTION = "rejection";
  public static final String LATE_RETURN_RESPONSE = "late_return_response";
  public static final String SLOW_REFUND = "slow_refund";
  public static final String DISSATISFIED_RETURN = "dissatisfied_return";
  public static final String SLOW_RESPONSE = "slow_response";
  public static final String UNANSWERED = "unanswered";
  public static final String LATE_DELIVERY = "late_delivery";
  /** A review with text that reports a late or missing parcel (review themes), among reviews with text. */
  public static final String DELIVERY_COMPLAINT = "delivery_complaint";
  public static final String ORDER_DEFECT = "order_defect";
  public static final String POLICY_MISMATCH = "policy_mismatch";

  /** Metrics whose distinct bad buyers are counted (all but the any-return rate). */
  public static final java.util.List<String> WITH_BUYER_FLOORS = java.util.List.of(NEGATIVE_REVIEW, SELLER_RETURN,
      IN_POLICY_REJECTION, REJECTION, LATE_RETURN_RESPONSE, SLOW_REFUND, DISSATISFIED_RETURN, SLOW_RESPONSE, UNANSWERED,
      LATE_DELIVERY, DELIVERY_COMPLAINT, ORDER_DEFECT, POLICY_MISMATCH);

  /** Every metric the evidence table can hold. */
  public static final java.util.List<String> ALL = java.util.stream.Stream.concat(
      java.util.stream.Stream.of(ANY_RETURN), WITH_BUYER_FLOORS.stream()).toList();
}
