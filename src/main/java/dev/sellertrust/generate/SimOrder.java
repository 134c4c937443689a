package dev.sellertrust.generate;

/**
 * The facts of one order that later events (review, return, tickets) depend on. One instance is reused per slice,
 * because a slice can hold thousands of orders and only one is simulated at a time.
 */
final class SimOrder {
  long number;
  String id;
  Market buyerMarket;
  String buyerId;
  boolean fromComplainer;
  Corridor corridor;
  long orderTs;
  long shippedTs;
  int promisedDay;
  long deliveredTs;
  String status;
  boolean late;
  long amountMinor;

  /** Set by the return simulation: the return's reason, or null when there was no return. */
  String returnReason;
  long returnRequestedTs;
  String returnStatus;
  /** The return was refused, never answered, refunded late (over 14 days) or refunded short. */
  boolean refundProblem;

  void reset(long orderNumber) {
    number = orderNumber;
    id = OrderIds.order(orderNumber);
    fromComplainer = false;
    deliveredTs = IsoTime.NO_TIME;
    late = false;
    returnReason = null;
    returnRequestedTs = IsoTime.NO_TIME;
    returnStatus = null;
    refundProblem = false;
  }

  boolean delivered() {
    return deliveredTs != IsoTime.NO_TIME;
  }

  boolean sellerFault() {
    return "defective".equals(returnReason) || "not_as_described".equals(returnReason)
        || "wrong_item".equals(returnReason);
  }
}
