package dev.sellertrust.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Market rules a return policy must meet, as flags (an empty list means no rule is broken).
 *
 * <p><b>EU/EEA</b> (markets in {@link #EU_EEA}), Consumer Rights Directive 2011/83/EU:
 * <ul>
 *   <li>{@code eu_window_not_stated}: art. 6(1)(h) requires informing the consumer of the conditions, time limit
 *       and procedures for the right of withdrawal.</li>
 *   <li>{@code eu_window_below_14_days}: art. 9(1) gives at least 14 days to withdraw.</li>
 *   <li>{@code eu_return_cost_not_stated}: art. 6(1)(i) requires saying that the consumer bears the cost of
 *       returning the goods; under art. 14(1) the consumer bears it only if so informed.</li>
 *   <li>{@code eu_procedure_not_stated}: art. 6(1)(h), procedures for exercising the right.</li>
 *   <li>{@code eu_refund_later_than_14_days}: art. 13(1), reimbursement within 14 days of being informed of the
 *       withdrawal.</li>
 * </ul>
 * <b>US</b> (market "US", or "US-xx"): New York General Business Law §218-a requires a retailer's refund policy
 * to be posted and to say whether refunds are given in cash or as credit (or exchange); the contract has no state
 * field, so the New York rule is applied to all of "US". Restocking fees are treated as a condition of the refund
 * policy that must be disclosed, a conservative reading.
 * <ul>
 *   <li>{@code ny_refund_type_not_stated}: neither refund to the original payment nor store credit is stated.</li>
 *   <li>{@code ny_restocking_fee_not_stated}: the text says nothing about a restocking fee (not even "no fee").</li>
 * </ul>
 * Market {@code *} (all markets) gets every EU and US flag, since the policy applies in those markets too.
 */
public final class PolicyCompliance {
  private PolicyCompliance() {}

  /** The 27 EU member states (Greece as both GR and EL) and the EEA's Iceland, Liechtenstein and Norway. */
  public static final Set<String> EU_EEA = Set.of(
      "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "EL", "HU", "IE", "IT", "LV", "LT",
      "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO");

  public static final int EU_MIN_WINDOW_DAYS = 14;
  public static final int EU_MAX_REFUND_DAYS = 14;

  public static List<String> flags(PolicyFacts facts, String market) {
    String m = market == null ? "" : market.strip().toUpperCase(Locale.ROOT);
    boolean all = m.equals("*");
    List<String> flags = new ArrayList<>();
    if (all || EU_EEA.contains(m)) {
      euFlags(facts, flags);
    }
    if (all || m.equals("US") || m.startsWith("US-")) {
      nyFlags(facts, flags);
    }
    return flags;
  }

  private static void euFlags(PolicyFacts f, List<String> flags) {
    if (f.returnWindowDays() == null) {
      flags.add("eu_window_not_stated");
    } else if (f.returnWindowDays() < EU_MIN_WINDOW_DAYS) {
      flags.add("eu_window_below_14_days");
    }
    if (f.returnShippingPaidBy() == null) {
      flags.add("eu_return_cost_not_stated");
    }
    if (!Boolean.TRUE.equals(f.procedureStated())) {
      flags.add("eu_procedure_not_stated");
    }
    if (f.refundTimelineDays() != null && f.refundTimelineDays() > EU_MAX_REFUND_DAYS) {
      flags.add("eu_refund_later_than_14_days");
    }
  }

  private static void nyFlags(PolicyFacts f, List<String> flags) {
    if (f.refundToOriginalPayment() == null && f.storeCredit() == null) {
      flags.add("ny_refund_type_not_stated");
    }
    if (f.restockingFee() == null) {
      flags.add("ny_restocking_fee_not_stated");
    }
  }
}
