package dev.sellertrust.policy;

/**
 * The kinds of wording the extractor looks for. Each {@link Lexicon} gives one regular expression per cue in its
 * language; the extraction rules themselves ({@link PolicyExtractor} and friends) are language-independent.
 */
enum Cue {
  /** Returning goods: "return", "send back", "withdrawal". */
  RETURN,
  /** Getting money back: "refund", "money back". */
  REFUND,
  /** Right before a span, marks it as a time limit: "within", "up to", "you have". Matched against the end. */
  WINDOW_PREFIX,
  /** Right after a span, marks it as a time limit: "-day return", "of", "from". Matched at the start. */
  WINDOW_SUFFIX,
  /** Right after a span, names it a window or return period ("-day window", "return"): not a refund timeline. */
  WINDOW_NOUN,
  /** After a span, the window counts from delivery: "of delivery", "from receipt". */
  ANCHOR_DELIVERY,
  ANCHOR_PURCHASE,
  ANCHOR_SHIPMENT,
  /** After a span, it counts from the seller receiving the return: a refund timeline, not a window. */
  ANCHOR_AFTER_RETURN,
  /** After a span, it counts from a request or authorisation, or before something: a deadline, not a window. */
  ANCHOR_REQUEST,
  /** A sentence about how long the refund takes: "refunds are processed", "allow ... for your refund". */
  TIMELINE,
  WARRANTY,
  /** Faulty, damaged or wrong goods: windows stated for them are not the general window. */
  DEFECT,
  /** A condition on defects: "if the item is defective". */
  CONDITIONAL_DEFECT,
  /** A condition on the absence of a defect: "if the item is found without fault", "change of mind". */
  NOT_DEFECT,
  /**
   * Opening a sentence, refers back to the case the sentence before stated: "In that case", "En ese caso", "In diesem
   * Fall", "此时". Matched at the start.
   */
  CASE_REFERENCE,
  /**
   * An exception in a sentence that says who pays: "unless", "except", "außer", "sauf", "salvo", "除非". The party
   * named pays in some cases only.
   */
  EXCEPTION,
  /**
   * A condition: "if", "si", "wenn", "若". A clause opening with a negated one after a clause with one, the two joined
   * by a semicolon ("若符合退货政策，运费以优惠券补偿；若不符合，运费由您承担"), is one case of two.
   */
  CONDITION,
  /** A negation: "not", "no", "nicht", "pas", "não", "不". */
  NEGATION,
  /** Goods taken back only when faulty: "非质量问题不予退换货", "we only accept returns of defective items". */
  DEFECT_ONLY,
  /** Right after a span, limits it to a category: "for electronics". Matched at the start. */
  CATEGORY_SUFFIX,
  SELLER_PAYS_SHIPPING,
  BUYER_PAYS_SHIPPING,
  /** A prepaid label: the seller pays, said less directly than {@link #SELLER_PAYS_SHIPPING}. */
  PREPAID_LABEL,
  FEE_CHARGED,
  FEE_NONE,
  REFUND_ORIGINAL,
  STORE_CREDIT_ONLY,
  STORE_CREDIT_OPTION,
  EXCHANGE_YES,
  EXCHANGE_NO,
  REPAIR_REPLACE,
  CONDITIONS,
  NON_RETURNABLE,
  PROOF,
  PROCEDURE,
  INTERNATIONAL,
  DISCRETIONARY,
  /** A vague time or condition instead of a number: "promptly", "as soon as possible", "reasonable time". */
  VAGUE
}
