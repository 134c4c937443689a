package dev.sellertrust.generate;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Formatted rows of one table from one work unit, each with its partition day. Workers fill and seal it (the UTF-8
 * encoding runs in parallel); the single writer thread only copies bytes.
 */
final class RowBuffer {
  final StringBuilder text = new StringBuilder(4096);
  private int[] rowEnds = new int[256];
  private int[] days = new int[256];
  private int rows;

  private byte[] bytes;
  private int[] rowByteEnds;

  void endRow(int partitionDay) {
    if (rows == rowEnds.length) {
      rowEnds = Arrays.copyOf(rowEnds, rows * 2);
      days = Arrays.copyOf(days, rows * 2);
    }
    rowEnds[rows] = text.length();
    days[rows] = partitionDay;
    rows++;
  }

  int rows() {
    return rows;
  }

  int day(int row) {
    return days[row];
  }

  /** Encodes to UTF-8; {@code perRow} also maps row ends to byte offsets, which partitioned output needs. */
  void seal(boolean perRow) {
    bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    if (perRow) {
      rowByteEnds = new int[rows];
      int charPos = 0;
      int bytePos = 0;
      for (int row = 0; row < rows; row++) {
        for (; charPos < rowEnds[row]; charPos++) {
          bytePos += utf8Length(text.charAt(charPos));
        }
        rowByteEnds[row] = bytePos;
      }
    }
    text.setLength(0);
    text.trimToSize();
  }

  /** A surrogate pair is 4 bytes in UTF-8, i.e. 2 per half. */
  private static int utf8Length(char c) {
    return c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
  }

  byte[] bytes() {
    return bytes;
  }

  int rowStart(int row) {
    return row == 0 ? 0 : rowByteEnds[row - 1];
  }

  int rowEnd(int row) {
    return rowByteEnds[row];
  }
}
