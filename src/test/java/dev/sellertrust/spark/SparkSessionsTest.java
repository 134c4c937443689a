package dev.sellertrust.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.sellertrust.SparkTestBase;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.expressions.UnsafeProjection$;
import org.apache.spark.sql.execution.WholeStageCodegenExec;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.Test;

/**
 * Shuffle partitions follow the input size between two per core and a ceiling; a small run is executed without code
 * generation and without adaptive execution, each only where the session allows it.
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
      long below = SparkSessions.SMALL_RUN_MAX_BYTES - 1;
      SparkSessions.chooseExecution(spark, below, below);
      assertEquals(List.of("false", "NO_CODEGEN"), codegenSettings());
      SparkSessions.chooseExecution(spark, SparkSessions.SMALL_RUN_MAX_BYTES, 0);
      assertEquals(List.of("true", "FALLBACK"), codegenSettings());
      SparkSessions.chooseExecution(spark, below, below);
      assertEquals(List.of("false", "NO_CODEGEN"), codegenSettings());
      SparkSessions.chooseExecution(spark, 0, SparkSessions.SMALL_RUN_MAX_BYTES);
      assertEquals(List.of("true", "FALLBACK"), codegenSettings());
    });
  }

  @Test
  void aSessionWithoutTheFlagKeepsItsOwnCodegenSettings() {
    withSettings(Map.of(SparkSessions.AUTO_CODEGEN, "false", SparkSessions.WHOLE_STAGE_CODEGEN, "true",
        SparkSessions.CODEGEN_FACTORY_MODE, "FALLBACK"), () -> {
          SparkSessions.chooseExecution(spark, 0, 0);
          assertEquals(List.of("true", "FALLBACK"), codegenSettings());
        });
  }

  @Test
  void smallRunsShuffleWithoutAdaptiveExecutionIntoPartitionsSizedByInputAndState() {
    // The session's settings come back afterwards, code generation's too (a large run turns it on).
    withSettings(Map.of(SparkSessions.AUTO_SHUFFLE_PARTITIONS, "true", SparkSessions.ADAPTIVE, "true",
        SparkSessions.SHUFFLE_PARTITIONS, "2", SparkSessions.WHOLE_STAGE_CODEGEN, "false",
        SparkSessions.CODEGEN_FACTORY_MODE, "NO_CODEGEN", SparkSessions.AUTO_BROADCAST, "-1"), () -> {
          long slice = SparkSessions.BYTES_PER_SHUFFLE_PARTITION;
          SparkSessions.chooseExecution(spark, 0, 0);
          assertEquals(List.of("false", "1"), shuffleSettings());
          SparkSessions.chooseExecution(spark, slice + 1, slice);
          assertEquals(List.of("false", "3"), shuffleSettings());
          long large = SparkSessions.SMALL_RUN_MAX_BYTES;
          SparkSessions.chooseExecution(spark, large, 0);
          assertEquals(List.of("true", Integer.toString(SparkSessions.shufflePartitions(large))), shuffleSettings());
          // The state alone makes a run large; the shuffles stay sized by the input, as in a full run.
          SparkSessions.chooseExecution(spark, slice, large);
          assertEquals(List.of("true", Integer.toString(SparkSessions.shufflePartitions(slice))), shuffleSettings());
          assertEquals(new SparkSessions.Execution(true, true, SparkSessions.shufflePartitions(slice), true),
              SparkSessions.Execution.of(spark));
          SparkSessions.chooseExecution(spark, 0, 0);
          assertEquals(new SparkSessions.Execution(false, false, 1, false), SparkSessions.Execution.of(spark));
        });
  }

  @Test
  void aSessionWithoutTheFlagKeepsItsOwnShuffleSettings() {
    withSettings(Map.of(SparkSessions.AUTO_SHUFFLE_PARTITIONS, "false", SparkSessions.ADAPTIVE, "true",
        SparkSessions.SHUFFLE_PARTITIONS, "7"), () -> {
          SparkSessions.chooseExecution(spark, 0, 0);
          assertEquals(List.of("true", "7"), shuffleSettings());
        });
  }

  /**
   * The job relies on Spark honouring both settings ({@code factoryMode} is documented by Spark as internal): a Spark
   * that ignored them would make small runs slower without changing a result, so only this test would notice.
   */
  @Test
  void sparkEvaluatesWithoutGeneratedCodeWhenTurnedOff() {
    SparkSession.setActiveSession(spark);
    withSettings(Map.of(SparkSessions.AUTO_CODEGEN, "true"), () -> {
      SparkSessions.chooseExecution(spark, 0, 0);
      assertEquals(List.of("InterpretedUnsafeProjection", "false"), codegenInUse());
      SparkSessions.chooseExecution(spark, SparkSessions.SMALL_RUN_MAX_BYTES, 0);
      List<String> generated = codegenInUse();
      assertNotEquals("InterpretedUnsafeProjection", generated.get(0));
      assertEquals("true", generated.get(1));
    });
  }

  /** The class of a new projection, and whether a simple query's plan is compiled as a whole stage. */
  private static List<String> codegenInUse() {
    String projection = UnsafeProjection$.MODULE$.create(new DataType[] {DataTypes.LongType}).getClass().getSimpleName();
    boolean wholeStage = spark.range(3).selectExpr("id + 1").queryExecution().executedPlan()
        instanceof WholeStageCodegenExec;
    return List.of(projection, Boolean.toString(wholeStage));
  }

  private static List<String> shuffleSettings() {
    return List.of(spark.conf().get(SparkSessions.ADAPTIVE), spark.conf().get(SparkSessions.SHUFFLE_PARTITIONS));
  }

  private static List<String> codegenSettings() {
    return List.of(spark.conf().get(SparkSessions.WHOLE_STAGE_CODEGEN),
        spark.conf().get(SparkSessions.CODEGEN_FACTORY_MODE));
  }
}
