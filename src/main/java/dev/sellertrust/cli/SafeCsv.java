package dev.sellertrust.cli;

/**
 * CSV cells for people's spreadsheets: quoted per RFC 4180, and a cell starting with = + - @ (or a tab or CR) is
 * prefixed with a single quote so a spreadsheet shows it as text instead of running it as a formula (OWASP's advice).
 */
public final class SafeCsv {
  private SafeCsv() {}

  public static String cell(String value) {
    if (value == null) {
      return "";
    }
    String v = value;
    if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 && !isNumber(v)) {
      v = "'" + v;
    }
    if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r") || v.startsWith("'")) {
      v = "\"" + v.replace("\"", "\"\"") + "\"";
    }
    return v;
  }

  /** A negative number is data, not a formula: keep it numeric for the spreadsheet. */
  private static boolean isNumber(String v) {
    try {
      Double.parseDouble(v);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
