package dev.sellertrust.quality;

/** Quarantine reason codes (docs/DATA_QUALITY.md); a column-specific reason is written {@code code:column}. */
public final class Reasons {
  private Reasons() {}

  public static final String MALFORMED_ROW = "malformed_row";
  /** Not quarantined: the run stops (exit 3), since the parser cannot tell where the following rows end. */
  public static final String UNCLOSED_QUOTE = "unclosed_quote";
  public static final String INVALID_UTF8 = "invalid_utf8";
  public static final String MISSING_REQUIRED = "missing_required";
  public static final String INVALID_TIMESTAMP = "invalid_timestamp";
  public static final String INVALID_DATE = "invalid_date";
  public static final String INVALID_INTEGER = "invalid_integer";
  public static final String INVALID_NUMBER = "invalid_number";
  public static final String INVALID_BOOLEAN = "invalid_boolean";
  public static final String INVALID_COUNTRY = "invalid_country";
  public static final String INVALID_MARKET = "invalid_market";
  public static final String INVALID_LANGUAGE = "invalid_language";
  public static final String INVALID_CURRENCY = "invalid_currency";
  public static final String INVALID_ENUM = "invalid_enum";
  public static final String OUT_OF_RANGE = "out_of_range";
  public static final String VALUE_TOO_LONG = "value_too_long";
  public static final String NEGATIVE_DURATION = "negative_duration";
  public static final String AFTER_SNAPSHOT = "after_snapshot";
  public static final String DUPLICATE_ID = "duplicate_id";
  public static final String UNKNOWN_SELLER = "unknown_seller";
  public static final String UNKNOWN_ORDER = "unknown_order";
  /**
   * Daily runs only: the order is not among those the run read (older than twice the settle horizon, or unknown).
   * Such a row came after its order settled, or names no order; it counts for no day either way.
   */
  public static final String UNCHECKED_ORDER = "unchecked_order";
  public static final String ORDER_SELLER_MISMATCH = "order_seller_mismatch";
}
