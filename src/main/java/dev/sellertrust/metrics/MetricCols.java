package dev.sellertrust.metrics;

/** Column names shared by the metric transforms. */
public final class MetricCols {
  private MetricCols() {}

  public static final String SELLER_ID = "seller_id";
  public static final String ORDER_ID = "order_id";
  public static final String BUYER_KEY = "buyer_key";
  public static final String BUYER_COUNTRY = "buyer_country";
  public static final String SELLER_COUNTRY = "seller_country";
  public static final String ORDER_DATE = "order_date";
  /**
   * The date an event counts on: its order's date when it names a known order, else its own date. Decay weights,
   * the lookback and the settle horizon of incremental runs are all measured from it.
   */
  public static final String ATTR_DATE = "attr_date";
  /** Time-decay weight of an event, from its order date: 0.5^(age/halfLife). */
  public static final String W = "w";

  /** The long evidence table: one row per seller and binomial metric. */
  public static final String METRIC = "metric";
  public static final String BAD = "bad";
  public static final String TRIALS = "trials";
  public static final String N_RAW = "n_raw";
  public static final String BAD_BUYERS = "bad_buyers";
  /** Delivery only: the lateness the seller's corridors would predict (weighted), for attribution. */
  public static final String EXPECTED_BAD = "expected_bad";
}
