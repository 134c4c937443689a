package dev.sellertrust.job;

import static org.apache.spark.sql.functions.*;

import dev.sellertrust.io.Col;
import dev.sellertrust.io.DatasetReader;
import dev.sellertrust.io.DatasetSpec;
import dev.sellertrust.io.InputContract;
import dev.sellertrust.io.InputException;
import dev.sellertrust.io.InputLocator;
import dev.sellertrust.io.InputSource;
import dev.sellertrust.io.PausePoints;
import dev.sellertrust.quality.CheckedDataset;
import dev.sellertrust.quality.Reasons;
import dev.sellertrust.quality.ReferenceRules;
import dev.sellertrust.quality.RowRules;
import dev.sellertrust.quality.ValidationContext;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Reads and checks all six datasets in dependency order (sellers, then orders, then the rest, since references are
 * checked against accepted rows only) and reconciles their counts.
 */
public final class InputStage {
  private InputStage() {}

  public record Checked(Map<String, CheckedDataset> datasets, Map<String, DatasetCounts> counts) {
    public CheckedDataset get(DatasetSpec spec) {
      return datasets.get(spec.name());
    }

    /** Accepted rows, or null when the dataset was absent. */
    public Dataset<Row> accepted(DatasetSpec spec) {
      CheckedDataset d = datasets.get(spec.name());
      return d.present() ? d.accepted() : null;
    }
  }

  public static Checked run(SparkSession spark, String inputDir, ValidationContext ctx) {
    return run(spark, inputDir, ctx, Map.of());
  }

  /**
   * @param firstDays per dataset name, the first day to read: files under {@code date=YYYY-MM-DD/} folders of earlier
   *     days are skipped (files outside such folders are always read)
   */
  public static Checked run(SparkSession spark, String inputDir, ValidationContext ctx, Map<String, LocalDate> firstDays) {
    var hadoop = spark.sparkContext().hadoopConfiguration();
    Map<String, CheckedDataset> out = new LinkedHashMap<>();
    Map<String, Observation> reads = new LinkedHashMap<>();
    for (DatasetSpec spec : InputContract.ALL) {
      Optional<InputSource> source = InputLocator.locate(hadoop, inputDir, spec);
      LocalDate firstDay = firstDays.get(spec.name());
      if (source.isPresent() && firstDay != null) {
        source = Optional.of(InputLocator.fromDay(source.get(), firstDay));
      }
      if (source.isEmpty() && spec.mandatory()) {
        throw new InputException(
            "required dataset '" + spec.name() + "' not found in " + inputDir + ": provide " + spec.name()
                + ".csv, " + spec.name() + ".parquet, " + spec.name() + ".jsonl or a folder " + spec.name() + "/");
      }
      Dataset<Row> rows;
      if (source.isPresent()) {
        // Counted as the rows stream past, independently of the rules, so reconciliation really checks something.
        Observation read = new Observation("read_" + spec.name());
        reads.put(spec.name(), read);
        Dataset<Row> raw = DatasetReader.read(spark, source.get()).observe(read, org.apache.spark.sql.functions.count(lit(1)).as("rows"));
        rows = RowRules.check(raw, spec, ctx);
        rows = ReferenceRules.markDuplicates(rows, spec);
      } else {
        rows = null;
      }
      out.put(spec.name(), new CheckedDataset(spec, source.orElse(null), rows));
    }
    CheckedDataset sellers = persist(out.get(InputContract.SELLERS.name()));
    out.put(sellers.spec().name(), sellers);
    Dataset<Row> sellerIds = sellers.accepted().select(col(Col.SELLER_ID));

    CheckedDataset orders = out.get(InputContract.ORDERS.name());
    orders = persist(withRows(orders, ReferenceRules.markUnknownSellers(orders.rows(), sellerIds)));
    out.put(orders.spec().name(), orders);
    Dataset<Row> orderKeys = orders.accepted().select(col(Col.ORDER_ID), col(Col.SELLER_ID));

    for (DatasetSpec spec : List.of(InputContract.REVIEWS, InputContract.RETURNS, InputContract.SERVICE_TICKETS,
        InputContract.RETURN_POLICIES)) {
      CheckedDataset d = out.get(spec.name());
      if (!d.present()) {
        continue;
      }
      Dataset<Row> rows = ReferenceRules.markUnknownSellers(d.rows(), sellerIds);
      if (spec.field(Col.ORDER_ID).isPresent()) {
        rows = ReferenceRules.markUnknownOrders(rows, orderKeys);
      }
      out.put(spec.name(), persist(withRows(d, rows)));
    }
    Map<String, DatasetCounts> counts = new LinkedHashMap<>();
    for (CheckedDataset d : out.values()) {
      DatasetCounts c = countRows(d);
      PausePoints.reach("read");
      if (d.present()) {
        Long observed = observedRows(reads.get(d.spec().name()));
        // Spark reports no metrics for a scan without files (an empty dataset folder): then nothing was read.
        long read = observed == null && c.rowsRead() == 0 ? 0 : observed == null ? -1 : observed;
        if (read != c.rowsRead()) {
          throw new IllegalStateException("reconciliation failed for " + d.spec().name() + ": " + read
              + " rows read but " + c.rowsAccepted() + " accepted + " + c.rowsQuarantined() + " quarantined");
        }
      }
      counts.put(d.spec().name(), c);
    }
    for (CheckedDataset d : out.values()) {
      stopOnUnclosedQuote(d, counts.get(d.spec().name()));
    }
    return new Checked(out, counts);
  }

