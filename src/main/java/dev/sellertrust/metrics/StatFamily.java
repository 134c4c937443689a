package dev.sellertrust.metrics;

import static org.apache.spark.sql.functions.*;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;

/**
 * The sums one fact table contributes, grouped by seller and the family's keys (e.g. buyer country, histogram bin).
 * A family's sums, once computed, are all that later steps read: its per-seller and per-corridor metrics are
 * functions of them.
 *
 * @param keys grouping columns besides seller_id (columns of the fact table, or aliases of {@code keyColumns})
 */
public record StatFamily(String name, List<String> keys, List<Stat> stats) {

  /** Row count of every family: a merged group whose rows all left the window is dropped, not kept as zeros. */
  public static final String ROWS = "_rows";

  public List<Stat> allStats() {
    List<Stat> all = new ArrayList<>(stats);
    all.add(Stat.count(ROWS, lit(true)));
    return all;
  }

  /** The four sums behind one binomial metric of the evidence table. */
  public static List<Stat> metric(String metric, Column isTrial, Column isBad) {
    Column trial = coalesce(isTrial, lit(false));
    Column bad = trial.and(coalesce(isBad, lit(false)));
    return List.of(Stat.decayed(bad(metric), bad), Stat.decayed(trials(metric), trial), Stat.count(n(metric), trial));
  }

  public static String bad(String metric) {
    return metric + "__bad_w";
  }

  public static String trials(String metric) {
    return metric + "__trials_w";
  }

  public static String n(String metric) {
    return metric + "__n";
  }
}
