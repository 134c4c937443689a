package dev.sellertrust.cli;

import org.apache.spark.sql.SparkSession;

/**
 * Builds the session. Under spark-submit the master and resources come from spark-submit and are never overridden;
 * started directly (jobs/trust-score), the job runs in local mode on all cores with settings for one machine.
 */
public final class SparkSessions {
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
      int cores = Runtime.getRuntime().availableProcessors();
      b.master("local[*]")
          .config("spark.driver.host", System.getenv().getOrDefault("SPARK_LOCAL_IP", "127.0.0.1"))
          .config("spark.driver.bindAddress", System.getenv().getOrDefault("SPARK_LOCAL_IP", "127.0.0.1"))
          .config("spark.ui.enabled", "false")
          .config("spark.ui.showConsoleProgress", Boolean.toString(progress))
          // The job passes the exact files it located (a daily run: hundreds of date partitions); on one machine,
          // listing them on the driver is far cheaper than a Spark job of one task per file.
          .config("spark.sql.sources.parallelPartitionDiscovery.threshold", "100000")
          .config("spark.sql.shuffle.partitions", Integer.toString(Math.max(4, cores * 2)));
    }
    return b.getOrCreate();
  }
}
