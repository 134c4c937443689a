package dev.sellertrust.output;

import dev.sellertrust.metrics.ReviewThemeRates;
import org.apache.spark.sql.types.StructType;

/**
 * The published schemas (docs/OUTPUTS.md). Every table is cast to its schema before it is written
 * ({@code Dataset.to}), so a change in the computation cannot silently change what analysts and platforms read.
 */
public final class OutputSchemas {
  private OutputSchemas() {}

  public static final StructType SELLER_SCORES = StructType.fromDDL(
      "seller_id STRING, trust_score DOUBLE, trust_score_low DOUBLE, trust_score_high DOUBLE, tier STRING,"
          + " provisional BOOLEAN, evidence_share DOUBLE, review_component DOUBLE, returns_component DOUBLE,"
          + " service_component DOUBLE, delivery_component DOUBLE, policy_component DOUBLE, n_orders BIGINT,"
          + " n_reviews BIGINT, n_returns BIGINT, n_tickets BIGINT, reasons ARRAY<STRING>, peer_group STRING,"
          + " methodology_version STRING, suspicious_review_share DOUBLE, review_integrity_flag BOOLEAN");

  /** One row per seller with reviews: the integrity signals behind its suspicious_review_share. */
  public static final StructType REVIEW_INTEGRITY = dev.sellertrust.integrity.SellerIntegrity.SCHEMA;

  public static final StructType SELLER_METRICS = StructType.fromDDL(
      "seller_id STRING, peer_group STRING, n_orders BIGINT, avg_rating DOUBLE, bayes_rating DOUBLE,"
          + " peer_rating DOUBLE, rating_prior_strength DOUBLE, negative_review_rate DOUBLE, return_rate DOUBLE, seller_return_rate DOUBLE,"
          + " return_rejection_rate DOUBLE, in_policy_rejection_rate DOUBLE, late_return_response_rate DOUBLE,"
          + " dissatisfied_return_rate DOUBLE, refund_time_p50_hours DOUBLE, slow_refund_rate DOUBLE,"
          + " first_response_p50_hours DOUBLE, first_response_p90_hours DOUBLE, response_within_24h_rate DOUBLE,"
          + " unanswered_rate DOUBLE, refund_share DOUBLE, exchange_share DOUBLE, replacement_share DOUBLE,"
          + " late_delivery_rate DOUBLE, corridor_late_delivery_rate DOUBLE, order_defect_rate DOUBLE,"
          + " order_defect_buyers BIGINT, policy_clarity_score DOUBLE, policy_mismatch_rate DOUBLE,"
          + " policy_window_checkable BIGINT, policy_window_breaches BIGINT, refund_timeline_checkable BIGINT,"
          + " refund_timeline_breaches BIGINT, free_return_refunds_checkable BIGINT,"
          + " free_return_refund_deductions BIGINT, exchange_promised_never_granted BOOLEAN,"
          + " methodology_version STRING," + ReviewThemeRates.metricColumnsDdl());

  /** One row per review and theme found in its text: the evidence snippet, never the review text. */
  public static final StructType REVIEW_THEMES = StructType.fromDDL(
      "review_id STRING, seller_id STRING, theme STRING, language STRING, snippet STRING");

  /** One row per seller and rate metric: the evidence, the peer prior and the posterior behind each sub-score. */
  public static final StructType SELLER_EVIDENCE = StructType.fromDDL(
      "seller_id STRING, metric STRING, bad_weighted DOUBLE, trials_weighted DOUBLE, trials BIGINT, bad_buyers BIGINT,"
          + " peer_group STRING, peer_rate DOUBLE, prior_strength DOUBLE, posterior_rate DOUBLE, posterior_sd DOUBLE,"
          + " methodology_version STRING");

  public static final StructType SELLER_CORRIDOR_METRICS = StructType.fromDDL(
      "seller_id STRING, seller_country STRING, buyer_country STRING, cross_border BOOLEAN, orders BIGINT,"
          + " return_rate DOUBLE, late_delivery_rate DOUBLE, avg_rating DOUBLE, reviews BIGINT,"
          + " first_response_p50_hours DOUBLE");

  public static final StructType QUARANTINE = StructType.fromDDL(
      "dataset STRING, reason_code STRING, reasons ARRAY<STRING>, raw_record STRING, source_file STRING");
}
