package dev.sellertrust.report;

import static org.apache.spark.sql.functions.*;

import dev.sellertrust.changes.Changes;
import dev.sellertrust.io.OutputLayout;
import dev.sellertrust.metrics.Metric;
import dev.sellertrust.metrics.MetricCols;
import dev.sellertrust.metrics.ReviewThemeRates;
import dev.sellertrust.score.OutputCols;
import dev.sellertrust.score.RatingPosteriors;
import dev.sellertrust.themes.Theme;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The fixed-size aggregates of an output table that the report, the manifest and the run summary read: named
 * aggregate columns, as many whatever the number of sellers. A run observes them while it writes the table (an
 * {@code Observation}, no query of its own); a report rebuilt from published tables computes the same columns in one
 * aggregate per table, so both ways give the same numbers.
 */
public final class TableFigures {
  private TableFigures() {}

  public static final String ROWS = "rows";
  /** A pseudo table: the change feed, whose figures are the sellers per change type. */
  public static final String CHANGES = "changes";

  /** The change types in the order the report lists them (as a sort of their names). */
  static final List<String> CHANGE_TYPES =
      java.util.stream.Stream.of(Changes.NEW, Changes.GONE, Changes.TIER_CHANGED, Changes.MOVED).sorted().toList();

  /** A tier's name in the figures; {@code null} (a seller without a tier) is counted as "unknown", as the report does. */
  static final String UNKNOWN_TIER = "unknown";

  /**
   * The aggregates of one table, or only the row count for a table nothing reads figures from.
   *
   * @param columns the table's columns: a snapshot published before a column existed has no figure for it
   */
  public static List<Column> of(String table, String[] columns) {
    List<Column> out = new ArrayList<>(List.of(count(lit(1)).as(ROWS)));
    List<String> has = Arrays.asList(columns);
    switch (table) {
      case OutputLayout.SELLER_SCORES -> scores(out, has);
      case OutputLayout.SELLER_METRICS -> metrics(out, has);
      case OutputLayout.SELLER_EVIDENCE -> evidence(out);
      case OutputLayout.POLICY_CLARITY -> clarity(out);
      case CHANGES -> changes(out);
      default -> { }
    }
    return out;
  }

  /** The same aggregates as one query on the table, for a table that was not observed while written. */
  public static Map<String, Object> query(Dataset<Row> rows, String table) {
    List<Column> aggs = of(table, rows.columns());
    Row r = rows.agg(aggs.get(0), aggs.subList(1, aggs.size()).toArray(new Column[0])).first();
    Map<String, Object> out = new HashMap<>();
    for (String f : r.schema().fieldNames()) {
      out.put(f, r.getAs(f));
    }
    return out;
  }

  public static String tierCount(String tier) {
    return "tier." + tier;
  }

  static String tierBin(String tier, int bin) {
    return "bin." + tier + "." + bin;
  }

  static final String WITHOUT_SCORE = "without_score";

  static String componentBin(String column, int bin) {
    return "component." + column + "." + bin;
  }

  static String componentMissing(String column) {
    return "component." + column + ".none";
  }

  public static final String ORDERS = "orders";

  /** A component's count of sellers with a published value: all but those without one. */
  public static long withComponent(Map<String, Object> scores, String column) {
    return asLong(scores.get(ROWS)) - asLong(scores.get(componentMissing(column)));
  }

  /**
   * Sellers per tier and 5-point bin, per component and 10-point bin, and the orders the scores rest on (of the
   * columns the table has).
   */
  private static void scores(List<Column> out, List<String> has) {
    Column score = col(OutputCols.TRUST_SCORE);
    Column tier = col(OutputCols.TIER);
    // least() skips nulls, so the bin of a missing score is null explicitly; a negative score joins the first bin.
    Column bin = greatest(when(score.isNotNull(), least(floor(score.divide(5)), lit(19)).cast("int")), lit(0));
    List<String> tiers = new ArrayList<>(ReportQueries.TIER_ORDER);
    tiers.add(UNKNOWN_TIER);
    for (String t : tiers) {
      Column inTier = t.equals(UNKNOWN_TIER) ? tier.isNull() : tier.equalTo(t);
      out.add(count(when(inTier, lit(1))).as(tierCount(t)));
      for (int b = 0; b < 20; b++) {
        out.add(count(when(inTier.and(score.isNotNull()).and(bin.equalTo(b)), lit(1))).as(tierBin(t, b)));
      }
    }
    out.add(count(when(score.isNull(), lit(1))).as(WITHOUT_SCORE));
    for (String[] comp : ReportQueries.COMPONENTS) {
      if (!has.contains(comp[1])) {
        continue;
      }
      Column v = col(comp[1]);
      for (int b = 0; b < 10; b++) {
        Column in = b == 9 ? v.geq(90) : v.geq(b * 10).and(v.lt(b * 10 + 10));
        out.add(sum(when(in, 1L).otherwise(0L)).as(componentBin(comp[1], b)));
      }
      out.add(sum(when(v.isNull(), 1L).otherwise(0L)).as(componentMissing(comp[1])));
    }
    if (has.contains(OutputCols.N_ORDERS)) {
      out.add(sum(col(OutputCols.N_ORDERS)).as(ORDERS));
    }
  }

