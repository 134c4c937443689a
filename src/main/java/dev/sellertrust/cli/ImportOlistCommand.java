package dev.sellertrust.cli;

import static org.apache.spark.sql.functions.*;

import dev.sellertrust.io.Col;
import dev.sellertrust.io.InputException;
import dev.sellertrust.olist.OlistFiles;
import dev.sellertrust.olist.OlistImport;
import dev.sellertrust.spark.SparkSessions;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code import-olist}: the public Olist dataset as the job's input (docs/INPUT_CONTRACT.md). */
@Command(
    name = "import-olist",
    mixinStandardHelpOptions = true,
    description = "Convert the public Brazilian E-Commerce dataset by Olist (its original CSV files) into the job's "
        + "input datasets sellers, orders and reviews. Rows that cannot be carried over are listed with a reason in "
        + "<out>/_import/rejected/. Rerunning replaces what an earlier import wrote.")
public final class ImportOlistCommand implements Callable<Integer> {

  static final String REJECTED = "_import/rejected";
  /** What an import writes into its output directory; anything else there is not ours to replace. */
  static final Set<String> WRITTEN = Set.of("sellers", "orders", "reviews", "_import");

  @Option(names = "--olist", required = true,
      description = "Directory with olist_orders_dataset.csv, olist_order_items_dataset.csv and olist_sellers_dataset.csv; "
          + "read too when present: olist_order_reviews_dataset.csv, olist_customers_dataset.csv, "
          + "olist_products_dataset.csv, product_category_name_translation.csv.")
  String olist;

  @Option(names = "--out", required = true, description = "Directory for the job's input datasets.")
  String out;

  @Override
  public Integer call() throws IOException {
    SparkSession spark = SparkSessions.createQuiet("seller-trust import-olist");
    checkOutput(spark, out);
    OlistImport.Result r = OlistImport.convert(OlistFiles.read(spark, olist));
    Map<String, Dataset<Row>> tables = new LinkedHashMap<>();
    tables.put("sellers", r.sellers());
    tables.put("orders", r.orders());
    if (r.reviews() != null) {
      tables.put("reviews", r.reviews());
    } else {
      delete(spark, new Path(out, "reviews"));
    }
    tables.put(REJECTED, r.rejected());
    Map<String, Long> counts = new LinkedHashMap<>();
    for (Map.Entry<String, Dataset<Row>> e : tables.entrySet()) {
      Dataset<Row> d = e.getValue().persist(StorageLevel.MEMORY_AND_DISK());
      write(d, new Path(out, e.getKey()).toString());
      counts.put(e.getKey(), d.count());
    }
    print(r, counts);
    return ExitCodes.PUBLISHED;
  }

  private void print(OlistImport.Result r, Map<String, Long> counts) {
    System.out.printf("Imported the Olist files of %s into %s:%n", olist, out);
    System.out.printf("  sellers: %d%n  orders: %d (one per Olist order and seller)%n", counts.get("sellers"),
        counts.get("orders"));
    System.out.println(counts.containsKey("reviews") ? "  reviews: " + counts.get("reviews")
        : "  reviews: none (no " + OlistFiles.REVIEWS_FILE + ")");
    List<Row> reasons = r.rejected().groupBy(OlistImport.SOURCE, OlistImport.REASON).count()
        .orderBy(OlistImport.SOURCE, OlistImport.REASON).collectAsList();
    System.out.printf("  rows not carried over: %d%s%n", counts.get(REJECTED),
        reasons.isEmpty() ? "" : " (listed in " + new Path(out, REJECTED) + ")");
    for (Row x : reasons) {
      System.out.printf("    %s %s: %d%n", x.getString(0), x.getString(1), x.getLong(2));
    }
    Row span = r.orders().agg(min(col(Col.Orders.ORDER_TS)), max(col(Col.Orders.ORDER_TS))).first();
    if (!span.isNullAt(1)) {
      String last = span.getString(1).substring(0, 10);
      System.out.printf("  orders placed from %s to %s (UTC)%n", span.getString(0), span.getString(1));
      System.out.printf("Score it: jobs/trust-score run --input %s --output OUT --snapshot-date %s%n", out, last);
    }
    System.out.println("Olist has no returns, after-sales contacts or return policies: those components are reported "
        + "as not available.");
  }

  /** CSV as the input contract reads it: a header, RFC 4180 quotes (doubled, not backslashed), UTF-8. */
  private static void write(Dataset<Row> d, String path) {
    d.coalesce(1).write().mode(SaveMode.Overwrite)
        .option("header", "true").option("quote", "\"").option("escape", "\"").option("encoding", "UTF-8")
        .csv(path);
  }

  /** The output may be new, empty or an earlier import; never a directory holding other data. */
  static void checkOutput(SparkSession spark, String out) throws IOException {
    Path p = new Path(out);
    FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
    if (!fs.exists(p)) {
      return;
    }
    if (!fs.getFileStatus(p).isDirectory()) {
      throw new InputException(out + " is a file; give a directory for the imported datasets");
    }
    for (FileStatus f : fs.listStatus(p)) {
      if (!WRITTEN.contains(f.getPath().getName())) {
        throw new InputException(out + " already holds " + f.getPath().getName()
            + ", which an Olist import does not write; give a new or empty directory");
      }
    }
  }

  private static void delete(SparkSession spark, Path p) throws IOException {
    FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
    if (fs.exists(p)) {
      fs.delete(p, true);
    }
  }
}
