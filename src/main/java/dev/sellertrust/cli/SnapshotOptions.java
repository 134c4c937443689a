package dev.sellertrust.cli;

import dev.sellertrust.io.PublishedSnapshots;
import java.time.LocalDate;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Option;

/** The options of every command that reads a published snapshot: where the output is, and which snapshot. */
public final class SnapshotOptions {

  @Option(names = "--output", required = true, paramLabel = "DIR", description = "The job's output directory.")
  String output;

  @Option(names = "--snapshot-date", paramLabel = "YYYY-MM-DD", description = "Snapshot to read (default: latest published).")
  LocalDate snapshotDate;

  /** The requested snapshot, or the latest published one; a clear error when it is not published. */
  LocalDate resolve(SparkSession spark) {
    return PublishedSnapshots.resolve(spark.sparkContext().hadoopConfiguration(), output, snapshotDate);
  }
}
