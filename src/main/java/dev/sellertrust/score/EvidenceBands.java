package dev.sellertrust.score;

/** How many orders before a day make a seller thin or established, as the backtest and the report name them. */
public final class EvidenceBands {
  private EvidenceBands() {}

  /** Thin sellers: too few orders to belong at either end of a ranking. */
  public static final int THIN_ORDERS = 10;
  /**
   * Established sellers: the population of the accuracy check against the hidden quality (50 orders before the as-of
   * date, as the methodology's acceptance criterion sets it).
   */
  public static final int ESTABLISHED_ORDERS = 50;
}
