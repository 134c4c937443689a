package dev.sellertrust.report;

import static org.apache.spark.sql.functions.*;

import dev.sellertrust.config.JobConfig;
import dev.sellertrust.io.Io;
import dev.sellertrust.io.OutputLayout;
import dev.sellertrust.metrics.MetricCols;
import dev.sellertrust.metrics.ReviewThemeRates;
import dev.sellertrust.score.OutputCols;
import dev.sellertrust.score.Tier;
import dev.sellertrust.themes.Theme;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * The report's aggregates, computed with Spark on the snapshot's seller-level tables; only aggregates and the
 * top/bottom sellers reach the driver.
 */
public final class ReportQueries {
  private ReportQueries() {}

  /** Tiers in reading order, best first; insufficient evidence last. */
  public static final List<String> TIER_ORDER = List.of(Tier.TRUSTED, Tier.GOOD, Tier.FAIR, Tier.CAUTION,
      Tier.INSUFFICIENT_EVIDENCE);

  static final String[][] COMPONENTS = {
    {"reviews", OutputCols.REVIEW_COMPONENT},
    {"returns", OutputCols.RETURNS_COMPONENT},
    {"service", OutputCols.SERVICE_COMPONENT},
    {"delivery", OutputCols.DELIVERY_COMPONENT},
    {"policy", OutputCols.POLICY_COMPONENT}
  };

  public static final int TOP_N = 10;

  /**
   * Sellers per tier; per tier and 5-point bin; and without a score (no data at all), counted apart. One aggregate
   * gives all three.
   */
  record ScoreCounts(Map<String, Long> tiers, Map<String, long[]> bins, long withoutScore) {}

  static ScoreCounts scoreCounts(Dataset<Row> scores) {
    return scoreCounts(scores, TableFigures.query(scores, OutputLayout.SELLER_SCORES));
  }

  /**
   * @param figures the table's {@link TableFigures}; when they miss some sellers (a tier outside {@link #TIER_ORDER}),
   *     the counts come from a query on {@code scores} instead
   */
  static ScoreCounts scoreCounts(Dataset<Row> scores, Map<String, Object> figures) {
    Map<String, Long> tiers = new LinkedHashMap<>();
    Map<String, long[]> bins = new LinkedHashMap<>();
    for (String t : TIER_ORDER) {
      tiers.put(t, 0L);
      bins.put(t, new long[20]);
    }
    long counted = 0;
    List<String> all = new ArrayList<>(TIER_ORDER);
    all.add(TableFigures.UNKNOWN_TIER);
    for (String t : all) {
      long n = TableFigures.asLong(figures.get(TableFigures.tierCount(t)));
      counted += n;
      if (n == 0 && !TIER_ORDER.contains(t)) {
        continue;
      }
      tiers.put(t, n);
      long[] b = new long[20];
      for (int i = 0; i < 20; i++) {
        b[i] = TableFigures.asLong(figures.get(TableFigures.tierBin(t, i)));
      }
      if (TIER_ORDER.contains(t) || java.util.Arrays.stream(b).sum() > 0) {
        bins.put(t, b);
      }
    }
    if (counted != TableFigures.asLong(figures.get(TableFigures.ROWS))) {
      return scoreCountsByTier(scores);
    }
    return new ScoreCounts(tiers, bins, TableFigures.asLong(figures.get(TableFigures.WITHOUT_SCORE)));
  }

  /** The same counts grouped by whatever tiers the table holds. */
  private static ScoreCounts scoreCountsByTier(Dataset<Row> scores) {
    Map<String, Long> tiers = new LinkedHashMap<>();
    Map<String, long[]> bins = new LinkedHashMap<>();
    for (String t : TIER_ORDER) {
      tiers.put(t, 0L);
      bins.put(t, new long[20]);
    }
    long withoutScore = 0;
    Column score = col(OutputCols.TRUST_SCORE);
    // least() skips nulls, so the bin of a missing score is set to null explicitly.
    Column bin = when(score.isNotNull(), least(floor(score.divide(5)), lit(19)).cast("int"));
    for (Row r : scores.groupBy(col(OutputCols.TIER), bin.as("bin")).count().collectAsList()) {
      String tier = r.isNullAt(0) ? TableFigures.UNKNOWN_TIER : r.getString(0);
      long n = r.getLong(2);
      tiers.merge(tier, n, Long::sum);
      if (r.isNullAt(1)) {
        withoutScore += n;
      } else {
        bins.computeIfAbsent(tier, k -> new long[20])[Math.max(0, r.getInt(1))] += n;
      }
    }
    return new ScoreCounts(tiers, bins, withoutScore);
  }

