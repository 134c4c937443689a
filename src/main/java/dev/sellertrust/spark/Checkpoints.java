package dev.sellertrust.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;

/**
 * Local checkpoints on local disk only: every intermediate table the job computes once and reads again.
 *
 * <p>Why checkpoints rather than {@code persist()}: a persisted table's later plans still hold its whole analysed
 * plan (the cache is matched by plan comparison, and its plan is rendered inside every plan that reads it, including
 * the listener events built at every adaptive re-plan); jstack showed the driver busy rendering plans, not the
 * executors computing. A local checkpoint keeps the rows in the executors' block managers and replaces the plan by a
 * scan of them.
 *
 * <p>Why disk only: with MEMORY_AND_DISK, 10M orders in a 2 GB heap unrolled input partitions of ~0.5 GB as Java
 * objects, and at 30M orders (600k sellers, a wide row each) the scoring tables did the same; both starved the
 * shuffles and sorters of execution memory (SparkOutOfMemoryError, UNABLE_TO_ACQUIRE_MEMORY, docs/BENCHMARKS.md).
 *
 * <p>The price of a local checkpoint: blocks lost with an executor cannot be recomputed, so on a cluster the job
 * fails and is rerun instead of recovering (the snapshot is only published at the end, so a failed run leaves nothing
 * half-written).
 */
public final class Checkpoints {
  private Checkpoints() {}

  /**
   * Materialised now, in a Spark job of its own. Why not lazily, when the first query that reads the table runs: on a
   * small run (adaptive execution off, {@link SparkSessions#chooseExecution}) the tables that one query reads are then
   * computed inside its job, and every stage of that job ships the plans of every table below it still uncut, since
   * the closures of a physical plan hold the whole plan under them. Spark's task binaries of over 1 MB came to 288 MB
   * per run of the sample that way against 43 MB, and the run took 55-59 s against 46 s, for 32 fewer jobs
   * (docs/BENCHMARKS.md, "Spark jobs per run"). With adaptive execution on, Spark runs a lazy checkpoint's shuffle
   * stages when it is defined anyway.
   */
  public static Dataset<Row> onDisk(Dataset<Row> d) {
    return d.localCheckpoint(true, StorageLevel.DISK_ONLY());
  }
}
