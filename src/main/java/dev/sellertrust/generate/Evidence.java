package dev.sellertrust.generate;

/**
 * How many rows of one seller actually show each planted mismatch: a seller with a planted flag but no such row
 * (e.g. no returns at all) cannot be detected, and downstream tests should know. Also the seller's delivered, late
 * and undelivered orders: the causes its reviews' texts follow.
 */
final class Evidence {
  final int sellerIndex;
  int outsideWindowRejections;
  int slowRefunds;
  int deductedRefunds;
  int deniedExchanges;
  int deliveredOrders;
  int lateOrders;
  int undeliveredOrders;

  Evidence(int sellerIndex) {
    this.sellerIndex = sellerIndex;
  }

  void add(Evidence other) {
    outsideWindowRejections += other.outsideWindowRejections;
    slowRefunds += other.slowRefunds;
    deductedRefunds += other.deductedRefunds;
    deniedExchanges += other.deniedExchanges;
    deliveredOrders += other.deliveredOrders;
    lateOrders += other.lateOrders;
    undeliveredOrders += other.undeliveredOrders;
  }

  void countOrder(SimOrder o) {
    if (o.delivered()) {
      deliveredOrders++;
      lateOrders += o.late ? 1 : 0;
    } else if ("undelivered".equals(o.status)) {
      undeliveredOrders++;
    }
  }
}
