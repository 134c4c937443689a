package dev.sellertrust.generate;

/**
 * How many rows of one seller actually show each planted mismatch: a seller with a planted flag but no such row
 * (e.g. no returns at all) cannot be detected, and downstream tests should know.
 */
final class Evidence {
  final int sellerIndex;
  int outsideWindowRejections;
  int slowRefunds;
  int deductedRefunds;
  int deniedExchanges;

  Evidence(int sellerIndex) {
    this.sellerIndex = sellerIndex;
  }

  void add(Evidence other) {
    outsideWindowRejections += other.outsideWindowRejections;
    slowRefunds += other.slowRefunds;
    deductedRefunds += other.deductedRefunds;
    deniedExchanges += other.deniedExchanges;
  }
}
