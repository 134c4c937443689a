package dev.sellertrust.changes;

import static org.apache.spark.sql.functions.*;

import dev.sellertrust.score.OutputCols;
import java.time.LocalDate;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;

/** The change feed's JSON lines, shaped by docs/schemas/changes.v1.schema.json. */
public final class ChangeExport {
  private ChangeExport() {}

  public static final String SCHEMA_VERSION = "1.0";
  public static final String FILE = "changes.jsonl";

  /**
   * @param previousSnapshot the snapshot compared against, or null when this is the first published one
   */
  public static Dataset<Row> toExport(Dataset<Row> changes, LocalDate snapshot, LocalDate previousSnapshot,
      double points) {
    return changes.select(
        lit(SCHEMA_VERSION).as("schema_version"),
        lit(snapshot.toString()).as("snapshot_date"),
        (previousSnapshot == null ? lit(null).cast(DataTypes.StringType) : lit(previousSnapshot.toString()))
            .as("previous_snapshot_date"),
        col(OutputCols.SELLER_ID),
        col(Changes.CHANGE_TYPES),
        col(Changes.OLD_SCORE),
        col(Changes.NEW_SCORE),
        col(Changes.DELTA),
        col(Changes.OLD_TIER),
        col(Changes.NEW_TIER),
        col(OutputCols.REASONS),
        lit(points).as("threshold_points"));
  }
}