  /**
   * A quote that is opened and never closed makes the CSV parser read every following line into one field until the
   * next quote: those rows would look like one quarantined record. Stopping is safer than guessing where rows end.
   */
  private static void stopOnUnclosedQuote(CheckedDataset d, DatasetCounts c) {
    Long n = c.quarantinedByReason().get(Reasons.UNCLOSED_QUOTE);
    if (n == null || n == 0) {
      return;
    }
    Row first = d.rows().filter(array_contains(col(RowRules.REASONS), Reasons.UNCLOSED_QUOTE))
        .select(col(DatasetReader.SOURCE_FILE), col(RowRules.RAW_LINES)).orderBy(col(DatasetReader.SOURCE_FILE)).first();
    throw new InputException(first.getString(0) + ": a quoted field is opened and never closed, so "
        + first.getInt(1) + " lines were read as one record of dataset '" + d.spec().name()
        + "': close the quote, or write a quote inside a quoted field as two quotes (\"\"), and rerun");
  }

  private static Long observedRows(Observation o) {
    try {
      Object n = o.getAsJava().get("rows");
      return n == null ? null : ((Number) n).longValue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reconciling row counts", e);
    }
  }

  private static CheckedDataset withRows(CheckedDataset d, Dataset<Row> rows) {
    return new CheckedDataset(d.spec(), d.source(), rows);
  }

  /**
   * Materialised once (the read's observation fires here) and cut from its plan, so that the datasets checked
   * against it, the counts and every metric plan start from a small leaf (see {@link Lineage}).
   */
  private static CheckedDataset persist(CheckedDataset d) {
    return d.present() ? withRows(d, Lineage.cut(d.rows())) : d;
  }

  /** One small aggregate per dataset: rows by first reason (null = accepted). */
  static DatasetCounts countRows(CheckedDataset d) {
    if (!d.present()) {
      return new DatasetCounts(d.spec().name(), false, null, null, List.of(), 0, 0, 0, Map.of());
    }
    List<Row> byReason =
        d.rows().groupBy(
                when(size(col(RowRules.REASONS)).gt(0),
                    split(element_at(col(RowRules.REASONS), 1), ":").getItem(0)).as("reason"))
            .count()
            .collectAsList();
    long accepted = 0;
    long quarantined = 0;
    Map<String, Long> reasons = new TreeMap<>();
    for (Row r : byReason) {
      long n = r.getLong(1);
      if (r.isNullAt(0)) {
        accepted += n;
      } else {
        quarantined += n;
        reasons.put(r.getString(0), n);
      }
    }
    return new DatasetCounts(d.spec().name(), true, d.source().location(), d.source().format().name().toLowerCase(),
        new ArrayList<>(d.source().files()), accepted + quarantined, accepted, quarantined, reasons);
  }
}
