package dev.sellertrust.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellertrust.SparkTestBase;
import dev.sellertrust.io.OutputLayout;
import dev.sellertrust.io.PausePoints;
import dev.sellertrust.io.PublishedSnapshots;
import dev.sellertrust.quality.Fixture;
import dev.sellertrust.state.StateStore;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the real job (a child JVM started like jobs/trust-score) with kill -9 at two points and checks what readers
 * see: the previously published snapshot complete and byte-identical, no new snapshot listed and no new partition
 * visible; then a normal run cleans up and publishes. The child pauses at a point through the test-only property
 * {@link PausePoints#PROPERTY} and is killed once it logs that it paused there. The tests run in order, each starting
 * from what the previous kill left behind.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KillRecoveryTest extends SparkTestBase {
  private static final LocalDate D1 = Fixture.SNAPSHOT;
  private static final LocalDate D2 = D1.plusDays(1);
  private static final Duration TIMEOUT = new Duration(15, TimeUnit.MINUTES);

  @TempDir static Path tmp;
  private static Path input;
  private static Path output;
  private static Path config;
  private static Map<String, String> baseline;

  private record Duration(long amount, TimeUnit unit) {}

  @BeforeAll
  static void publishBaseline() throws IOException {
    input = tmp.resolve("in");
    output = tmp.resolve("out");
    Map<String, String> files = Fixture.base();
    // A few bad rows, so the quarantine (and the logs) have something that could leak.
    files.put("orders.csv", Fixture.ORDERS
        + "O13,S1,BUYER-SECRET-77,GB,2026-04-01T10:00:00Z,2026-04-05,,lost,1.00,GBP\n");
    Fixture.write(input, files);
    config = tmp.resolve("config.json");
    Files.writeString(config, "{\"quality\": {\"maxQuarantineShare\": 0.5}}");
    Fixture.run(spark, input, output, dev.sellertrust.config.ConfigLoader.load(config));
    spark.catalog().clearCache();
    baseline = snapshotFiles(D1);
    assertTrue(baseline.keySet().stream().anyMatch(p -> p.endsWith(OutputLayout.MANIFEST_FILE)), baseline.toString());
  }

  /**
   * Killed while writing the outputs of a new date: the state of that date is written but not committed, and the first
   * table is staged. A kill at any earlier step (reading, computing, writing the state) leaves a subset of what this
   * one leaves, since nothing reaches the output before the state, so one child JVM covers those steps too.
   */
  @Test
  @Order(2)
  void killedWhileWritingStateAndOutputs() throws Exception {
    killAt("write", D2);
    assertPreviousSnapshotIntactAndNoNewOne(D2);
    assertTrue(Files.exists(output.resolve("_staging")), "the killed run left its staging (invisible to readers)");
    Path state = output.resolve("state");
    assertTrue(Files.exists(state.resolve("snapshot_date=" + D1).resolve(StateStore.STATE_FILE)),
        "the state of " + D1 + " is still committed");
    assertTrue(Files.exists(state.resolve("snapshot_date=" + D2)), "the killed run had written its state");
    assertFalse(Files.exists(state.resolve("snapshot_date=" + D2).resolve(StateStore.STATE_FILE)),
        "the killed run's state is not committed, so no run continues it");
  }

  /** The hardest point: a rerun of the published date, killed after the old partitions were moved aside. */
  @Test
  @Order(5)
  void killedWhilePublishingARerunOfTheSameDate() throws Exception {
    killAt("publish", D1);
    assertFalse(PublishedSnapshots.list(spark.sparkContext().hadoopConfiguration(), output.toString()).contains(D1),
        "a half-replaced snapshot must not be listed as published");
    assertTrue(Files.exists(output.resolve("_trash")), "the previous version waits in _trash for recovery");
  }

  @Test
  @Order(6)
  void nextRunRestoresThePreviousSnapshotAndPublishes() throws Exception {
    Child c = Child.start(D2, null);
    assertEquals(0, c.process.waitFor(TIMEOUT.amount(), TIMEOUT.unit()) ? c.process.exitValue() : -1,
        "run after the kills: " + c.tail());
    assertEquals(baseline, snapshotFiles(D1), "snapshot " + D1 + " restored byte for byte");
    List<LocalDate> listed = PublishedSnapshots.list(spark.sparkContext().hadoopConfiguration(), output.toString());
    assertEquals(List.of(D1, D2), listed);
    assertFalse(Files.exists(output.resolve("_staging")), "staging cleaned up");
    assertFalse(Files.exists(output.resolve("_trash")), "trash cleaned up");
    assertTrue(c.log().contains("rolled back the interrupted publication of snapshot " + D1), c.tail());
    assertNoPersonalData(c.log());
  }

  // ---------------------------------------------------------------- helpers

  private static void killAt(String point, LocalDate snapshot) throws Exception {
    Child c = Child.start(snapshot, point);
    String marker = "test hook: paused at " + point;
    long deadline = System.nanoTime() + TIMEOUT.unit().toNanos(TIMEOUT.amount());
    while (!c.log().contains(marker)) {
      if (!c.process.isAlive()) {
        throw new AssertionError("job ended with " + c.process.exitValue() + " before reaching " + point + ": " + c.tail());
      }
      if (System.nanoTime() > deadline) {
        c.process.destroyForcibly();
        throw new AssertionError("job did not reach " + point + ": " + c.tail());
      }
      Thread.sleep(200);
    }
    c.process.destroyForcibly(); // SIGKILL on Unix: no shutdown hook, no cleanup
    assertTrue(c.process.waitFor(60, TimeUnit.SECONDS), "killed job still alive");
    assertEquals(137, c.process.exitValue(), "killed by SIGKILL");
    assertNoPersonalData(c.log());
  }

  private static void assertPreviousSnapshotIntactAndNoNewOne(LocalDate notPublished) throws IOException {
    assertEquals(baseline, snapshotFiles(D1), "snapshot " + D1 + " unchanged");
    assertEquals(List.of(D1), PublishedSnapshots.list(spark.sparkContext().hadoopConfiguration(), output.toString()));
    assertTrue(snapshotFiles(notPublished).isEmpty(), "a partition of " + notPublished + " is visible: "
        + snapshotFiles(notPublished).keySet());
    // What an analyst sees through partition discovery: only the published date.
    List<Object> dates = spark.read().parquet(output.resolve(OutputLayout.SELLER_SCORES).toString())
        .select("snapshot_date").distinct().collectAsList().stream().map(r -> r.get(0)).toList();
    assertEquals(List.of(D1), dates.stream().map(d -> LocalDate.parse(d.toString())).toList());
  }

  private static void assertNoPersonalData(String log) {
    assertFalse(log.contains(Fixture.BUYER_MARKER), "buyer id in the job's log");
    assertFalse(log.contains(Fixture.TEXT_MARKER), "review text in the job's log");
  }

  static Map<String, String> snapshotFiles(LocalDate d) throws IOException {
    return KillRecoveryTestFiles.of(output, d);
  }

  /** The job as jobs/trust-score starts it: Spark's module options, the launcher's log4j config, the CLI main. */
  private static final class Child {
    final Process process;
    final List<String> lines = Collections.synchronizedList(new ArrayList<>());

    private Child(Process p) {
      this.process = p;
      Thread t = new Thread(() -> {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
          for (String l; (l = r.readLine()) != null; ) {
            lines.add(l);
          }
        } catch (IOException e) {
          lines.add("(log reader: " + e + ")");
        }
      });
      t.setDaemon(true);
      t.start();
    }

    static Child start(LocalDate snapshot, String pauseAt) throws IOException {
      Path root = Path.of(System.getProperty("user.dir"));
      List<String> cmd = new ArrayList<>();
      cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      cmd.add("-Xmx1g");
      cmd.addAll(Files.readAllLines(root.resolve("jobs/lib/spark-jvm-options.txt")).stream()
          .map(String::trim).filter(l -> !l.isEmpty()).toList());
      cmd.add("-Dlog4j2.configurationFile=" + root.resolve("jobs/lib/log4j2.properties"));
      if (pauseAt != null) {
        cmd.add("-D" + PausePoints.PROPERTY + "=" + pauseAt);
      }
      cmd.add("-cp");
      cmd.add(System.getProperty("java.class.path"));
      cmd.add("dev.sellertrust.cli.TrustScoreCli");
      cmd.addAll(List.of("run", "--input", input.toString(), "--output", output.toString(),
          "--snapshot-date", snapshot.toString(), "--config", config.toString()));
      ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
      pb.environment().put("TRUST_SCORE_BUYER_KEY", Fixture.BUYER_KEY);
      pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
      return new Child(pb.start());
    }

    String log() {
      synchronized (lines) {
        return String.join("\n", lines);
      }
    }

    String tail() {
      synchronized (lines) {
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
      }
    }
  }
}