  /** Ten 10-point bins per component plus the count without a published value, from the scores' figures. */
  static List<ReportData.ComponentDist> components(Map<String, Object> figures) {
    List<ReportData.ComponentDist> out = new ArrayList<>();
    for (String[] comp : COMPONENTS) {
      long[] bins = new long[10];
      for (int b = 0; b < 10; b++) {
        bins[b] = TableFigures.asLong(figures.get(TableFigures.componentBin(comp[1], b)));
      }
      out.add(new ReportData.ComponentDist(comp[0], comp[1], bins,
          TableFigures.asLong(figures.get(TableFigures.componentMissing(comp[1])))));
    }
    return out;
  }

  /** The best and the worst sellers, {@link #ranked}. */
  record Ranked(List<ReportData.SellerLine> best, List<ReportData.SellerLine> worst) {}

  /**
   * Best and worst sellers by score among those with a credible tier; provisional scores ("insufficient_evidence") rest
   * mostly on the peer prior, so ranking them would put the least-known sellers at both ends. Both ends in one query.
   */
  static Ranked ranked(Dataset<Row> scores) {
    Dataset<Row> credible = scores.filter(col(OutputCols.TRUST_SCORE).isNotNull()
        .and(col(OutputCols.TIER).notEqual(Tier.INSUFFICIENT_EVIDENCE)));
    Dataset<Row> ends = end(credible, true).unionAll(end(credible, false));
    List<ReportData.SellerLine> best = new ArrayList<>();
    List<ReportData.SellerLine> worst = new ArrayList<>();
    for (Row r : ends.collectAsList()) {
      (r.getBoolean(8) ? best : worst).add(new ReportData.SellerLine(r.getString(0), dbl(r, 1), dbl(r, 2), dbl(r, 3),
          r.getString(4), r.isNullAt(5) ? null : r.getLong(5), r.getString(6), r.isNullAt(7) ? List.of() : r.getList(7)));
    }
    return new Ranked(best, worst);
  }

  /** The first {@link #TOP_N} from the top or the bottom, with a last column that tells which end (true: best). */
  private static Dataset<Row> end(Dataset<Row> credible, boolean best) {
    Column order = best ? col(OutputCols.TRUST_SCORE).desc() : col(OutputCols.TRUST_SCORE).asc();
    return credible.orderBy(order, col(OutputCols.SELLER_ID)).limit(TOP_N)
        .select(col(OutputCols.SELLER_ID), col(OutputCols.TRUST_SCORE), col(OutputCols.TRUST_SCORE_LOW),
            col(OutputCols.TRUST_SCORE_HIGH), col(OutputCols.TIER), col(OutputCols.N_ORDERS), col(OutputCols.PEER_GROUP),
            col(OutputCols.REASONS), lit(best).as("_best"));
  }

  static List<ReportData.CorridorCell> corridors(Dataset<Row> corridors) {
    List<ReportData.CorridorCell> out = new ArrayList<>();
    Column orders = col("orders");
    for (Row r : corridors.filter(col("seller_country").isNotNull().and(col("buyer_country").isNotNull()))
        .groupBy("seller_country", "buyer_country")
        .agg(sum(orders).as("orders"),
            sum(coalesce(col("return_rate"), lit(0.0)).multiply(orders)).as("ret_w"),
            sum(when(col("return_rate").isNotNull(), orders).otherwise(0L)).as("ret_n"),
            sum(coalesce(col("late_delivery_rate"), lit(0.0)).multiply(orders)).as("late_w"),
            sum(when(col("late_delivery_rate").isNotNull(), orders).otherwise(0L)).as("late_n"))
        .orderBy("seller_country", "buyer_country").collectAsList()) {
      long n = r.getLong(2);
      long retN = r.getLong(4);
      long lateN = r.getLong(6);
      out.add(new ReportData.CorridorCell(r.getString(0), r.getString(1), n,
          retN == 0 ? Double.NaN : r.getDouble(3) / retN, lateN == 0 ? Double.NaN : r.getDouble(5) / lateN));
    }
    return out;
  }

