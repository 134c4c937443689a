package dev.sellertrust.state;

import static org.apache.spark.sql.functions.*;

import dev.sellertrust.metrics.MetricCols;
import dev.sellertrust.metrics.SellerSums;
import dev.sellertrust.metrics.StatFamily;
import dev.sellertrust.metrics.Sums;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/** Reads yesterday's state for an incremental run, and writes today's. */
public final class StateIo {
  private StateIo() {}

  private static final String EXIT_DATE = "exit_date";
  private static final String FAMILY = "family";

  /** Yesterday's sums and pairs, and the sums that leave the lookback today. */
  public static PriorState read(SparkSession spark, StateStore store, StateStore.StateInfo info, LocalDate today,
      dev.sellertrust.config.JobConfig.Window window) {
    LocalDate date = LocalDate.parse(info.snapshotDate());
    Path sumsTable = store.table(date, StateStore.SUMS);
    Path pairs = store.table(date, StateStore.PAIRS);
    for (Path p : List.of(sumsTable, pairs)) {
      if (!store.exists(p)) {
        throw new FullRecomputationNeeded("the state of " + date + " lacks its table " + p.getName());
      }
    }
    Dataset<Row> allSums;
    Dataset<Row> pairRows;
    try {
      // Read once here, so a damaged state falls back to a full recomputation instead of failing the run later.
      allSums = spark.read().parquet(sumsTable.toString());
      pairRows = spark.read().parquet(pairs.toString());
      allSums.count();
      pairRows.count();
    } catch (RuntimeException e) {
      throw new FullRecomputationNeeded("the state of " + date + " cannot be read (" + e.getClass().getSimpleName() + ")");
    }
    List<Path> exits = store.exitsLeavingOn(info, today, window.lookbackDays(), window.settleDays());
    Dataset<Row> allLeaving = exits.isEmpty() ? null
        : spark.read().parquet(exits.stream().map(Path::toString).toArray(String[]::new))
            .filter(col(EXIT_DATE).equalTo(lit(java.sql.Date.valueOf(today))));
    Map<String, Dataset<Row>> sums = new LinkedHashMap<>();
    Map<String, Dataset<Row>> leaving = new LinkedHashMap<>();
    for (String name : info.families()) {
      StatFamily f = SellerSums.family(name);
      Dataset<Row> s = allSums.filter(col(FAMILY).equalTo(name)).select(Sums.all(f));
      sums.put(name, s);
      leaving.put(name, allLeaving == null ? spark.createDataFrame(new ArrayList<Row>(), s.schema())
          : allLeaving.filter(col(FAMILY).equalTo(name)).select(Sums.all(f)));
    }
    return new PriorState(date, new SellerSums(sums, pairRows),
        new SellerSums(leaving, null), info.families(), info.policyFingerprint());
  }

  /**
   * Writes the state tables of {@code c} (not yet committed: {@link StateStore#commit} does that last). Every family
   * goes into one table (a family column, each family's stat columns, nulls elsewhere): three writes a day, not fifteen.
   *
   * @param exitFiles files for the exits table: 1 for a daily run's one day of exits; a full recomputation's exits
   *     (every settled seller-day of the lookback) go into several, so that several tasks sort and write them (see
   *     {@link #exitFiles})
   */
  public static void write(StateStore store, LocalDate day, String chain, SellerSums frozen, SellerSums exitSums,
      List<String> families, int lookbackDays, int exitFiles) {
    store.clearFrom(day, chain);
    oneTable(frozen, families).coalesce(1).write().mode(SaveMode.Overwrite)
        .parquet(store.table(day, StateStore.SUMS).toString());
    Dataset<Row> exits = oneTable(exitSums, families)
        .withColumn(EXIT_DATE, date_add(col(MetricCols.ATTR_DATE), lookbackDays))
        .drop(MetricCols.ATTR_DATE);
    // Each file sorted by exit day: a later run reads one day's rows, and Parquet's statistics let the reader skip the
    // other days' row groups and pages. Gathered without a shuffle: a range partitioning by day (one file a range of
    // days) cost its sampling pass and shuffle as much as the parallel sort saved at 10M orders on 2 cores.
    exits.coalesce(exitFiles).sortWithinPartitions(EXIT_DATE, FAMILY)
        .write().mode(SaveMode.Overwrite).parquet(store.exits(chain, day).toString());
    frozen.pairs().coalesce(1).write().mode(SaveMode.Overwrite).parquet(store.table(day, StateStore.PAIRS).toString());
  }

  /**
   * Files for a full recomputation's exits: one per {@link #INPUT_BYTES_PER_EXIT_FILE} of input, at most one per core.
   * At 10M generated orders the single sorted file took 51 s in one task while the other core idled (docs/BENCHMARKS.md).
   */
  public static int exitFiles(long inputBytes, int cores) {
    long byInput = (inputBytes + INPUT_BYTES_PER_EXIT_FILE - 1) / INPUT_BYTES_PER_EXIT_FILE;
    return (int) Math.max(1, Math.min(cores, byInput));
  }

  static final long INPUT_BYTES_PER_EXIT_FILE = 128L << 20;

  private static Dataset<Row> oneTable(SellerSums sums, List<String> families) {
    Dataset<Row> out = null;
    for (String name : families) {
      Dataset<Row> d = sums.get(SellerSums.family(name)).withColumn(FAMILY, lit(name));
      out = out == null ? d : out.unionByName(d, true);
    }
    return out;
  }
}
