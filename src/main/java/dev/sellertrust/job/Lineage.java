package dev.sellertrust.job;

import dev.sellertrust.metrics.SellerAggregate;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;

/**
 * Materialises an intermediate table and cuts its lineage, so that every later plan starts from a small leaf.
 *
 * <p>Why: the job derives about thirty tables from the same inputs. With {@code persist()} each later plan still holds
 * the whole analysed plan of everything upstream (the cache is matched by plan comparison, and its plan is rendered
 * inside every plan that reads it); on the 20k-order sample the driver spent minutes planning, not computing. A local
 * checkpoint keeps the rows in the executors' block managers (memory, spilling to disk) and replaces the plan by a scan
 * of them. The price: blocks lost with an executor cannot be recomputed, so on a cluster the job fails and is rerun
 * instead of recovering (the snapshot is only published at the end, so a failed run leaves nothing half-written).
 */
final class Lineage {
  private Lineage() {}

  static Dataset<Row> cut(Dataset<Row> ds) {
    return ds.localCheckpoint(true, StorageLevel.MEMORY_AND_DISK());
  }

  static SellerAggregate cut(SellerAggregate agg) {
    return new SellerAggregate(cut(agg.perSeller()), agg.metrics());
  }
}