  /**
   * Counts and clarity bins from the table's figures; the sellers with a policy and the missing facts and compliance
   * flags from one query (none when there is no policy).
   */
  static ReportData.PolicySummary policy(Dataset<Row> clarity, Map<String, Object> figures) {
    long policies = TableFigures.asLong(figures.get(TableFigures.ROWS));
    long[] bins = new long[10];
    for (int b = 0; b < 10; b++) {
      bins[b] = TableFigures.asLong(figures.get(TableFigures.clarityBin(b)));
    }
    long sellers = 0;
    List<ReportData.Count> missing = new ArrayList<>();
    List<ReportData.Count> flags = new ArrayList<>();
    if (policies > 0) {
      // Every row counts once under "" (for the sellers) and once per entry of either array, tagged by the array.
      Column entries = concat(array(struct(lit("").as("k"), lit("").as("v"))), tagged("missing_facts"),
          tagged("compliance_flags"));
      for (Row r : clarity.select(col("seller_id"), explode(entries).as("e"))
          .groupBy(col("e.k").as("k"), col("e.v").as("v"))
          .agg(count(lit(1)).as("n"), countDistinct(col("seller_id")).as("sellers"))
          .orderBy(col("k"), col("n").desc(), col("v")).collectAsList()) {
        switch (r.getString(0)) {
          case "" -> sellers = r.getLong(3);
          case "missing_facts" -> missing.add(new ReportData.Count(r.getString(1), r.getLong(2)));
          default -> flags.add(new ReportData.Count(r.getString(1), r.getLong(2)));
        }
      }
    }
    return new ReportData.PolicySummary(policies, sellers, bins, missing, flags);
  }

  /** The entries of an array column as (column name, entry) pairs; none for a null array. */
  private static Column tagged(String arrayCol) {
    return transform(coalesce(col(arrayCol), array().cast("array<string>")),
        v -> struct(lit(arrayCol).as("k"), v.as("v")));
  }

  /** Sellers listed per complaint theme in the report. */
  static final int THEME_SELLERS = 3;

  /**
   * The marketplace's counts per theme from seller_metrics' figures, and from one query on that table (one row per
   * seller) the sellers whose telling themes (the bar of the reasons and the export) are furthest above their peers.
   * Null when the table has no theme columns.
   */
  static ReportData.ThemeSummary themes(Dataset<Row> metrics, Map<String, Object> figures, JobConfig.Themes cfg) {
    if (!java.util.Arrays.asList(metrics.columns()).contains(ReviewThemeRates.WITH_TEXT)) {
      return null;
    }
    long withText = TableFigures.asLong(figures.get(TableFigures.WITH_TEXT));
    List<ReportData.ThemeShare> shares = new ArrayList<>();
    for (Theme t : Theme.values()) {
      long n = TableFigures.asLong(figures.get(TableFigures.theme(t)));
      shares.add(new ReportData.ThemeShare(t.id(), n, withText == 0 ? 0 : (double) n / withText));
    }
    Column entry = col("_t");
    Dataset<Row> telling = metrics.select(col(MetricCols.SELLER_ID), explode(ReviewThemeRates.tellingThemes(cfg)).as("_t"))
        .select(col(MetricCols.SELLER_ID), entry.getField(ReviewThemeRates.THEME).as("theme"),
            entry.getField(ReviewThemeRates.RATE).as("rate"), entry.getField(ReviewThemeRates.PEER_RATE).as("peer"),
            entry.getField(ReviewThemeRates.REVIEWS).as("n"), entry.getField(ReviewThemeRates.WITH_TEXT).as("text"));
    WindowSpec byTheme = Window.partitionBy(col("theme"))
        .orderBy(col("rate").minus(col("peer")).desc(), col("n").desc(), col(MetricCols.SELLER_ID));
    List<ReportData.ThemeSeller> sellers = new ArrayList<>();
    for (Row r : telling.withColumn("_rank", row_number().over(byTheme)).filter(col("_rank").leq(THEME_SELLERS))
        .orderBy(col("theme"), col("_rank")).collectAsList()) {
      sellers.add(new ReportData.ThemeSeller(r.getString(1), r.getString(0), r.getDouble(2), r.getDouble(3),
          r.getLong(4), r.getLong(5)));
    }
    return new ReportData.ThemeSummary(withText, shares, sellers, cfg.minReviews(), cfg.minRatio(), cfg.minExcess());
  }

