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
          .config("spark.sql.shuffle.partitions", Integer.toString(minShufflePartitions()))
          .config(AUTO_SHUFFLE_PARTITIONS, "true")
          .config(AUTO_CODEGEN, "true");
    }
    return b.getOrCreate();
  }

  static final String PAGE_SIZE = "4m";

  /**
   * Set on sessions built here in local mode (a submitter may set it too): the job may turn Spark's code generation
   * off for a small input ({@link #chooseCodegen}).
   */
  public static final String AUTO_CODEGEN = "spark.sellertrust.autoCodegen";
  public static final String WHOLE_STAGE_CODEGEN = "spark.sql.codegen.wholeStage";
  public static final String CODEGEN_FACTORY_MODE = "spark.sql.codegen.factoryMode";
  /**
   * While both the input files a run reads and the state it continues are below this many bytes, Spark evaluates
   * expressions without generating code. Compiling the generated classes is a fixed cost of each distinct plan (about
   * 950 classes in a run) that only pays off over many rows. Measured (docs/BENCHMARKS.md, "Code generation"): interpreted,
   * the sample ran 20% faster, daily runs of 5.3 MB of input with 6.9 MB of state 17% and of 17.9 MB with 16.3 MB
   * of state 10%; full runs of 28 MB ran 4% slower and of 86.5 MB 15% slower. The state counts on its own: it is
   * per-seller sums, far fewer rows per byte than the input.
   */
  public static final long INTERPRETED_MAX_BYTES = 32L << 20;

  /** Set on sessions built here in local mode: the job may size the shuffles by its input (never under spark-submit). */
  static final String AUTO_SHUFFLE_PARTITIONS = "spark.sellertrust.autoShufflePartitions";
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
   * Sizes {@code spark.sql.shuffle.partitions} by the input: one partition per {@link #BYTES_PER_SHUFFLE_PARTITION}
   * of input files, at least two per core. Only on sessions built here in local mode: under spark-submit the
   * submitter's setting stands.
   */
  public static void sizeShufflePartitions(SparkSession spark, long inputBytes) {
    if (!spark.conf().get(AUTO_SHUFFLE_PARTITIONS, "false").equals("true")) {
      return;
    }
    spark.conf().set("spark.sql.shuffle.partitions", Integer.toString(shufflePartitions(inputBytes)));
  }

  /**
   * Turns code generation off while the input files and the state are each below {@link #INTERPRETED_MAX_BYTES}, on
   * otherwise (both settings every time: a session may serve several runs). Only where {@link #AUTO_CODEGEN} is set: a
   * submitter's own codegen settings stand. Results are the same either way (sums may differ in the last bits, as with
   * any change of plan).
   */
  public static void chooseCodegen(SparkSession spark, long inputBytes, long stateBytes) {
    choose(spark, inputBytes, stateBytes, String.format(Locale.ROOT,
        "%s MB of input, %s MB of state, threshold %d MB each", megabytes(inputBytes), megabytes(stateBytes),
        INTERPRETED_MAX_BYTES >> 20));
  }

  /** As {@link #chooseCodegen(SparkSession, long, long)} before any state is read (the log then names no state). */
  public static void chooseCodegen(SparkSession spark, long inputBytes) {
    choose(spark, inputBytes, 0, String.format(Locale.ROOT, "%s MB of input, threshold %d MB",
        megabytes(inputBytes), INTERPRETED_MAX_BYTES >> 20));
  }

  private static void choose(SparkSession spark, long inputBytes, long stateBytes, String sizes) {
    if (!spark.conf().get(AUTO_CODEGEN, "false").equals("true")) {
      return;
    }
    boolean interpreted = inputBytes < INTERPRETED_MAX_BYTES && stateBytes < INTERPRETED_MAX_BYTES;
    LOG.info("code generation {}: {}", interpreted ? "off" : "on", sizes);
    spark.conf().set(WHOLE_STAGE_CODEGEN, Boolean.toString(!interpreted));
    // Whole-stage codegen off alone changes nothing measurable: each operator then compiles its own projections.
    spark.conf().set(CODEGEN_FACTORY_MODE, interpreted ? "NO_CODEGEN" : "FALLBACK");
  }

  private static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f", bytes / 1048576.0);
  }

  /** Whether the session currently evaluates expressions without generated code. */
  public static boolean interpreted(SparkSession spark) {
    return spark.conf().get(CODEGEN_FACTORY_MODE, "FALLBACK").equals("NO_CODEGEN");
  }

  /** Partitions for this many bytes of input files: one per {@link #BYTES_PER_SHUFFLE_PARTITION}, within bounds. */
  public static int shufflePartitions(long inputBytes) {
    long byInput = (inputBytes + BYTES_PER_SHUFFLE_PARTITION - 1) / BYTES_PER_SHUFFLE_PARTITION;
    return (int) Math.min(MAX_SHUFFLE_PARTITIONS, Math.max(minShufflePartitions(), byInput));
  }
}
