package dev.sellertrust.score;

import java.util.List;

/** Columns of the published seller_scores and seller_metrics tables (docs/OUTPUTS.md). */
public final class OutputCols {
  private OutputCols() {}

  public static final String SELLER_ID = "seller_id";
  public static final String TRUST_SCORE = "trust_score";
  public static final String TRUST_SCORE_LOW = "trust_score_low";
  public static final String TRUST_SCORE_HIGH = "trust_score_high";
  public static final String TIER = "tier";
  public static final String PROVISIONAL = "provisional";
  /** Weighted share of the seller's own data in its posteriors, n / (n + prior strength): 0 = all prior. */
  public static final String EVIDENCE_SHARE = "evidence_share";
  public static final String REVIEW_COMPONENT = "review_component";
  public static final String RETURNS_COMPONENT = "returns_component";
  public static final String SERVICE_COMPONENT = "service_component";
  public static final String DELIVERY_COMPONENT = "delivery_component";
  public static final String POLICY_COMPONENT = "policy_component";
  /** The score's components, in the order the tables, the report and the backtest list them. */
  public static final List<String> COMPONENTS = List.of(REVIEW_COMPONENT, RETURNS_COMPONENT, SERVICE_COMPONENT,
      DELIVERY_COMPONENT, POLICY_COMPONENT);
  public static final String N_ORDERS = "n_orders";
  public static final String N_REVIEWS = "n_reviews";
  public static final String N_RETURNS = "n_returns";
  public static final String N_TICKETS = "n_tickets";
  public static final String REASONS = "reasons";
  public static final String PEER_GROUP = "peer_group";
  public static final String METHODOLOGY_VERSION = "methodology_version";
}
