package dev.sellertrust.score;

import static org.apache.spark.sql.functions.*;

import org.apache.spark.sql.Column;

/**
 * A platform's reviews per order sold: how many of its buyers review at all, which sets the level of every rate
 * counted per order from reviews (the order defect rate). The score and the manifest read it through this one rule.
 */
public final class ReviewsPerOrder {
  private ReviewsPerOrder() {}

  /**
   * Lower bound: below one review per hundred orders the order defect rate is mostly returns and contacts. Upper
   * bound 1: a platform with more reviews than orders (reviews without an order) reads as one per order.
   */
  public static final double MIN = 0.01;

  public static double of(long reviews, long orders) {
    return orders > 0 ? Math.min(1.0, Math.max(MIN, (double) reviews / orders)) : 1.0;
  }

  /** The same over aggregate columns of counted reviews and orders. */
  static Column of(Column reviews, Column orders) {
    return when(orders.gt(0), least(lit(1.0), greatest(lit(MIN), reviews.divide(orders)))).otherwise(lit(1.0));
  }
}
