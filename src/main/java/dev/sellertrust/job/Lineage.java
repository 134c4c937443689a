package dev.sellertrust.job;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;

/**
 * Materialises a checked input and cuts its lineage, so that every later plan starts from a small leaf.
 *
 * <p>Why: with {@code persist()} each later plan still holds the whole analysed plan of the read and all row and
 * reference rules (the cache is matched by plan comparison, and its plan is rendered inside every plan that reads it,
 * including the listener events built at every adaptive re-plan); jstack showed the driver busy rendering plans, not
 * the executors computing. Eager, so that the read's {@code Observation} fires here, once. A local checkpoint keeps
 * the rows in the executors' block managers and replaces the plan by a scan of them. On local disk only: with
 * MEMORY_AND_DISK, 10M orders in a 2 GB heap unrolled partitions of ~0.5 GB as Java objects and starved the shuffles
 * of execution memory (SparkOutOfMemoryError, UNABLE_TO_ACQUIRE_MEMORY, docs/BENCHMARKS.md). The price of a local
 * checkpoint: blocks lost with an executor cannot be recomputed, so on a cluster the job fails and is rerun instead
 * of recovering (the snapshot is only published at the end, so a failed run leaves nothing half-written).
 */
final class Lineage {
  private Lineage() {}

  static Dataset<Row> cut(Dataset<Row> ds) {
    return ds.localCheckpoint(true, StorageLevel.DISK_ONLY());
  }
}