  /** The backtest written by {@code trust-score backtest} for this snapshot, or null when there is none. */
  static List<ReportData.BacktestRow> backtest(SparkSession spark, String outputDir, String snapshot) {
    Path p = backtestFile(spark, outputDir, snapshot, OutputLayout.BACKTEST_FILE);
    if (p == null) {
      return null;
    }
    List<ReportData.BacktestRow> out = new ArrayList<>();
    for (Row r : spark.read().parquet(p.toString())
        .select(col("method").cast("string"), col("sellers").cast("long"), col("spearman").cast("double"),
            col("auc_worst_decile").cast("double"))
        .orderBy("method").collectAsList()) {
      out.add(new ReportData.BacktestRow(r.getString(0), r.isNullAt(1) ? null : r.getLong(1), dbl(r, 2), dbl(r, 3)));
    }
    return out;
  }

  /** The checks written next to that backtest, or null when there are none. */
  static ReportData.BacktestChecks backtestChecks(SparkSession spark, String outputDir, String snapshot) {
    Path p = backtestFile(spark, outputDir, snapshot, OutputLayout.BACKTEST_CHECKS_FILE);
    if (p == null) {
      return null;
    }
    Row r = spark.read().parquet(p.toString())
        .select(col("scored_sellers").cast("long"), col("thin_share").cast("double"),
            col("thin_share_top_decile").cast("double"), col("thin_share_bottom_decile").cast("double"),
            col("established_sellers").cast("long"), col("spearman_hidden_quality_established").cast("double"),
            col("spearman_hidden_quality_established_average_rating").cast("double"))
        .first();
    return new ReportData.BacktestChecks(r.getLong(0), dbl(r, 1), dbl(r, 2), dbl(r, 3), r.getLong(4), dbl(r, 5),
        dbl(r, 6));
  }

  /** One file of this snapshot's backtest, or null when it was not written. */
  private static Path backtestFile(SparkSession spark, String outputDir, String snapshot, String file) {
    Path p = new Path(new OutputLayout(outputDir).backtest(java.time.LocalDate.parse(snapshot)), file);
    return Io.exists(spark, p) ? p : null;
  }

  private static Double dbl(Row r, int i) {
    return r.isNullAt(i) ? null : ((Number) r.get(i)).doubleValue();
  }

  /**
   * All of the report's aggregates.
   *
   * @param table each table of this snapshot (staged or published) by name
   * @param figures per table, its {@link TableFigures} as observed while it was written; a table missing here is
   *     aggregated with one query
   */
  public static ReportData collect(SparkSession spark, Function<String, Dataset<Row>> table, ReportData.Meta meta,
      ReportData.ChangeSummary changes, JobConfig.Themes themes, Map<String, Map<String, Object>> figures) {
    Function<String, Map<String, Object>> figuresOf = t -> figures.containsKey(t) ? figures.get(t)
        : TableFigures.query(table.apply(t), t);
    Dataset<Row> scores = table.apply(OutputLayout.SELLER_SCORES);
    Map<String, Object> scoreFigures = figuresOf.apply(OutputLayout.SELLER_SCORES);
    ScoreCounts counts = scoreCounts(scores, scoreFigures);
    Ranked ranked = ranked(scores);
    return new ReportData(meta, counts.tiers(), counts.bins(), counts.withoutScore(), components(scoreFigures),
        ranked.best(), ranked.worst(), corridors(table.apply(OutputLayout.CORRIDOR_METRICS)),
        policy(table.apply(OutputLayout.POLICY_CLARITY), figuresOf.apply(OutputLayout.POLICY_CLARITY)), changes,
        backtest(spark, meta.outputDir(), meta.snapshotDate()),
        backtestChecks(spark, meta.outputDir(), meta.snapshotDate()),
        themes(table.apply(OutputLayout.SELLER_METRICS), figuresOf.apply(OutputLayout.SELLER_METRICS), themes));
  }
}
