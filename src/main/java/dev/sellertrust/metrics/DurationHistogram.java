package dev.sellertrust.metrics;

import static org.apache.spark.sql.functions.*;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * Kaplan-Meier quantiles of a duration (hours to first reply, to refund) from compact log-binned histograms.
 * Open cases are censored at their age instead of dropped, so a seller who never answers has no median at all
 * rather than a fast one. Bins are 5% wide on 1+h (log-spaced): percentiles need no global sort, and histograms merge.
 */
public final class DurationHistogram {
  private DurationHistogram() {}

  public static final String HOURS = "_hours";
  public static final String OBSERVED = "_observed";
  private static final double LOG_BASE = Math.log(1.05);

  public static Column bin(Column hours) {
    return floor(log1p(greatest(hours, lit(0.0))).divide(LOG_BASE)).cast("int");
  }

  /** The upper edge of a bin in hours: a reported quantile errs upward, by at most 5% of (1 + hours). */
  public static Column binUpperHours(Column bin) {
    return expm1(bin.plus(1).multiply(LOG_BASE));
  }

  public static final String BIN = "bin";
  private static final String D_W = "d_w";
  private static final String C_W = "c_w";

  /**
   * A histogram family: per seller, {@code keys} and {@link #BIN}, the decayed weight of closed cases (d) and of
   * cases still open (c), over rows with {@link #HOURS} (duration, or age when open) and {@link #OBSERVED}.
   */
  public static StatFamily family(String name, List<String> keys) {
    List<String> all = new ArrayList<>(keys);
    all.add(BIN);
    return new StatFamily(name, all,
        List.of(Stat.decayed(D_W, col(OBSERVED)), Stat.decayed(C_W, not(col(OBSERVED)))));
  }

  /** The events with their {@link #BIN}, as {@link #family} sums them. */
  public static Dataset<Row> binned(Dataset<Row> events) {
    return events.withColumn(BIN, bin(col(HOURS)));
  }

  /**
   * @param sums a {@link #family}'s sums
   * @param keys seller_id and any of the family's keys: the curve is estimated per distinct value of these
   * @return one row per key with the requested quantile columns (null when the curve never reaches them)
   */
  public static Dataset<Row> quantiles(Dataset<Row> sums, StatFamily family, List<String> keys, double[] probs,
      String[] names) {
    List<String> groups = new ArrayList<>(keys);
    groups.add(BIN);
    Dataset<Row> hist = Sums.overKeys(sums, family, groups)
        .withColumnRenamed(D_W, "d").withColumnRenamed(C_W, "c");
    return kaplanMeier(hist, keys, probs, names);
  }

  /** Kaplan-Meier over a histogram (keys, bin, d = events, c = censored); censored cases stay at risk through their bin. */
  public static Dataset<Row> kaplanMeier(Dataset<Row> hist, List<String> keys, double[] probs, String[] names) {
    Column[] keyCols = keys.stream().map(k -> col(k)).toArray(Column[]::new);
    WindowSpec all = Window.partitionBy(keyCols);
    WindowSpec upTo = Window.partitionBy(keyCols).orderBy(col("bin")).rowsBetween(Window.unboundedPreceding(), Window.currentRow());
    Column atRisk = sum(col("d").plus(col("c"))).over(all).minus(sum(col("d").plus(col("c"))).over(upTo)).plus(col("d")).plus(col("c"));
    Dataset<Row> curve =
        hist.withColumn("n", atRisk)
            .withColumn("step", when(col("n").gt(0), log(greatest(lit(1e-12), lit(1.0).minus(col("d").divide(col("n")))))).otherwise(0.0))
            .withColumn("cdf", lit(1.0).minus(exp(sum(col("step")).over(upTo))));
    List<Column> aggs = new ArrayList<>();
    for (int i = 0; i < probs.length; i++) {
      // 1e-9 absorbs float error so that exactly half the cases answered counts as reaching the median.
      aggs.add(binUpperHours(min(when(col("cdf").geq(probs[i] - 1e-9), col("bin")))).as(names[i]));
    }
    return curve.groupBy(keyCols).agg(aggs.get(0), aggs.subList(1, aggs.size()).toArray(new Column[0]));
  }
}
