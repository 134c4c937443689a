package dev.sellertrust.themes;

import java.util.Locale;

/** What a review says about its order. All but {@link #ARRIVED_EARLY_OR_PRAISE} are complaints. */
public enum Theme {
  LATE_DELIVERY("buyers report late delivery"),
  NOT_RECEIVED("buyers report items not received"),
  PARTIAL_DELIVERY("buyers report part of the order missing"),
  NOT_AS_DESCRIBED("buyers report items not as described"),
  POOR_QUALITY_OR_DAMAGED("buyers report poor quality or damaged items"),
  RETURN_OR_REFUND_PROBLEM("buyers report return or refund problems"),
  SELLER_UNRESPONSIVE("buyers report an unresponsive seller"),
  ARRIVED_EARLY_OR_PRAISE("buyers praise the order or its early arrival");

  private final String phrase;

  Theme(String phrase) {
    this.phrase = phrase;
  }

  /** The snake_case name used in tables, labels and the export. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** How a reason sentence names the theme. */
  public String phrase() {
    return phrase;
  }

  public boolean isComplaint() {
    return this != ARRIVED_EARLY_OR_PRAISE;
  }

  public static Theme fromId(String id) {
    return Theme.valueOf(id.trim().toUpperCase(Locale.ROOT));
  }
}
