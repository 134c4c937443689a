package dev.sellertrust.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sellertrust.SparkTestBase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Shuffle partitions follow the input size between two per core and a ceiling; code generation is turned off for small
 * inputs only where the session allows it.
 */
class SparkSessionsTest extends SparkTestBase {
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

  @Test
  void codeGenerationIsOffWhileInputAndStateAreBothBelowTheThreshold() {
    withSettings(Map.of(SparkSessions.AUTO_CODEGEN, "true"), () -> {
      long below = SparkSessions.INTERPRETED_MAX_BYTES - 1;
      SparkSessions.chooseCodegen(spark, below, below);
      assertEquals(List.of("false", "NO_CODEGEN"), codegenSettings());
      SparkSessions.chooseCodegen(spark, SparkSessions.INTERPRETED_MAX_BYTES, 0);
      assertEquals(List.of("true", "FALLBACK"), codegenSettings());
      SparkSessions.chooseCodegen(spark, below, below);
      assertEquals(List.of("false", "NO_CODEGEN"), codegenSettings());
      SparkSessions.chooseCodegen(spark, 0, SparkSessions.INTERPRETED_MAX_BYTES);
      assertEquals(List.of("true", "FALLBACK"), codegenSettings());
    });
  }

  @Test
  void aSessionWithoutTheFlagKeepsItsOwnCodegenSettings() {
    withSettings(Map.of(SparkSessions.AUTO_CODEGEN, "false", SparkSessions.WHOLE_STAGE_CODEGEN, "true",
        SparkSessions.CODEGEN_FACTORY_MODE, "FALLBACK"), () -> {
          SparkSessions.chooseCodegen(spark, 0, 0);
          assertEquals(List.of("true", "FALLBACK"), codegenSettings());
        });
  }

  private static List<String> codegenSettings() {
    return List.of(spark.conf().get(SparkSessions.WHOLE_STAGE_CODEGEN),
        spark.conf().get(SparkSessions.CODEGEN_FACTORY_MODE));
  }
}
