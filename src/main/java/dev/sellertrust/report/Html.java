package dev.sellertrust.report;

import java.util.Locale;

/** Escaping and number formatting for the report: every string that comes from data goes through {@link #esc}. */
public final class Html {
  private Html() {}

  /** Escapes text for HTML element content and double- or single-quoted attributes (and SVG, which is XML). */
  public static String esc(Object value) {
    if (value == null) {
      return "";
    }
    String s = value.toString();
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> {
          // Control characters other than tab/newline are not allowed in XML (inline SVG) and mean nothing here.
          if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
            sb.append('\uFFFD');
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }

  public static String num(double v, int decimals) {
    if (Double.isNaN(v)) {
      return "–";
    }
    return String.format(Locale.ROOT, "%,." + decimals + "f", v);
  }

  public static String count(long v) {
    return String.format(Locale.ROOT, "%,d", v);
  }

  public static String pct(double share, int decimals) {
    return Double.isNaN(share) ? "–" : num(share * 100.0, decimals) + "%";
  }

  /** A coordinate for SVG: short and locale-independent. */
  static String c(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
