package dev.sellertrust.quality;

import static org.apache.spark.sql.functions.*;

import dev.sellertrust.io.DatasetReader;
import dev.sellertrust.io.DatasetSpec;
import dev.sellertrust.io.InputSource;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;

/**
 * A dataset after all rules: every row read, each with its reasons (none = accepted). Accepted rows and the quarantine
 * are both views of this one frame, so rows read = accepted + quarantined holds by construction.
 *
 * @param source where it was read from, or null when the dataset is absent
 * @param quarantinedRows rows quarantined once counted, or -1 before: a dataset known to have none gives an empty
 *     quarantine without reading its rows again
 */
public record CheckedDataset(DatasetSpec spec, InputSource source, Dataset<Row> rows, long quarantinedRows) {

  public CheckedDataset(DatasetSpec spec, InputSource source, Dataset<Row> rows) {
    this(spec, source, rows, -1);
  }

  public boolean present() {
    return source != null;
  }

  public Dataset<Row> accepted() {
    List<Column> cols = new ArrayList<>();
    for (String c : rows.columns()) {
      if (!c.startsWith("_")) {
        cols.add(col(c));
      }
    }
    return rows.filter(size(col(RowRules.REASONS)).equalTo(0)).select(cols.toArray(new Column[0]));
  }

  /** Quarantine rows in the published schema (see {@link QuarantineSchema}). */
  public Dataset<Row> quarantine() {
    // A constant false filter is planned as an empty relation: no scan of the checked rows.
    Column rejected = quarantinedRows == 0 ? lit(false) : size(col(RowRules.REASONS)).gt(0);
    return rows.filter(rejected)
        .select(
            lit(spec.name()).as(QuarantineSchema.DATASET),
            element_at(col(RowRules.REASONS), 1).as(QuarantineSchema.REASON_CODE),
            col(RowRules.REASONS).as(QuarantineSchema.REASONS),
            truncatedRaw().as(QuarantineSchema.RAW_RECORD),
            col(DatasetReader.SOURCE_FILE).as(QuarantineSchema.SOURCE_FILE));
  }

  /** A 10 MB review must not become a 10 MB quarantine cell: keep the head and say how long it was. */
  private static Column truncatedRaw() {
    Column raw = col(RowRules.RAW);
    int max = QuarantineSchema.MAX_RAW_CHARS;
    return when(length(raw).gt(max),
            concat(substring(raw, 1, max), lit("…[truncated, "), length(raw).cast(DataTypes.StringType), lit(" chars]")))
        .otherwise(raw);
  }
}
