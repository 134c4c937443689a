package dev.sellertrust.generate;

import java.util.List;

/** One JSON object per line, keys in contract order, nulls written as null. */
final class JsonRowEncoder extends RowEncoder {
  private final String[] keys;

  JsonRowEncoder(List<String> columns, RowBuffer buffer) {
    super(columns, buffer);
    keys = new String[columns.size()];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = (i == 0 ? "\"" : ",\"") + columns.get(i) + "\":";
    }
  }

  @Override
  String fileHeader() {
    return "";
  }

  @Override
  protected void startRow() {
    sb.append('{');
  }

  @Override
  protected void startField(int index) {
    sb.append(keys[index]);
  }

  @Override
  protected void appendNull() {
    sb.append("null");
  }

  @Override
  protected void appendString(String value) {
    sb.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
  }

  @Override
  protected void quoteIfJson() {
    sb.append('"');
  }

  @Override
  protected void closeRow() {
    sb.append("}\n");
  }
}
