package dev.sellertrust.generate;

/**
 * A seller's hidden operating rates, all derived from its true quality q plus seller-level noise. Written to the
 * truth so a metric can be checked against the rate it estimates.
 *
 * @param lateRate seller-caused share of late deliveries, added to the corridor's own rate
 * @param lossRate seller-caused share of parcels never delivered, added to the corridor's
 * @param sellerReturnRate returns for defective / not_as_described / wrong_item per delivered order
 * @param rejectInPolicyRate share of in-window returns the seller rejects anyway
 * @param responseMedianHours median first human response to tickets and return requests
 * @param unansweredRate share of tickets never answered by a human
 * @param refundMedianDays median days from receiving a returned item to the refund
 * @param ratingShift seller-level offset of the latent star rating (brand, packaging, ...)
 * @param autoReply the seller uses an auto-responder (first_response_ts within a minute, auto_reply=true)
 * @param ticketRate baseline tickets per order, before problems add their own
 * @param domesticShare share of orders from buyers in the seller's own country
 */
record Behaviour(
    double cancelRate,
    double lateRate,
    double lossRate,
    double sellerReturnRate,
    double rejectInPolicyRate,
    double responseMedianHours,
    double unansweredRate,
    double refundMedianDays,
    double ratingShift,
    boolean autoReply,
    double ticketRate,
    double domesticShare) {}
