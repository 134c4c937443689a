package dev.sellertrust;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Collecting a DATE needs --add-opens=java.base/sun.util.calendar; this fails fast when surefire loses the options. */
class SmokeTest extends SparkTestBase {
  @Test
  void collectsDatesWithModuleOptions() {
    var rows = spark.sql("select date'2026-01-02' as d").collectAsList();
    assertEquals(LocalDate.of(2026, 1, 2), rows.get(0).getLocalDate(0));
  }
}
