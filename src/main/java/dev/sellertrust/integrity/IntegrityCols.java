package dev.sellertrust.integrity;

import java.util.List;

/** Column names of the per-review signals and of the {@code review_integrity} table. */
public final class IntegrityCols {
  private IntegrityCols() {}

  public static final String BURST = "burst";
  public static final String NO_ORDER = "no_order";
  public static final String BEFORE_DELIVERY = "before_delivery";
  public static final String REPEAT = "repeat_buyer";
  public static final String RING = "ring";
  public static final String COPIED_TEXT = "copied_text";
  public static final String CONTRADICTION = "contradiction";
  /** Every signal, in the order the table and the explanation list them. */
  public static final List<String> SIGNALS =
      List.of(BURST, NO_ORDER, BEFORE_DELIVERY, REPEAT, RING, COPIED_TEXT, CONTRADICTION);

  public static final String SIGNAL_COUNT = "integrity_signals";
  public static final String SUSPICIOUS = "integrity_suspicious";

  public static final String REVIEWS_CHECKED = "reviews_checked";
  public static final String SUSPICIOUS_REVIEWS = "suspicious_reviews";
  public static final String SUSPICIOUS_SHARE = "suspicious_review_share";
  public static final String FLAG = "review_integrity_flag";
  public static final String WEIGHTED_REVIEWS = "weighted_reviews";
  public static final String COORDINATED_REVIEWS = "coordinated_reviews";
  public static final String ORDERS_SET_ASIDE = "orders_set_aside";

  /** Reviews showing the signal, column of {@code review_integrity}. */
  public static String signalCount(String signal) {
    return signal + "_reviews";
  }

  /** The smallest review_id showing the signal, column of {@code review_integrity}. */
  public static String example(String signal) {
    return signal + "_example";
  }

  /** Per star (5 or 1): reviews of that star, those in burst days, burst days, burst reviews without an order. */
  public static String starReviews(int star) {
    return starName(star) + "_reviews";
  }

  public static String starBurstReviews(int star) {
    return starName(star) + "_burst_reviews";
  }

  public static String starBurstDays(int star) {
    return starName(star) + "_burst_days";
  }

  public static String starBurstNoOrder(int star) {
    return starName(star) + "_burst_without_order";
  }

  private static String starName(int star) {
    return star == 5 ? "five_star" : "one_star";
  }
}
