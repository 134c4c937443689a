package dev.sellertrust.generate;

/**
 * Planted policy-versus-practice gaps of one seller. Each can only be planted where the policy states the promise
 * broken, so a detector has a stated promise to compare against.
 *
 * @param outsideWindow rejects some returns as outside_window although requested well inside the window
 * @param refundSlow refunds some returns later than the stated refund timeline
 * @param shippingDeduction promises free returns without fee, yet deducts from full refunds
 * @param noExchange offers exchanges but never grants one
 */
record Mismatches(boolean outsideWindow, boolean refundSlow, boolean shippingDeduction, boolean noExchange) {
  static final Mismatches NONE = new Mismatches(false, false, false, false);
}
