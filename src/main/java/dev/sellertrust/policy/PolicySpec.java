package dev.sellertrust.policy;

/**
 * STUB for the generator branch: the policy branch owns the real record with exactly this shape and replaces this
 * file at merge. Null fields mean "the policy does not say".
 *
 * @param windowStartsFrom "delivery" or "order"
 * @param shippingPaidBy "seller" (free returns) or "buyer"
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
