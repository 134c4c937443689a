package dev.sellertrust.generate;

import java.time.LocalDate;

/**
 * Formats epoch seconds as {@code 2026-03-01T10:15:00Z} and epoch days as {@code 2026-03-01} without allocating per
 * value: the generator writes tens of millions of timestamps, and java.time formatting would dominate its run time.
 */
final class IsoTime {
  private IsoTime() {}

  /** Sentinel for a null timestamp. */
  static final long NO_TIME = Long.MIN_VALUE;
  /** Sentinel for a null date. */
  static final int NO_DAY = Integer.MIN_VALUE;

  static final int SECONDS_PER_DAY = 86_400;

  private static final int CACHE_FROM = (int) LocalDate.of(2000, 1, 1).toEpochDay();
  private static final String[] DAYS = new String[(int) LocalDate.of(2061, 1, 1).toEpochDay() - CACHE_FROM];

  static {
    for (int i = 0; i < DAYS.length; i++) {
      DAYS[i] = LocalDate.ofEpochDay(CACHE_FROM + i).toString();
    }
  }

  static String day(int epochDay) {
    int i = epochDay - CACHE_FROM;
    return i >= 0 && i < DAYS.length ? DAYS[i] : LocalDate.ofEpochDay(epochDay).toString();
  }

  static int dayOf(long epochSecond) {
    return (int) Math.floorDiv(epochSecond, SECONDS_PER_DAY);
  }

  static void appendTimestamp(StringBuilder sb, long epochSecond) {
    int secondOfDay = Math.floorMod(epochSecond, SECONDS_PER_DAY);
    sb.append(day(dayOf(epochSecond))).append('T');
    twoDigits(sb, secondOfDay / 3600).append(':');
    twoDigits(sb, secondOfDay / 60 % 60).append(':');
    twoDigits(sb, secondOfDay % 60).append('Z');
  }

  private static StringBuilder twoDigits(StringBuilder sb, int v) {
    return sb.append((char) ('0' + v / 10)).append((char) ('0' + v % 10));
  }
}
