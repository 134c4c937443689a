package dev.sellertrust.spark;

import java.util.Locale;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the session. Under spark-submit the master and resources come from spark-submit and are never overridden;
 * started directly (jobs/trust-score), the job runs in local mode on all cores with settings for one machine.
 */
public final class SparkSessions {
  private static final Logger LOG = LoggerFactory.getLogger("dev.sellertrust.progress");

  private SparkSessions() {}

  public static boolean underSparkSubmit() {
    return System.getProperty("spark.master") != null;
  }

  /** For interactive commands (query, explain): no progress bar, Spark's logging at WARN. */
  public static SparkSession createQuiet(String appName) {
    SparkSession spark = create(appName, false);
    spark.sparkContext().setLogLevel("WARN");
    return spark;
  }

  public static SparkSession create(String appName) {
    return create(appName, true);
  }

  private static SparkSession create(String appName, boolean progress) {
    SparkSession.Builder b = SparkSession.builder().appName(appName)
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.sql.datetime.java8API.enabled", "true")
        .config("spark.sql.sources.partitionOverwriteMode", "static")
        // The job caches intermediate tables; Spark renders a cached plan inside every plan that reads it, and the
        // nested rendering for the UI listener grew beyond a 4 GB heap. Analysts never need more than the head.
        .config("spark.sql.maxPlanStringLength", "200000");
    if (!underSparkSubmit()) {
      b.master("local[*]")
          .config("spark.driver.host", System.getenv().getOrDefault("SPARK_LOCAL_IP", "127.0.0.1"))
          .config("spark.driver.bindAddress", System.getenv().getOrDefault("SPARK_LOCAL_IP", "127.0.0.1"))
          .config("spark.ui.enabled", "false")
          .config("spark.ui.showConsoleProgress", Boolean.toString(progress))
          // The job passes the exact files it located (a daily run: hundreds of date partitions); on one machine,
          // listing them on the driver is far cheaper than a Spark job of one task per file.
          .config("spark.sql.sources.parallelPartitionDiscovery.threshold", "100000")
          // Every sorter and hash map of a task holds at least one page. Spark's page is heap / cores / 16 (32 MB
          // with 2 GB on 2 cores), so a stage of a dozen sort-merge joins needed ~400 MB per task before its first
          // row and ran out of execution memory at 600k sellers; smaller pages cost a few more allocations.
          .config("spark.buffer.pageSize", PAGE_SIZE)
          .config(LOCAL_FILE_SYSTEM, ForklessLocalFileSystem.class.getName())
          .config(SHUFFLE_PARTITIONS, Integer.toString(minShufflePartitions()))
          .config(AUTO_SHUFFLE_PARTITIONS, "true")
          .config(AUTO_CODEGEN, "true");
    }
    return b.getOrCreate();
  }

  static final String PAGE_SIZE = "4m";

  /** Hadoop's class for {@code file:} paths; in local mode {@link ForklessLocalFileSystem}. */
  public static final String LOCAL_FILE_SYSTEM = "spark.hadoop.fs.file.impl";

  /**
   * Set on sessions built here in local mode (a submitter may set it too): the job may turn Spark's code generation
   * off for a small run ({@link #chooseExecution}).
   */
  public static final String AUTO_CODEGEN = "spark.sellertrust.autoCodegen";
  public static final String WHOLE_STAGE_CODEGEN = "spark.sql.codegen.wholeStage";
  public static final String CODEGEN_FACTORY_MODE = "spark.sql.codegen.factoryMode";
  /**
   * A small run: both the input files it reads and the state it continues are below this many bytes
   * ({@link #chooseExecution}). The threshold was measured for code generation, whose compiled classes are a fixed
   * cost of each distinct plan (about 950 classes in a run) that only pays off over many rows. Measured
   * (docs/BENCHMARKS.md, "Code generation"): interpreted, the sample ran 20% faster, daily runs of 5.3 MB of input
   * with 6.9 MB of state 17% and of 17.9 MB with 16.3 MB of state 10%; full runs of 28 MB ran 4% slower and of
   * 86.5 MB 15% slower. The state counts on its own: it is per-seller sums, far fewer rows per byte than the input.
   */
  public static final long SMALL_RUN_MAX_BYTES = 32L << 20;

  /**
   * Set on sessions built here in local mode: the job may size the shuffles by its input and choose adaptive execution
   * ({@link #chooseExecution}; never under spark-submit, where the submitter's settings stand).
   */
  public static final String AUTO_SHUFFLE_PARTITIONS = "spark.sellertrust.autoShufflePartitions";
  public static final String SHUFFLE_PARTITIONS = "spark.sql.shuffle.partitions";
  public static final String ADAPTIVE = "spark.sql.adaptive.enabled";
  public static final String AUTO_BROADCAST = "spark.sql.autoBroadcastJoinThreshold";
  /**
   * Input bytes per shuffle partition. Adaptive execution merges partitions smaller than its advisory size (64 MB) after
   * each shuffle, so erring high costs little, while too few partitions made each task sort and aggregate hundreds of
   * MB in a 2 GB heap (a fixed 4 partitions at 10M orders, docs/BENCHMARKS.md).
   */
  public static final long BYTES_PER_SHUFFLE_PARTITION = 16L << 20;
  static final int MAX_SHUFFLE_PARTITIONS = 2000;

