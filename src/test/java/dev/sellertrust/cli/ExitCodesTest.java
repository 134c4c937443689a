package dev.sellertrust.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellertrust.SparkTestBase;
import dev.sellertrust.quality.Fixture;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a scheduler sees: the exit code of {@link TrustScoreCli#execute} and one "error:" line on stderr. */
class ExitCodesTest extends SparkTestBase {
  @TempDir Path tmp;

  /** Validation persists the checked datasets; release them so the shared session does not accumulate them. */
  @org.junit.jupiter.api.AfterEach
  void releaseCache() {
    spark.catalog().clearCache();
  }

  private record Outcome(int code, String err) {}

  private Outcome run(Map<String, String> files, String configJson) throws IOException {
    Path in = tmp.resolve("in");
    Fixture.write(in, files);
    Path cfg = tmp.resolve("config.json");
    Files.writeString(cfg, configJson);
    PrintStream old = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    try {
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      code = TrustScoreCli.execute("run", "--input", in.toString(), "--output", tmp.resolve("out").toString(),
          "--snapshot-date", Fixture.SNAPSHOT.toString(), "--config", cfg.toString());
    } finally {
      System.setErr(old);
    }
    String errorLines = err.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("error:"))
        .reduce((a, b) -> a + "\n" + b).orElse("");
    return new Outcome(code, errorLines);
  }

  private static Map<String, String> sellersAndOrders() {
    return new java.util.LinkedHashMap<>(Map.of("sellers.csv", Fixture.SELLERS, "orders.csv", Fixture.ORDERS));
  }

  @Test
  void memoryErrorsAreToldApartFromBugs() {
    // As a task's error reaches the driver: the text of a stage failure, wrapped by the checkpoint that ran it.
    Exception stageFailure = new RuntimeException("wrapped", new org.apache.spark.SparkException(
        "Job aborted due to stage failure: Task 0 in stage 949.0 failed 1 times, most recent failure: Lost task 0.0 "
            + "(localhost executor driver): org.apache.spark.memory.SparkOutOfMemoryError: [UNABLE_TO_ACQUIRE_MEMORY]"));
    assertTrue(TrustScoreCli.outOfMemory(stageFailure));
    assertTrue(TrustScoreCli.outOfMemory(new IllegalStateException("x", new OutOfMemoryError("Java heap space"))));
    assertFalse(TrustScoreCli.outOfMemory(new IllegalStateException("reconciliation failed for orders")));
  }

  @Test
  void missingDatasetIsBadInput() throws IOException {
    Map<String, String> f = sellersAndOrders();
    f.remove("orders.csv");
    Outcome o = run(f, "{}");
    assertEquals(ExitCodes.BAD_INPUT, o.code(), o.err());
    assertTrue(o.err().startsWith("error: bad input: required dataset 'orders' not found"), o.err());
    assertEquals(1, o.err().lines().count(), o.err());
  }

  @Test
  void unclosedQuoteIsBadInput() throws IOException {
    Map<String, String> f = sellersAndOrders();
    f.put("sellers.csv", Fixture.SELLERS_HEADER + "\nS1,\"Alpha,GB,beauty,2024-01-01\nS2,Beta,DE,fashion,2024-02-01\n");
    Outcome o = run(f, "{}");
    assertEquals(ExitCodes.BAD_INPUT, o.code(), o.err());
    assertTrue(o.err().contains("sellers.csv") && o.err().contains("never closed"), o.err());
  }

  @Test
  void quarantineAboveTheCeilingIsAFailedQualityRule() throws IOException {
    Map<String, String> f = sellersAndOrders();
    f.put("sellers.csv", Fixture.SELLERS + "S4,Delta,UK,home,2024-01-01\n");
    Outcome o = run(f, "{\"quality\": {\"maxQuarantineShare\": 0.1}}");
    assertEquals(ExitCodes.QUALITY_FAILED, o.code(), o.err());
    assertTrue(o.err().startsWith("error: data quality rule failed, nothing published: sellers: 25.0% of rows"), o.err());
    assertTrue(Files.notExists(tmp.resolve("out/manifests")), "nothing published");
  }

  @Test
  void unknownConfigKeyIsAConfigErrorNamingTheKey() throws IOException {
    Outcome o = run(sellersAndOrders(), "{\"quality\": {\"maxQuarantineShares\": 0.1}}");
    assertEquals(ExitCodes.USAGE_OR_CONFIG, o.code(), o.err());
    assertTrue(o.err().contains("unknown config key 'quality.maxQuarantineShares'"), o.err());
  }

  @Test
  void wrongConfigTypeIsAConfigErrorNamingTheKey() throws IOException {
    Outcome o = run(sellersAndOrders(), "{\"quality\": {\"maxTextChars\": \"lots\"}}");
    assertEquals(ExitCodes.USAGE_OR_CONFIG, o.code(), o.err());
    assertTrue(o.err().contains("quality.maxTextChars"), o.err());
  }

  @Test
  void configOutOfRangeIsAConfigError() throws IOException {
    Outcome o = run(sellersAndOrders(), "{\"quality\": {\"maxQuarantineShare\": 1.5}}");
    assertEquals(ExitCodes.USAGE_OR_CONFIG, o.code(), o.err());
    assertTrue(o.err().contains("quality.maxQuarantineShare"), o.err());
  }

  @Test
  void badSnapshotDateIsAUsageError() {
    int code = TrustScoreCli.execute("run", "--input", tmp.toString(), "--output", tmp.toString(),
        "--snapshot-date", "2026-13-45");
    assertEquals(ExitCodes.USAGE_OR_CONFIG, code);
  }
}
