package dev.sellertrust.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * How a transform's intermediate table is materialised where the transform marks a cut: a table several later steps
 * read, or a lineage too long to plan again in every query below it. The runner decides and passes it in, so that no
 * metric or score transform materialises anything or runs an action of its own; a unit test on tiny frames passes
 * {@link #NONE}.
 */
@FunctionalInterface
public interface Materialise {
  Dataset<Row> apply(Dataset<Row> d);

  /** The plan left as it is. */
  Materialise NONE = d -> d;
}
