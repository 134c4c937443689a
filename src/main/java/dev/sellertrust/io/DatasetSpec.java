package dev.sellertrust.io;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * A dataset of the input contract.
 *
 * @param idColumn the column that must be unique (duplicates are quarantined), or null
 * @param eventTsColumn the timestamp that dates a row (it must not lie after the snapshot), or null
 * @param mandatory whether a run fails when the dataset is absent
 */
public record DatasetSpec(
    String name, boolean mandatory, String idColumn, String eventTsColumn, List<FieldSpec> fields)
    implements Serializable {

  public Optional<FieldSpec> field(String column) {
    return fields.stream().filter(f -> f.name().equals(column)).findFirst();
  }

  public List<String> columnNames() {
    return fields.stream().map(FieldSpec::name).toList();
  }

  /** The typed schema of accepted rows, as declared by the contract. */
  public StructType typedSchema() {
    StructType s = new StructType();
    for (FieldSpec f : fields) {
      s = s.add(new StructField(f.name(), f.type().sparkType(), !f.required(), org.apache.spark.sql.types.Metadata.empty()));
    }
    return s;
  }

  /** Every contract column as a string: how CSV and JSON Lines are read before validation. */
  public StructType stringSchema() {
    StructType s = new StructType();
    for (FieldSpec f : fields) {
      s = s.add(f.name(), DataTypes.StringType, true);
    }
    return s;
  }
}
