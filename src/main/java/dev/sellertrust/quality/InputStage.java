package dev.sellertrust.quality;

import static org.apache.spark.sql.functions.*;

import dev.sellertrust.io.Col;
import dev.sellertrust.io.DatasetReader;
import dev.sellertrust.io.DatasetSpec;
import dev.sellertrust.io.InputContract;
import dev.sellertrust.io.InputException;
import dev.sellertrust.io.InputLocator;
import dev.sellertrust.io.InputSource;
import dev.sellertrust.spark.Checkpoints;
import dev.sellertrust.spark.SparkSessions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and checks all six datasets in dependency order (sellers, then orders, then the rest, since references are
 * checked against accepted rows only) and reconciles their counts.
 */
public final class InputStage {
  private static final Logger LOG = LoggerFactory.getLogger("dev.sellertrust.progress");

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

    /** Bytes of the input files read (after date pruning). */
    public long inputBytes() {
      return datasets.values().stream().filter(CheckedDataset::present).mapToLong(d -> d.source().bytes()).sum();
    }
  }

  /**
   * Reference keys up to this many rows are broadcast to every task (a hash table of this many short ids takes some
   * tens of MB), so the checked rows are joined where they are read instead of being shuffled. Above it, a shuffle
   * join keeps the memory bounded whatever the input size.
   */
  static final long BROADCAST_MAX_KEYS = 1_000_000;

  /**
   * Which date partitions to read.
   *
   * @param firstDays per dataset name, the first day to read: files under {@code date=YYYY-MM-DD/} folders of earlier
   *     days are skipped (files outside such folders are always read)
   * @param orderKeysFrom null, or a day before the orders' first day: the order partitions from it up to that first
   *     day are read for their ids alone, so that events naming those orders are not reported as unknown; an event
   *     naming an order of an even earlier partition is quarantined as {@link Reasons#UNCHECKED_ORDER}
   */
  public record Pruning(Map<String, LocalDate> firstDays, LocalDate orderKeysFrom) {
    public static final Pruning NONE = new Pruning(Map.of(), null);
  }

  public static Checked run(SparkSession spark, String inputDir, ValidationContext ctx) {
    return run(spark, inputDir, ctx, Pruning.NONE);
  }

  public static Checked run(SparkSession spark, String inputDir, ValidationContext ctx, Pruning pruning) {
    var hadoop = spark.sparkContext().hadoopConfiguration();
    Map<String, CheckedDataset> out = new LinkedHashMap<>();
    Map<String, Observation> reads = new LinkedHashMap<>();
    Map<String, InputSource> sources = new LinkedHashMap<>();
    InputSource earlierOrders = null;
    boolean olderOrdersUnread = false;
    for (DatasetSpec spec : InputContract.ALL) {
      Optional<InputSource> source = InputLocator.locate(hadoop, inputDir, spec);
      LocalDate firstDay = pruning.firstDays().get(spec.name());
      if (source.isPresent() && firstDay != null) {
        if (spec == InputContract.ORDERS && pruning.orderKeysFrom() != null) {
          earlierOrders = InputLocator.datedBetween(source.get(), pruning.orderKeysFrom(), firstDay);
          olderOrdersUnread = !InputLocator.datedBetween(source.get(), LocalDate.MIN, pruning.orderKeysFrom()).files()
              .isEmpty();
        }
        source = Optional.of(InputLocator.fromDay(source.get(), firstDay));
      }
      if (source.isEmpty() && spec.mandatory()) {
        throw new InputException(
            "required dataset '" + spec.name() + "' not found in " + inputDir + ": provide " + spec.name()
                + ".csv, " + spec.name() + ".parquet, " + spec.name() + ".jsonl or a folder " + spec.name() + "/");
      }
      source.ifPresent(s -> sources.put(spec.name(), s));
    }
    long inputBytes = sources.values().stream().mapToLong(InputSource::bytes).sum();
    SparkSessions.chooseExecution(spark, inputBytes);
    Map<String, Integer> partitionsFor = new LinkedHashMap<>();
    // Row rules only, without the read observation: what the rare duplicate path recomputes from.
    Map<String, Dataset<Row>> unobserved = new LinkedHashMap<>();
    for (DatasetSpec spec : InputContract.ALL) {
      InputSource source = sources.get(spec.name());
      Dataset<Row> rows = null;
      if (source != null) {
        Dataset<Row> raw = DatasetReader.read(spark, source);
        partitionsFor.put(spec.name(), partitionsFor(raw, source.bytes(), source.files().size()));
        // Counted as the rows stream past, independently of the rules, so reconciliation really checks something.
        Observation read = new Observation("read_" + spec.name());
        reads.put(spec.name(), read);
        rows = RowRules.check(raw.observe(read, count(lit(1)).as("rows")), spec, ctx);
        unobserved.put(spec.name(), RowRules.check(raw, spec, ctx));
      }
      out.put(spec.name(), new CheckedDataset(spec, source, rows));
    }
    Map<String, DatasetCounts> counts = new LinkedHashMap<>();
    // Per dataset, the row counts observed while its checkpoint was written (the last one, if ranked again).
    Map<String, Observation> checkedRows = new LinkedHashMap<>();
    References refs = new References(spark, earlierOrders, olderOrdersUnread);
    Map<String, CheckedDataset> unchecked = new LinkedHashMap<>(out);
    // Ids are almost always unique: every dataset is checked and materialised once, then one query tells which
    // datasets repeat an id, and only those (and what was checked against them) are checked again.
    checkInOrder(unchecked, out, counts, checkedRows, refs,
        d -> persist(withRows(d, refs.apply(d.spec(), d.rows())), partitionsFor, checkedRows));
    List<String> repeated = repeatedIds(out);
    // A dataset with repeated ids gets its duplicates marked before its references (a rejected duplicate must not be
    // reported for another reason); the others are checked again from their rules (the read observation has fired).
    java.util.function.UnaryOperator<CheckedDataset> again = d -> repeated.contains(d.spec().name())
        ? rankDuplicates(d, unobserved, partitionsFor, checkedRows, r -> refs.apply(d.spec(), r))
        : persist(withRows(d, refs.apply(d.spec(), unobserved.get(d.spec().name()))), partitionsFor, checkedRows);
    if (repeated.contains(InputContract.SELLERS.name()) || repeated.contains(InputContract.ORDERS.name())) {
      // The other datasets were checked against these sellers and orders: all are checked again, in order.
      checkInOrder(unchecked, out, counts, checkedRows, refs, again);
    } else {
      repeated.forEach(name -> out.put(name, again.apply(unchecked.get(name))));
    }
    for (CheckedDataset d : out.values()) {
      DatasetCounts c = counts.containsKey(d.spec().name()) ? counts.get(d.spec().name()) : countRows(d, checkedRows);
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
    for (Map.Entry<String, CheckedDataset> e : out.entrySet()) {
      CheckedDataset d = e.getValue();
      e.setValue(new CheckedDataset(d.spec(), d.source(), d.rows(), counts.get(e.getKey()).rowsQuarantined()));
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
    Object n = observed(o).get("rows");
    return n == null ? null : ((Number) n).longValue();
  }

  /** An observation's metrics; empty when Spark reported none (a scan without files), or when there is none. */
  private static Map<String, Object> observed(Observation o) {
    if (o == null) {
      return Map.of();
    }
    try {
      return o.getAsJava();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reconciling row counts", e);
    }
  }

  private static CheckedDataset withRows(CheckedDataset d, Dataset<Row> rows) {
    return new CheckedDataset(d.spec(), d.source(), rows);
  }

  /**
   * Checks every present dataset with {@code check}, in dependency order (sellers, then orders, then the rest, as
   * references are checked against accepted rows only), into {@code out}; counts the sellers and orders on the way,
   * since how their keys are joined depends on how many there are.
   */
  private static void checkInOrder(Map<String, CheckedDataset> unchecked, Map<String, CheckedDataset> out,
      Map<String, DatasetCounts> counts, Map<String, Observation> checkedRows, References refs,
      java.util.function.UnaryOperator<CheckedDataset> check) {
    for (DatasetSpec spec : InputContract.ALL) {
      CheckedDataset d = unchecked.get(spec.name());
      if (!d.present()) {
        continue;
      }
      CheckedDataset checked = check.apply(d);
      out.put(spec.name(), checked);
      if (spec == InputContract.SELLERS) {
        counts.put(spec.name(), countRows(checked, checkedRows));
        refs.sellers(checked, counts.get(spec.name()));
      } else if (spec == InputContract.ORDERS) {
        counts.put(spec.name(), countRows(checked, checkedRows));
        refs.orders(checked, counts.get(spec.name()));
      }
    }
  }

  /** What the datasets are checked against: the accepted sellers, then the accepted orders (and earlier order keys). */
  private static final class References {
    private final SparkSession spark;
    private final InputSource earlierOrders;
    private final String missingOrder;
    private Dataset<Row> sellerIds;
    private boolean fewSellers;
    private Dataset<Row> orderKeys;
    private boolean fewOrders;

    References(SparkSession spark, InputSource earlierOrders, boolean olderOrdersUnread) {
      this.spark = spark;
      this.earlierOrders = earlierOrders;
      this.missingOrder = olderOrdersUnread ? Reasons.UNCHECKED_ORDER : Reasons.UNKNOWN_ORDER;
    }

    void sellers(CheckedDataset sellers, DatasetCounts c) {
      sellerIds = sellers.accepted().select(col(Col.SELLER_ID));
      fewSellers = c.rowsAccepted() <= BROADCAST_MAX_KEYS;
    }

    void orders(CheckedDataset orders, DatasetCounts c) {
      Dataset<Row> acceptedKeys = orders.accepted().select(col(Col.ORDER_ID), col(Col.SELLER_ID));
      Dataset<Row> earlierKeys = earlierOrders == null || earlierOrders.files().isEmpty() ? null
          : Checkpoints.onDisk(ReferenceRules.earlierOrderKeys(DatasetReader.read(spark, earlierOrders), acceptedKeys));
      orderKeys = earlierKeys == null ? acceptedKeys : acceptedKeys.unionByName(earlierKeys);
      fewOrders = c.rowsAccepted() + (earlierKeys == null ? 0 : earlierKeys.count()) <= BROADCAST_MAX_KEYS;
    }

    /** The dataset's rows with their references marked. */
    Dataset<Row> apply(DatasetSpec spec, Dataset<Row> rows) {
      if (spec == InputContract.SELLERS) {
        return rows;
      }
      Dataset<Row> checked = ReferenceRules.markUnknownSellers(rows, sellerIds, fewSellers);
      return spec == InputContract.ORDERS || spec.field(Col.ORDER_ID).isEmpty() ? checked
          : ReferenceRules.markUnknownOrders(checked, orderKeys, fewOrders, missingOrder);
    }
  }

  /** The datasets in which some id is on more than one row: one query for all of them. */
  private static List<String> repeatedIds(Map<String, CheckedDataset> checked) {
    Dataset<Row> repeated = null;
    for (CheckedDataset d : checked.values()) {
      if (d.present() && d.spec().idColumn() != null) {
        Dataset<Row> one = ReferenceRules.repeatedIds(d.rows(), d.spec()).limit(1)
            .select(lit(d.spec().name()).as("dataset"));
        repeated = repeated == null ? one : repeated.unionAll(one);
      }
    }
    return repeated == null ? List.of() : repeated.collectAsList().stream().map(r -> r.getString(0)).toList();
  }

  /**
   * The dataset recomputed from its row rules (without the read observation, which has fired) with duplicate ids
   * marked, then its references, and materialised.
   */
  private static CheckedDataset rankDuplicates(CheckedDataset d, Map<String, Dataset<Row>> unobserved,
      Map<String, Integer> partitionsFor, Map<String, Observation> checkedRows,
      java.util.function.UnaryOperator<Dataset<Row>> references) {
    LOG.info("{}: some ids occur more than once, ranking them to keep one row per id", d.spec().name());
    Dataset<Row> ranked = ReferenceRules.markDuplicates(unobserved.get(d.spec().name()), d.spec());
    return persist(withRows(d, references.apply(ranked)), partitionsFor, checkedRows);
  }

  /**
   * Materialised once (the read's observation fires here) and cut from its plan, so that the datasets checked
   * against it, the counts and every metric plan start from a small leaf (see {@link Checkpoints}). Every rule has run by
   * now, so the raw record is built here, for the rejected rows only. Spread over more partitions first when the
   * files gave too few, or gathered into fewer when they gave too many (see {@link #partitionsFor}). Its rows and
   * quarantined rows are counted as they are written, into {@code checkedRows}, which saves a query per clean dataset.
   */
  private static CheckedDataset persist(CheckedDataset d, Map<String, Integer> partitionsFor,
      Map<String, Observation> checkedRows) {
    if (!d.present()) {
      return d;
    }
    Dataset<Row> rows = RowRules.withRawRecord(d.rows(), d.spec());
    int n = partitionsFor.getOrDefault(d.spec().name(), 0);
    if (n > 0) {
      String key = d.spec().idColumn() != null ? d.spec().idColumn() : Col.SELLER_ID;
      rows = rows.repartition(n, col(key));
    } else if (n < 0) {
      rows = rows.coalesce(-n);
    }
    Observation checked = new Observation("checked_" + d.spec().name());
    checkedRows.put(d.spec().name(), checked);
    rows = rows.observe(checked, count(lit(1)).as("rows"),
        count(when(size(col(RowRules.REASONS)).gt(0), lit(1))).as("quarantined"));
    return withRows(d, Checkpoints.onDisk(rows));
  }

  /**
   * The partitions a dataset should be checkpointed in: {@code n > 0} spreads it by id into n, {@code n < 0} gathers
   * it into -n without a shuffle, 0 keeps what the files gave.
   *
   * <p>Too few: one Parquet file with 128 MB row groups is read by one task per row group, and every later step on
   * those rows, until a shuffle, keeps that count: at 10M orders, three tasks of ~3M rows each, whose cached blocks
   * (unrolled in the heap) starved the aggregations of memory (AGGREGATE_OUT_OF_MEMORY with a 2 GB heap,
   * docs/BENCHMARKS.md). A hash shuffle by id (no sort) into one partition per 16 MB of input fixes both the
   * parallelism and the block size.
   *
   * <p>Too many: a folder per day of small files is read as one partition per ~32 files (Spark counts 4 MB for opening
   * each), so three years of date folders of a few KB each came out as ~35 partitions, and every later stage
   * on those rows ran that many tasks of a few rows. Gathering them into as many partitions as the bytes and the
   * cluster's cores ask for runs the same reads in fewer, fuller tasks.
   */
  private static int partitionsFor(Dataset<Row> raw, long bytes, int files) {
    int wanted = SparkSessions.shufflePartitions(bytes);
    int gathered = Math.max(wanted, raw.sparkSession().sparkContext().defaultParallelism());
    boolean large = bytes > SparkSessions.BYTES_PER_SHUFFLE_PARTITION;
    if (!large && files <= gathered) {
      return 0; // a few small files: read as they are, without planning the scan once more to count its partitions
    }
    int read = raw.rdd().getNumPartitions();
    if (large && read < wanted) {
      return wanted;
    }
    return read > gathered ? -gathered : 0;
  }

  /**
   * Rows accepted and quarantined by first reason. A dataset with no quarantined row, as its checkpoint counted them,
   * needs no query; otherwise one small aggregate gives the reasons.
   */
  static DatasetCounts countRows(CheckedDataset d, Map<String, Observation> checkedRows) {
    if (!d.present()) {
      return new DatasetCounts(d.spec().name(), false, null, null, List.of(), 0, 0, 0, Map.of());
    }
    Map<String, Object> observed = observed(checkedRows.get(d.spec().name()));
    long accepted = 0;
    long quarantined = 0;
    Map<String, Long> reasons = new TreeMap<>();
    if (observed.get("rows") instanceof Number rows && observed.get("quarantined") instanceof Number q
        && q.longValue() == 0) {
      accepted = rows.longValue();
    } else {
      List<Row> byReason =
          d.rows().groupBy(
                  when(size(col(RowRules.REASONS)).gt(0),
                      split(element_at(col(RowRules.REASONS), 1), ":").getItem(0)).as("reason"))
              .count()
              .collectAsList();
      for (Row r : byReason) {
        long n = r.getLong(1);
        if (r.isNullAt(0)) {
          accepted += n;
        } else {
          quarantined += n;
          reasons.put(r.getString(0), n);
        }
      }
    }
    return new DatasetCounts(d.spec().name(), true, d.source().location(), d.source().format().name().toLowerCase(),
        new ArrayList<>(d.source().files()), accepted + quarantined, accepted, quarantined, reasons);
  }
}
