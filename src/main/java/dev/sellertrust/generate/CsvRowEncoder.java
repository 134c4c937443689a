package dev.sellertrust.generate;

import java.util.List;

/** RFC 4180 fields (quoted only when they contain a comma, quote, CR or LF; quotes doubled), LF line ends. */
final class CsvRowEncoder extends RowEncoder {
  CsvRowEncoder(List<String> columns, RowBuffer buffer) {
    super(columns, buffer);
  }

  @Override
  String fileHeader() {
    return String.join(",", columns) + "\n";
  }

  @Override
  protected void startRow() {}

  @Override
  protected void startField(int index) {
    if (index > 0) {
      sb.append(',');
    }
  }

  @Override
  protected void appendNull() {}

  @Override
  protected void appendString(String value) {
    if (!needsQuotes(value)) {
      sb.append(value);
      return;
    }
    sb.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"') {
        sb.append('"');
      }
      sb.append(c);
    }
    sb.append('"');
  }

  /**
   * An empty string is quoted so that it stays distinguishable from a missing value; the generator never writes
   * empty strings, but truth files might.
   */
  private static boolean needsQuotes(String value) {
    if (value.isEmpty()) {
      return true;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == ',' || c == '"' || c == '\n' || c == '\r') {
        return true;
      }
    }
    return false;
  }

  @Override
  protected void closeRow() {
    sb.append('\n');
  }
}
