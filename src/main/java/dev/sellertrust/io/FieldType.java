package dev.sellertrust.io;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;

/** The logical type of a contract column and the Spark type it is read into. */
public enum FieldType {
  ID(DataTypes.StringType),
  TEXT(DataTypes.StringType),
  TIMESTAMP(DataTypes.TimestampType),
  DATE(DataTypes.DateType),
  INTEGER(DataTypes.IntegerType),
  DECIMAL(DataTypes.DoubleType),
  BOOLEAN(DataTypes.BooleanType),
  /** ISO 3166-1 alpha-2, upper-cased. */
  COUNTRY(DataTypes.StringType),
  /** ISO 3166-1 alpha-2 or {@code *}. */
  MARKET(DataTypes.StringType),
  /** ISO 639-1, lower-cased. */
  LANGUAGE(DataTypes.StringType),
  /** ISO 4217, upper-cased. */
  CURRENCY(DataTypes.StringType),
  /** One of the spec's allowed values, lower-cased. */
  ENUM(DataTypes.StringType);

  private final DataType sparkType;

  FieldType(DataType sparkType) {
    this.sparkType = sparkType;
  }

  public DataType sparkType() {
    return sparkType;
  }
}
