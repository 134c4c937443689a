package dev.sellertrust.generate;

import java.util.List;

/**
 * Appends typed fields of one table's rows to a {@link RowBuffer}. Null values use the sentinels of
 * {@link IsoTime} and {@link #NO_AMOUNT}; subclasses decide the text format.
 */
abstract class RowEncoder {
  static final long NO_AMOUNT = Long.MIN_VALUE;

  protected final List<String> columns;
  protected final RowBuffer buffer;
  protected final StringBuilder sb;
  private int field;

  RowEncoder(List<String> columns, RowBuffer buffer) {
    this.columns = columns;
    this.buffer = buffer;
    this.sb = buffer.text;
  }

  static RowEncoder of(OutputFormat format, List<String> columns, RowBuffer buffer) {
    return format == OutputFormat.JSONL ? new JsonRowEncoder(columns, buffer) : new CsvRowEncoder(columns, buffer);
  }

  /** The text that starts a file, e.g. the CSV header; empty if the format has none. */
  abstract String fileHeader();

  protected abstract void startRow();

  protected abstract void startField(int index);

  protected abstract void appendNull();

  protected abstract void appendString(String value);

  protected abstract void closeRow();

  RowEncoder str(String value) {
    next();
    if (value == null) {
      appendNull();
    } else {
      appendString(value);
    }
    return this;
  }

  RowEncoder ts(long epochSecond) {
    next();
    if (epochSecond == IsoTime.NO_TIME) {
      appendNull();
    } else {
      quoteIfJson();
      IsoTime.appendTimestamp(sb, epochSecond);
      quoteIfJson();
    }
    return this;
  }

  RowEncoder day(int epochDay) {
    next();
    if (epochDay == IsoTime.NO_DAY) {
      appendNull();
    } else {
      quoteIfJson();
      sb.append(IsoTime.day(epochDay));
      quoteIfJson();
    }
    return this;
  }

  /** An amount in minor units, e.g. 12345 with 2 digits is 123.45. */
  RowEncoder money(long minor, int digits) {
    next();
    if (minor == NO_AMOUNT) {
      appendNull();
    } else if (digits == 0) {
      sb.append(minor);
    } else {
      long unit = digits == 2 ? 100 : (long) Math.pow(10, digits);
      sb.append(minor / unit).append('.');
      String frac = Long.toString(minor % unit);
      for (int i = frac.length(); i < digits; i++) {
        sb.append('0');
      }
      sb.append(frac);
    }
    return this;
  }

  RowEncoder integer(long value) {
    next();
    sb.append(value);
    return this;
  }

  RowEncoder bool(Boolean value) {
    next();
    if (value == null) {
      appendNull();
    } else {
      sb.append(value ? "true" : "false");
    }
    return this;
  }

  void end(int partitionDay) {
    if (field != columns.size()) {
      throw new IllegalStateException("row has " + field + " fields, table has " + columns.size() + ": " + columns);
    }
    closeRow();
    field = 0;
    buffer.endRow(partitionDay);
  }

  private void next() {
    if (field == 0) {
      startRow();
    }
    startField(field++);
  }

  protected void quoteIfJson() {}
}
