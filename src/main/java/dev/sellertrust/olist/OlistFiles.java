package dev.sellertrust.olist;

import dev.sellertrust.io.CsvHeader;
import dev.sellertrust.io.DatasetReader;
import dev.sellertrust.io.InputException;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** Reads the Olist CSV files of one directory (any Hadoop URI) as text columns, keeping unreadable lines. */
public final class OlistFiles {
  private OlistFiles() {}

  /** The optional file of reviews, named when it is absent. */
  public static final String REVIEWS_FILE = OlistCols.Reviews.FILE;

  /** The tables the import reads; the optional ones are null when their file is absent. */
  public record Tables(Dataset<Row> orders, Dataset<Row> items, Dataset<Row> sellers, Dataset<Row> reviews,
      Dataset<Row> customers, Dataset<Row> products, Dataset<Row> categoryNames) {}

  public static Tables read(SparkSession spark, String dir) {
    return new Tables(
        table(spark, dir, OlistCols.Orders.FILE, OlistCols.Orders.REQUIRED, true),
        table(spark, dir, OlistCols.Items.FILE, OlistCols.Items.REQUIRED, true),
        table(spark, dir, OlistCols.Sellers.FILE, OlistCols.Sellers.REQUIRED, true),
        table(spark, dir, OlistCols.Reviews.FILE, OlistCols.Reviews.REQUIRED, false),
        table(spark, dir, OlistCols.Customers.FILE, OlistCols.Customers.REQUIRED, false),
        table(spark, dir, OlistCols.Products.FILE, OlistCols.Products.REQUIRED, false),
        table(spark, dir, OlistCols.CategoryNames.FILE, OlistCols.CategoryNames.REQUIRED, false));
  }

  private static Dataset<Row> table(SparkSession spark, String dir, String file, List<String> required,
      boolean mustExist) {
    Path path = new Path(dir, file);
    if (!exists(spark, path)) {
      if (mustExist) {
        throw new InputException(file + " is not in " + dir + " (the Olist files needed: " + OlistCols.Orders.FILE
            + ", " + OlistCols.Items.FILE + ", " + OlistCols.Sellers.FILE + ")");
      }
      return null;
    }
    List<String> names = CsvHeader.read(spark.sparkContext().hadoopConfiguration(), path.toString()).stream()
        .map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
    List<String> missing = required.stream().filter(c -> !names.contains(c)).toList();
    if (!missing.isEmpty()) {
      throw new InputException(file + " lacks the column(s) " + missing + "; its header is " + names);
    }
    // Every column as text, in the header's order; the job validates the values when it reads the import.
    StructType schema = new StructType();
    for (String name : names) {
      schema = schema.add(name, DataTypes.StringType);
    }
    // Line by line would split the files across cores, but Olist's review comments hold quoted line breaks.
    return DatasetReader.csvAsText(spark, schema, true).csv(path.toString());
  }

  private static boolean exists(SparkSession spark, Path path) {
    try {
      FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
      return fs.isFile(path);
    } catch (IOException e) {
      throw new InputException("cannot read " + path + ": " + e.getMessage(), e);
    }
  }
}
