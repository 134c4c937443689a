package dev.sellertrust.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * A 0-100 score for how clearly a return policy tells buyers what they need to know (docs/POLICY_CLARITY.md).
 *
 * <ul>
 *   <li><b>Coverage, 55 points</b>: an equal share for each required disclosure the text states (codes listed
 *       in {@link #REQUIRED}). The list follows what the EU Consumer Rights Directive 2011/83/EU art. 6(1)
 *       requires before a distance sale (time limit, conditions, procedure, who bears return costs) and what
 *       NY General Business Law §218-a requires a posted refund policy to say (cash refund, credit or exchange;
 *       fees).</li>
 *   <li><b>Specificity, 20 points</b>: 10 for a window in days, 10 for a refund timeline in days, minus 5 per
 *       distinct vague expression ("promptly", "reasonable time"), not below 0. A number can be checked; a
 *       "reasonable time" cannot.</li>
 *   <li><b>Readability, 15 points</b>: 15 x readability / 100 with the language's formula ({@link Readability}).</li>
 *   <li><b>Contact, 10 points</b>: an e-mail address, phone number or contact form link is given.</li>
 *   <li><b>Discretion penalty, -10</b>: "at our sole discretion", "we reserve the right to refuse": the seller
 *       keeps the right to decide case by case, so the stated terms are less of a promise.</li>
 * </ul>
 * The result is clamped to [0, 100] and rounded to one decimal.
 */
public final class ClarityScore {
  private ClarityScore() {}

  /** Required disclosures, in the order they are reported in {@code missing_facts}. */
  public static final List<String> REQUIRED = List.of(
      "conditions", "return_window", "refund_method", "procedure", "return_shipping_cost", "restocking_fee",
      "cash_or_credit");

  static List<String> missingFacts(PolicyFacts f) {
    List<String> missing = new ArrayList<>();
    for (String code : REQUIRED) {
      if (!stated(code, f)) {
        missing.add(code);
      }
    }
    return missing;
  }

  static double score(PolicyFacts f, List<String> missing) {
    double coverage = 55.0 * (REQUIRED.size() - missing.size()) / REQUIRED.size();
    double specificity = (f.returnWindowDays() != null ? 10 : 0) + (f.refundTimelineDays() != null ? 10 : 0);
    specificity = Math.max(0, specificity - 5.0 * f.vagueTerms().size());
    double readability = 15.0 * f.readability() / 100.0;
    double contact = Boolean.TRUE.equals(f.contactChannelGiven()) ? 10 : 0;
    double penalty = Boolean.TRUE.equals(f.discretionaryLanguage()) ? 10 : 0;
    double total = coverage + specificity + readability + contact - penalty;
    return Math.round(Math.max(0, Math.min(100, total)) * 10) / 10.0;
  }

  private static boolean stated(String code, PolicyFacts f) {
    return switch (code) {
      case "conditions" -> Boolean.TRUE.equals(f.conditionsStated());
      case "return_window" -> f.returnWindowDays() != null;
      case "refund_method" -> f.refundToOriginalPayment() != null || f.storeCredit() != null;
      case "procedure" -> Boolean.TRUE.equals(f.procedureStated());
      case "return_shipping_cost" -> f.returnShippingPaidBy() != null;
      case "restocking_fee" -> f.restockingFee() != null;
      // NY GBL §218-a is satisfied by saying cash refund, credit, or exchange.
      case "cash_or_credit" -> f.refundToOriginalPayment() != null || f.storeCredit() != null || f.exchangeOffered() != null;
      default -> throw new IllegalArgumentException(code);
    };
  }
}
