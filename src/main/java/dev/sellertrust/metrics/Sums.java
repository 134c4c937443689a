package dev.sellertrust.metrics;

import static org.apache.spark.sql.functions.*;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Computing, scaling and merging the sums of a {@link StatFamily}. */
public final class Sums {
  private Sums() {}

  /**
   * One row per seller and family keys (and {@code extraGroups}), every stat summed; decayed stats weighted by
   * {@code weight}.
   */
  public static Dataset<Row> of(Dataset<Row> facts, StatFamily f, Column weight, Column... extraGroups) {
    List<Column> groups = groupColumns(f);
    groups.addAll(List.of(extraGroups));
    List<Column> aggs = new ArrayList<>();
    for (Stat s : f.allStats()) {
      Column v = s.kind() == Stat.Kind.DECAYED ? s.perRow().multiply(weight) : s.perRow();
      aggs.add(sum(v).as(s.name()));
    }
    return facts.groupBy(groups.toArray(new Column[0]))
        .agg(aggs.get(0), aggs.subList(1, aggs.size()).toArray(new Column[0]));
  }

  /** Decayed sums times {@code decayedFactor}, and every sum times {@code sign} (+1, or -1 to subtract). */
  public static Dataset<Row> scaled(Dataset<Row> sums, StatFamily f, double decayedFactor, int sign) {
    return scaled(sums, f, lit(decayedFactor), sign, List.of());
  }

  /**
   * @param decayedFactor may depend on the row (e.g. the decay weight of its attribution date)
   * @param extraGroups grouping columns kept besides the family's
   */
  public static Dataset<Row> scaled(Dataset<Row> sums, StatFamily f, Column decayedFactor, int sign,
      List<String> extraGroups) {
    List<Column> cols = groupColumns(f);
    extraGroups.forEach(g -> cols.add(col(g)));
    for (Stat s : f.allStats()) {
      Column c = col(s.name());
      Column v = switch (s.kind()) {
        case DECAYED -> c.multiply(decayedFactor).multiply((double) sign).as(s.name());
        case COUNT -> c.multiply(lit((long) sign));
        case PLAIN -> c.multiply((double) sign);
      };
      cols.add(v.as(s.name()));
    }
    return sums.select(cols.toArray(new Column[0]));
  }

  /**
   * Re-sums the union of several sum tables. Groups left without rows (everything they held left the window) are
   * dropped, and decayed sums within {@code epsilon} of zero become zero, so "no late orders" stays exactly zero
   * after an addition and a subtraction that cancel, as it is in a recomputation.
   */
  public static Dataset<Row> merge(StatFamily f, double epsilon, List<Dataset<Row>> parts) {
    List<Column> cols = groupColumns(f);
    Dataset<Row> union = null;
    for (Dataset<Row> p : parts) {
      Dataset<Row> aligned = p.select(all(f));
      union = union == null ? aligned : union.union(aligned);
    }
    List<Column> aggs = new ArrayList<>();
    for (Stat s : f.allStats()) {
      Column summed = sum(col(s.name()));
      if (s.kind() == Stat.Kind.DECAYED) {
        summed = when(abs(summed).lt(epsilon), lit(0.0)).otherwise(summed);
      }
      aggs.add(summed.as(s.name()));
    }
    return union.groupBy(cols.toArray(new Column[0]))
        .agg(aggs.get(0), aggs.subList(1, aggs.size()).toArray(new Column[0]))
        .filter(col(StatFamily.ROWS).gt(0));
  }

  /** The family's sums added up over its keys: one row per seller. */
  public static Dataset<Row> perSeller(Dataset<Row> sums, StatFamily f) {
    return overKeys(sums, f, List.of(MetricCols.SELLER_ID));
  }

  /** The family's sums added up to coarser groups (a subset of seller_id and its keys). */
  public static Dataset<Row> overKeys(Dataset<Row> sums, StatFamily f, List<String> groups) {
    List<Column> aggs = new ArrayList<>();
    for (Stat s : f.allStats()) {
      aggs.add(sum(col(s.name())).as(s.name()));
    }
    return sums.groupBy(groups.stream().map(g -> col(g)).toArray(Column[]::new))
        .agg(aggs.get(0), aggs.subList(1, aggs.size()).toArray(new Column[0]));
  }

  /** The group and stat columns of a sum table, in their canonical order. */
  public static Column[] all(StatFamily f) {
    List<Column> cols = groupColumns(f);
    f.allStats().forEach(s -> cols.add(col(s.name())));
    return cols.toArray(new Column[0]);
  }

  private static List<Column> groupColumns(StatFamily f) {
    List<Column> cols = new ArrayList<>();
    cols.add(col(MetricCols.SELLER_ID));
    f.keys().forEach(k -> cols.add(col(k)));
    return cols;
  }
}
