package dev.sellertrust.job;

import static org.apache.spark.sql.functions.*;

import dev.sellertrust.io.StateStore;
import dev.sellertrust.metrics.MetricCols;
import dev.sellertrust.metrics.SellerSums;
import dev.sellertrust.metrics.StatFamily;
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
final class StateIo {
  private StateIo() {}

  private static final String EXIT_DATE = "exit_date";

  /** Yesterday's sums and pairs, and the sums that leave the lookback today. */
  static PriorState read(SparkSession spark, StateStore store, StateStore.StateInfo info, LocalDate today,
      dev.sellertrust.config.JobConfig.Window window) {
    LocalDate date = LocalDate.parse(info.snapshotDate());
    Map<String, Dataset<Row>> sums = new LinkedHashMap<>();
    Map<String, Dataset<Row>> leaving = new LinkedHashMap<>();
    for (String name : info.families()) {
      StatFamily f = SellerSums.family(name);
      Path table = store.table(date, name);
      if (!store.exists(table)) {
        throw new FullRecomputationNeeded("the state of " + date + " lacks its table " + name);
      }
      Dataset<Row> s = spark.read().parquet(table.toString()).select(dev.sellertrust.metrics.Sums.all(f));
      sums.put(name, s);
      List<Path> exits = store.exitsLeavingOn(info, name, today, window.lookbackDays(), window.settleDays());
      leaving.put(name, exits.isEmpty()
          ? spark.createDataFrame(new ArrayList<Row>(), s.schema())
          : spark.read().parquet(exits.stream().map(Path::toString).toArray(String[]::new))
              .filter(col(EXIT_DATE).equalTo(lit(java.sql.Date.valueOf(today))))
              .select(dev.sellertrust.metrics.Sums.all(f)));
    }
    Path pairs = store.table(date, StateStore.PAIRS);
    if (!store.exists(pairs)) {
      throw new FullRecomputationNeeded("the state of " + date + " lacks its table " + StateStore.PAIRS);
    }
    return new PriorState(date, new SellerSums(sums, spark.read().parquet(pairs.toString())),
        new SellerSums(leaving, null), info.families(), info.policyFingerprint());
  }

  /** Writes the state tables of {@code c} (not yet committed: {@link StateStore#commit} does that last). */
  static void write(StateStore store, LocalDate day, String chain, TrustScoreJob.Computed c, int lookbackDays) {
    store.clearFrom(day, chain);
    for (String name : c.families()) {
      c.frozen().get(SellerSums.family(name)).coalesce(1).write().mode(SaveMode.Overwrite)
          .parquet(store.table(day, name).toString());
      // Sorted by exit day: a later run reads one day's rows and Parquet's statistics skip the other row groups.
      c.exits().get(SellerSums.family(name))
          .withColumn(EXIT_DATE, date_add(col(MetricCols.ATTR_DATE), lookbackDays))
          .drop(MetricCols.ATTR_DATE)
          .coalesce(1).sortWithinPartitions(EXIT_DATE)
          .write().mode(SaveMode.Overwrite).parquet(store.exits(chain, name, day).toString());
    }
    c.frozen().pairs().coalesce(1).write().mode(SaveMode.Overwrite).parquet(store.table(day, StateStore.PAIRS).toString());
  }
}
