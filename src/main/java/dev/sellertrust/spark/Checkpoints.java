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

  /** Materialised by its first action, once, whichever later query reads it first. */
  public static Dataset<Row> onDisk(Dataset<Row> d) {
    return d.localCheckpoint(false, StorageLevel.DISK_ONLY());
  }

  /**
   * Materialised now: where the step's cost belongs to the stage being timed, or where an {@code Observation} on the
   * plan must fire here, once.
   */
  public static Dataset<Row> onDiskNow(Dataset<Row> d) {
    return d.localCheckpoint(true, StorageLevel.DISK_ONLY());
  }
}