  private static int minShufflePartitions() {
    return Math.max(4, Runtime.getRuntime().availableProcessors() * 2);
  }

  /**
   * Chooses how Spark executes a run by the bytes of the input files it reads and of the state it continues, setting
   * every choice each time (a session may serve several runs of different sizes). While both are below
   * {@link #SMALL_RUN_MAX_BYTES}:
   *
   * <ul>
   *   <li>expressions are evaluated without generated code, where {@link #AUTO_CODEGEN} is set;
   *   <li>adaptive execution is off, the shuffles have {@link #smallRunShufflePartitions} partitions and joins are
   *       only broadcast where the code asks for it, where {@link #AUTO_SHUFFLE_PARTITIONS} is set. Adaptive execution
   *       runs each shuffle stage of a plan as a Spark job of its own, so that it can re-plan on the stage's real
   *       size, and then merges the stage's output into about one partition per MB; a broadcast join collects its
   *       small side in a job of its own too. On a small run every such stage is one task of a few hundred KB, and
   *       the separate jobs are the cost (docs/BENCHMARKS.md, "Spark jobs per run").
   * </ul>
   *
   * Otherwise code generation and adaptive execution are on, the shuffles are sized by {@link #shufflePartitions} and
   * Spark's default broadcast threshold applies.
   * Results are the same either way (sums may differ in the last bits, as with any change of plan).
   */
  public static void chooseExecution(SparkSession spark, long inputBytes, long stateBytes) {
    choose(spark, inputBytes, stateBytes, String.format(Locale.ROOT,
        "%s MB of input, %s MB of state, threshold %d MB each", megabytes(inputBytes), megabytes(stateBytes),
        SMALL_RUN_MAX_BYTES >> 20));
  }

  /** As {@link #chooseExecution(SparkSession, long, long)} before any state is read (the log then names no state). */
  public static void chooseExecution(SparkSession spark, long inputBytes) {
    choose(spark, inputBytes, 0, String.format(Locale.ROOT, "%s MB of input, threshold %d MB",
        megabytes(inputBytes), SMALL_RUN_MAX_BYTES >> 20));
  }

  private static void choose(SparkSession spark, long inputBytes, long stateBytes, String sizes) {
    boolean small = inputBytes < SMALL_RUN_MAX_BYTES && stateBytes < SMALL_RUN_MAX_BYTES;
    if (spark.conf().get(AUTO_SHUFFLE_PARTITIONS, "false").equals("true")) {
      int partitions = small ? smallRunShufflePartitions(inputBytes + stateBytes) : shufflePartitions(inputBytes);
      LOG.info("adaptive execution {}, shuffle partitions {}: {}", small ? "off" : "on", partitions, sizes);
      spark.conf().set(ADAPTIVE, Boolean.toString(!small));
      spark.conf().set(SHUFFLE_PARTITIONS, Integer.toString(partitions));
      if (small) {
        spark.conf().set(AUTO_BROADCAST, "-1");
      } else {
        spark.conf().unset(AUTO_BROADCAST);
      }
    }
    if (spark.conf().get(AUTO_CODEGEN, "false").equals("true")) {
      LOG.info("code generation {}: {}", small ? "off" : "on", sizes);
      spark.conf().set(WHOLE_STAGE_CODEGEN, Boolean.toString(!small));
      // Whole-stage codegen off alone changes nothing measurable: each operator then compiles its own projections.
      spark.conf().set(CODEGEN_FACTORY_MODE, small ? "NO_CODEGEN" : "FALLBACK");
    }
  }

  private static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f", bytes / 1048576.0);
  }

  /** How the session currently executes a run's queries, for the manifest: these settings move run times. */
  public record Execution(boolean generatedCode, boolean adaptive, int shufflePartitions, boolean autoBroadcast) {
    public static Execution of(SparkSession spark) {
      return new Execution(!interpreted(spark), spark.conf().get(ADAPTIVE, "true").equals("true"),
          Integer.parseInt(spark.conf().get(SHUFFLE_PARTITIONS, "200")),
          !spark.conf().get(AUTO_BROADCAST, "10485760b").trim().equals("-1"));
    }
  }

  /** Whether the session currently evaluates expressions without generated code. */
  private static boolean interpreted(SparkSession spark) {
    return spark.conf().get(CODEGEN_FACTORY_MODE, "FALLBACK").equals("NO_CODEGEN");
  }

  /**
   * Partitions of a small run's shuffles, without adaptive execution to merge them: one per
   * {@link #BYTES_PER_SHUFFLE_PARTITION} of input and state, at least one (what adaptive execution merged such a
   * run's shuffles into).
   */
  public static int smallRunShufflePartitions(long bytes) {
    return (int) Math.max(1, (bytes + BYTES_PER_SHUFFLE_PARTITION - 1) / BYTES_PER_SHUFFLE_PARTITION);
  }

  /**
   * Partitions for this many bytes of input files with adaptive execution on: one per
   * {@link #BYTES_PER_SHUFFLE_PARTITION}, at least two per core, within bounds.
   */
  public static int shufflePartitions(long inputBytes) {
    long byInput = (inputBytes + BYTES_PER_SHUFFLE_PARTITION - 1) / BYTES_PER_SHUFFLE_PARTITION;
    return (int) Math.min(MAX_SHUFFLE_PARTITIONS, Math.max(minShufflePartitions(), byInput));
  }
}
