package dev.sellertrust.generate;

/**
 * Ids derived from the global order number, so each is unique and stable without any shared counter: at most one
 * review and one return per order, tickets numbered within the order.
 */
final class OrderIds {
  private OrderIds() {}

  static String order(long number) {
    return "O" + pad(number);
  }

  static String review(long number) {
    return "V" + pad(number);
  }

  static String returnId(long number) {
    return "R" + pad(number);
  }

  static String ticket(long number, int k) {
    return "T" + pad(number) + "-" + k;
  }

  private static String pad(long number) {
    String digits = Long.toString(number + 1);
    return digits.length() >= 9 ? digits : "000000000".substring(digits.length()) + digits;
  }
}
