package dev.sellertrust.generate;

/** The generated period: orders fall on [firstDay, endDay]; no event lies after {@code lastSecond} (23:59:59 UTC). */
record Timeline(int firstDay, int endDay) {
  static Timeline of(GeneratorSpec spec) {
    return new Timeline((int) spec.firstDay().toEpochDay(), (int) spec.endDate().toEpochDay());
  }

  long firstSecond() {
    return (long) firstDay * IsoTime.SECONDS_PER_DAY;
  }

  long lastSecond() {
    return (long) (endDay + 1) * IsoTime.SECONDS_PER_DAY - 1;
  }

  /** The timestamp if it is not after the end of the period, else null (the event has not happened yet). */
  long orNone(long epochSecond) {
    return epochSecond == IsoTime.NO_TIME || epochSecond > lastSecond() ? IsoTime.NO_TIME : epochSecond;
  }
}
