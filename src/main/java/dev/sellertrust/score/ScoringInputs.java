package dev.sellertrust.score;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Everything the score combines, per seller. A null table means its dataset was absent: the matching component is
 * then "not available" (null), never zero and never perfect.
 *
 * @param sellers accepted sellers
 * @param peers seller_id, peer_category, peer_market
 * @param posteriors long table of Beta posteriors (see {@link BetaPosteriors})
 * @param ratings Dirichlet rating posteriors, or null without reviews
 * @param orderSummary seller_id, n_orders, orders_w
 * @param reviewSummary seller_id, n_reviews, avg_rating, or null
 * @param returnSummary seller_id, n_returns, shares..., or null
 * @param ticketSummary seller_id, n_tickets, or null
 * @param responseTimes seller_id, first_response_p50_hours, first_response_p90_hours, or null
 * @param refundTimes seller_id, refund_time_p50_hours, or null
 * @param policies seller_id, clarity_score (null = the seller publishes no policy), or null without policies
 */
public record ScoringInputs(
    Dataset<Row> sellers,
    Dataset<Row> peers,
    Dataset<Row> posteriors,
    Dataset<Row> ratings,
    Dataset<Row> orderSummary,
    Dataset<Row> reviewSummary,
    Dataset<Row> returnSummary,
    Dataset<Row> ticketSummary,
    Dataset<Row> responseTimes,
    Dataset<Row> refundTimes,
    Dataset<Row> policies) {}
