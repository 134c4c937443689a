package dev.sellertrust.policy;

/**
 * The facts a synthetic policy should state, for {@link PolicyTemplates}. A null field is not stated.
 *
 * @param windowStartsFrom "delivery", "purchase", "shipment", or null for a window with no starting point
 * @param refundToOriginal refunds go back to the original payment method (ignored when {@code storeCreditOnly})
 * @param storeCreditOnly refunds are store credit only
 * @param shippingPaidBy "buyer", "seller" or "depends"
 * @param restockingFeePercent a fee of this percentage; 0 states "no restocking fee"
 * @param exchangeOffered true states exchanges are offered, false that they are not
 * @param vague use vague, discretionary wording and omit the window and refund timeline numbers
 */
public record PolicySpec(
    Integer windowDays,
    String windowStartsFrom,
    boolean refundToOriginal,
    boolean storeCreditOnly,
    Integer refundTimelineDays,
    String shippingPaidBy,
    Double restockingFeePercent,
    boolean exchangeOffered,
    boolean vague) {}
