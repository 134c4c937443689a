package dev.sellertrust.policy;

import java.io.Serializable;
import java.util.List;

/**
 * What a return policy states, as extracted by {@link PolicyExtractor}. A {@code null} fact means the text does
 * not say; {@code false} is used only where the text explicitly negates (for example "no restocking fee").
 *
 * @param windowStartsFrom "delivery", "purchase" or "shipment"
 * @param storeCredit "only" (credit instead of money) or "option" (credit offered as an alternative)
 * @param returnShippingPaidBy "buyer", "seller" or "depends" (for example seller pays only for defective items)
 * @param readabilityFormula the formula used for {@code readability}, which depends on the language
 * @param missingFacts codes of required disclosures the text does not state, see {@link ClarityScore}
 * @param vagueTerms vague time expressions found ("promptly", "reasonable time"...)
 * @param textRepairs runs of UTF-8 mis-decoded as Latin-1/Windows-1252 ("â€™") repaired before reading
 */
public record PolicyFacts(
    String language,
    boolean languageDetected,
    Integer returnWindowDays,
    String windowStartsFrom,
    Boolean refundToOriginalPayment,
    String storeCredit,
    Integer refundTimelineDays,
    String returnShippingPaidBy,
    Boolean restockingFee,
    Double restockingFeePercent,
    Boolean exchangeOffered,
    Boolean replacementOrRepairForDefective,
    Boolean conditionsStated,
    Boolean nonReturnableListed,
    Boolean proofOfPurchaseRequired,
    Boolean procedureStated,
    Boolean contactChannelGiven,
    Boolean internationalReturnsMentioned,
    Boolean discretionaryLanguage,
    List<Evidence> evidence,
    double readability,
    String readabilityFormula,
    double clarityScore,
    List<String> missingFacts,
    List<String> vagueTerms,
    int textRepairs)
    implements Serializable {

  public PolicyFacts {
    evidence = List.copyOf(evidence);
    missingFacts = List.copyOf(missingFacts);
    vagueTerms = List.copyOf(vagueTerms);
  }
}
