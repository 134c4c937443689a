package dev.sellertrust.io;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Test-only hook for the kill tests: with {@code -Dsellertrust.test.pauseAt=<point>} the job logs
 * "test hook: paused at <point>" and sleeps there, so a test can kill -9 it at a known step. Points: {@code write}
 * (everything computed, the new state written but not committed, the first table staged) and {@code publish} (after the old partitions were moved aside and the first new one renamed into place).
 * Without the property (every production run) it does nothing.
 */
public final class PausePoints {
  public static final String PROPERTY = "sellertrust.test.pauseAt";
  private static final Logger LOG = LoggerFactory.getLogger("dev.sellertrust.progress");

  private PausePoints() {}

  public static void reach(String point) {
    if (!point.equals(System.getProperty(PROPERTY))) {
      return;
    }
    LOG.warn("test hook: paused at {}", point);
    try {
      Thread.sleep(Long.MAX_VALUE);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
