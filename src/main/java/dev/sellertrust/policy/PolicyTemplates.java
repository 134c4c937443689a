package dev.sellertrust.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * STUB for the generator branch: renders English only, whatever the language. The policy branch owns the real
 * multilingual templates with this exact signature and replaces this file at merge.
 */
public final class PolicyTemplates {
  private PolicyTemplates() {}

  public static String render(String language, PolicySpec spec) {
    if (spec.vague()) {
      return "Returns are handled case by case at our discretion. Contact us if there is a problem with your order.";
    }
    List<String> sentences = new ArrayList<>();
    if (spec.windowDays() != null) {
      String from = spec.windowStartsFrom() == null ? "" : " of " + spec.windowStartsFrom();
      sentences.add("You may return items within " + spec.windowDays() + " days" + from + ".");
    }
    if (spec.storeCreditOnly()) {
      sentences.add("Returns are refunded as store credit only.");
    } else if (spec.refundToOriginal()) {
      sentences.add("Refunds are issued to the original payment method.");
    }
    if (spec.refundTimelineDays() != null) {
      sentences.add("Refunds are processed within " + spec.refundTimelineDays() + " days of receiving the item.");
    }
    if (spec.shippingPaidBy() != null) {
      sentences.add("Return shipping is paid by the " + spec.shippingPaidBy() + ".");
    }
    if (spec.restockingFeePercent() != null && spec.restockingFeePercent() > 0) {
      sentences.add("A restocking fee of " + spec.restockingFeePercent() + "% applies.");
    }
    if (spec.exchangeOffered()) {
      sentences.add("Exchanges are available.");
    }
    return sentences.isEmpty() ? "Returns accepted." : String.join(" ", sentences);
  }
}
