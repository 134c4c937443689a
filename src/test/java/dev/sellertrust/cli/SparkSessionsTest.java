package dev.sellertrust.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Shuffle partitions follow the input size between two per core and a ceiling. */
class SparkSessionsTest {
  private static final int MIN = Math.max(4, Runtime.getRuntime().availableProcessors() * 2);

  @Test
  void smallInputsKeepTwoPartitionsPerCore() {
    assertEquals(MIN, SparkSessions.shufflePartitions(0));
    assertEquals(MIN, SparkSessions.shufflePartitions(SparkSessions.BYTES_PER_SHUFFLE_PARTITION));
  }

  @Test
  void largeInputsGetOnePartitionPerSlice() {
    long slices = MIN + 40;
    assertEquals(slices, SparkSessions.shufflePartitions(slices * SparkSessions.BYTES_PER_SHUFFLE_PARTITION));
    assertEquals(slices + 1, SparkSessions.shufflePartitions(slices * SparkSessions.BYTES_PER_SHUFFLE_PARTITION + 1));
  }

  @Test
  void hugeInputsStopAtTheCeiling() {
    assertEquals(SparkSessions.MAX_SHUFFLE_PARTITIONS, SparkSessions.shufflePartitions(Long.MAX_VALUE / 2));
  }
}
