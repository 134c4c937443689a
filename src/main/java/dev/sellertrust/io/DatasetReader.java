package dev.sellertrust.io;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Reads one located dataset into its contract columns (lower-case names, in contract order) plus
 * {@link #MALFORMED} (the raw text of a CSV/JSON line that could not be parsed) and {@link #SOURCE_FILE}.
 * CSV and JSON Lines arrive as strings; Parquet keeps its types. Validation and typing happen in quality/.
 */
public final class DatasetReader {
  public static final String MALFORMED = "_malformed";
  public static final String SOURCE_FILE = "_source_file";

  private DatasetReader() {}

  public static Dataset<Row> read(SparkSession spark, InputSource source) {
    if (source.files().isEmpty()) {
      return emptyFrame(spark, source.spec());
    }
    return switch (source.format()) {
      case CSV -> readCsv(spark, source);
      case JSONL -> readJson(spark, source);
      case PARQUET -> readParquet(spark, source);
    };
  }

  private static Dataset<Row> readCsv(SparkSession spark, InputSource source) {
    DatasetSpec spec = source.spec();
    List<String> header = null;
    for (String file : source.files()) {
      List<String> h = CsvHeader.read(spark.sparkContext().hadoopConfiguration(), file);
      if (header == null) {
        header = h;
      } else if (!lower(h).equals(lower(header))) {
        throw new InputException(
            file + " has header " + h + " but " + source.files().get(0) + " has " + header
                + ": all files of dataset '" + spec.name() + "' need the same columns");
      }
    }
    Map<String, Integer> positions = positions(header, source.files().get(0), spec);
    // Positional schema from the file's own header: extra columns are read (to keep rows aligned) and then dropped.
    StructType schema = new StructType();
    for (int i = 0; i < header.size(); i++) {
      schema = schema.add("c" + i, DataTypes.StringType, true);
    }
    Dataset<Row> raw = csvAsText(spark, schema, mayHoldLineBreaks(spec)).csv(source.files().toArray(new String[0]));
    List<Column> cols = new ArrayList<>();
    for (FieldSpec f : spec.fields()) {
      Integer i = positions.get(f.name());
      cols.add(i == null ? lit(null).cast(DataTypes.StringType).as(f.name()) : col("c" + i).as(f.name()));
    }
    cols.add(col(MALFORMED));
    cols.add(input_file_name().as(SOURCE_FILE));
    return raw.select(cols.toArray(new Column[0]));
  }

  /**
   * How every CSV input is parsed: a header line, RFC 4180 quoting (doubled quotes), UTF-8, the given text columns in
   * file order, and a line that cannot be parsed kept whole in {@link #MALFORMED} instead of failing the run.
   */
  public static DataFrameReader csvAsText(SparkSession spark, StructType textColumns, boolean multiLine) {
    return spark.read()
        .schema(textColumns.add(MALFORMED, DataTypes.StringType, true))
        .option("header", "true")
        .option("multiLine", Boolean.toString(multiLine))
        .option("quote", "\"")
        .option("escape", "\"")
        .option("mode", "PERMISSIVE")
        .option("columnNameOfCorruptRecord", MALFORMED)
        .option("encoding", "UTF-8")
        .option("enforceSchema", "true");
  }

  /**
   * Only free-text columns may hold quoted line breaks. multiLine parsing cannot split a file (one task per file, one
   * core for a 10 GB orders.csv), so datasets without text columns are read line by line and split across cores. A
   * stray line break there makes two malformed rows, which are quarantined with their raw text: nothing is lost.
   */
  static boolean mayHoldLineBreaks(DatasetSpec spec) {
    return spec.fields().stream().anyMatch(f -> f.type() == FieldType.TEXT);
  }

  private static Dataset<Row> readJson(SparkSession spark, InputSource source) {
    DatasetSpec spec = source.spec();
    StructType schema = spec.stringSchema().add(MALFORMED, DataTypes.StringType, true);
    Dataset<Row> raw =
        spark.read()
            .schema(schema)
            .option("mode", "PERMISSIVE")
            .option("columnNameOfCorruptRecord", MALFORMED)
            .option("encoding", "UTF-8")
            .json(source.files().toArray(new String[0]));
    List<Column> cols = new ArrayList<>();
    for (FieldSpec f : spec.fields()) {
      cols.add(col(f.name()));
    }
    cols.add(col(MALFORMED));
    cols.add(input_file_name().as(SOURCE_FILE));
    return raw.select(cols.toArray(new Column[0]));
  }

  private static Dataset<Row> readParquet(SparkSession spark, InputSource source) {
    DatasetSpec spec = source.spec();
    Dataset<Row> raw;
    try {
      raw = spark.read().parquet(source.files().toArray(new String[0]));
    } catch (Exception e) { // SparkException is checked for javac but thrown unchecked by Scala
      // A truncated or non-Parquet file fails when Spark reads the footers; say which dataset and what to do.
      String why = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
      throw new InputException(source.location() + " cannot be read as Parquet (dataset '" + spec.name() + "'): "
          + (why.length() > 300 ? why.substring(0, 300) + "..." : why) + ": re-export the file", e);
    }
    List<String> names = new ArrayList<>();
    for (StructField f : raw.schema().fields()) {
      names.add(f.name());
    }
    Map<String, Integer> positions = positions(names, source.location(), spec);
    List<Column> cols = new ArrayList<>();
    for (FieldSpec f : spec.fields()) {
      Integer i = positions.get(f.name());
      cols.add(i == null ? lit(null).cast(DataTypes.StringType).as(f.name()) : col("`" + names.get(i) + "`").as(f.name()));
    }
    cols.add(lit(null).cast(DataTypes.StringType).as(MALFORMED));
    cols.add(input_file_name().as(SOURCE_FILE));
    return raw.select(cols.toArray(new Column[0]));
  }

  /** Maps contract column -> position in the file's columns, case-insensitively; a missing required column is fatal. */
  private static Map<String, Integer> positions(List<String> names, String where, DatasetSpec spec) {
    Map<String, Integer> byLower = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      String key = names.get(i).trim().toLowerCase(Locale.ROOT);
      if (byLower.put(key, i) != null && spec.field(key).isPresent()) {
        throw new InputException(where + " has column '" + key + "' twice: keep one");
      }
    }
    Map<String, Integer> out = new HashMap<>();
    for (FieldSpec f : spec.fields()) {
      Integer i = byLower.get(f.name());
      if (i == null && f.required()) {
        throw new InputException(
            where + " lacks required column '" + f.name() + "' of dataset '" + spec.name()
                + "': add it (see docs/INPUT_CONTRACT.md)");
      }
      if (i != null) {
        out.put(f.name(), i);
      }
    }
    return out;
  }

  private static Dataset<Row> emptyFrame(SparkSession spark, DatasetSpec spec) {
    StructType schema =
        spec.stringSchema()
            .add(MALFORMED, DataTypes.StringType, true)
            .add(SOURCE_FILE, DataTypes.StringType, true);
    return spark.createDataFrame(new ArrayList<Row>(), schema);
  }

  private static List<String> lower(List<String> names) {
    return names.stream().map(n -> n.trim().toLowerCase(Locale.ROOT)).toList();
  }
}