  public static final String RATING_PRIOR_STRENGTH = "rating_prior_strength";
  static final String WITH_TEXT = "with_text";

  static String theme(Theme t) {
    return "theme." + t.id();
  }

  /** The marketplace's reviews per theme (when the table has theme columns) and the fitted rating prior. */
  private static void metrics(List<Column> out, List<String> has) {
    if (has.contains(RatingPosteriors.RATING_PRIOR_STRENGTH)) {
      out.add(max(col(RatingPosteriors.RATING_PRIOR_STRENGTH)).as(RATING_PRIOR_STRENGTH));
    }
    if (has.contains(ReviewThemeRates.WITH_TEXT)) {
      out.add(coalesce(sum(col(ReviewThemeRates.WITH_TEXT)), lit(0L)).as(WITH_TEXT));
      for (Theme t : Theme.values()) {
        out.add(coalesce(sum(col(ReviewThemeRates.count(t))), lit(0L)).as(theme(t)));
      }
    }
  }

  static final String OTHER_METRICS = "evidence.other_metrics";

  public static String evidenceRows(String metric) {
    return "evidence." + metric + ".rows";
  }

  public static String evidenceTrials(String metric) {
    return "evidence." + metric + ".trials";
  }

  public static String evidenceStrength(String metric) {
    return "evidence." + metric + ".prior_strength";
  }

  /** Per metric: its rows, its trials and its prior strength (the manifest's scoring coverage). */
  private static void evidence(List<Column> out) {
    Column metric = col(MetricCols.METRIC);
    for (String m : Metric.ALL) {
      Column is = metric.equalTo(m);
      out.add(count(when(is, lit(1))).as(evidenceRows(m)));
      out.add(sum(when(is, col("trials"))).as(evidenceTrials(m)));
      out.add(max(when(is, col("prior_strength"))).as(evidenceStrength(m)));
    }
    out.add(count(when(not(metric.isin(Metric.ALL.toArray())), lit(1))).as(OTHER_METRICS));
  }

  /** Whether the evidence figures cover every metric of the table (else it must be queried by metric). */
  public static boolean evidenceComplete(Map<String, Object> evidence) {
    return evidence.containsKey(OTHER_METRICS) && asLong(evidence.get(OTHER_METRICS)) == 0;
  }

  static String clarityBin(int bin) {
    return "clarity." + bin;
  }

  public static final String POLICIES_REPAIRED = "policies_repaired";
  public static final String SEQUENCES_REPAIRED = "sequences_repaired";

  /** Policies per 10-point clarity bin, and the policies whose text was repaired before reading. */
  private static void clarity(List<Column> out) {
    Column score = col("clarity_score");
    Column bin = greatest(least(floor(score.divide(10)), lit(9)).cast("int"), lit(0));
    for (int b = 0; b < 10; b++) {
      out.add(count(when(score.isNotNull().and(bin.equalTo(b)), lit(1))).as(clarityBin(b)));
    }
    out.add(count(when(col("text_repairs").gt(0), lit(1))).as(POLICIES_REPAIRED));
    out.add(coalesce(sum(col("text_repairs")), lit(0L)).as(SEQUENCES_REPAIRED));
  }

  static String changeType(String type) {
    return "change." + type;
  }

  static final String CHANGE_ENTRIES = "change_entries";

  /** Sellers per change type; with all the types listed, so a type the list misses shows as a shortfall. */
  private static void changes(List<Column> out) {
    Column types = col(Changes.CHANGE_TYPES);
    for (String t : CHANGE_TYPES) {
      out.add(count(when(array_contains(types, t), lit(1))).as(changeType(t)));
    }
    out.add(coalesce(sum(size(types)), lit(0L)).as(CHANGE_ENTRIES));
  }

  /** A count or sum as a long; null (a sum over no rows) as 0. */
  public static long asLong(Object n) {
    return n == null ? 0L : ((Number) n).longValue();
  }
}
