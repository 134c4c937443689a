package dev.sellertrust.score;

import static org.apache.spark.sql.functions.*;

import dev.sellertrust.config.JobConfig;
import dev.sellertrust.metrics.MetricCols;
import dev.sellertrust.spark.Materialise;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Empirical-Bayes Beta posteriors for every binomial metric of every seller.
 *
 * <p>For each metric, the prior mean p is the seller's peer group's pooled rate (pulled toward its category's and all
 * sellers' rates by {@link #credibility}), and the prior strength k comes, over all sellers, from the method of
 * moments on the beta-binomial: the spread of sellers' observed rates, less the spread that
 * sampling alone would give (p(1-p) times the mean of 1/n), is the between-seller variance t2, and k = p(1-p)/t2 - 1.
 * A seller's posterior is Beta(k p + bad, k (1-p) + trials - bad): with few trials it stays near its peers.
 */
public final class BetaPosteriors {
  private BetaPosteriors() {}

  private static final double RATE_FLOOR = 1e-4;
  /** Trials a seller needs to take part in fitting the prior's strength. */
  static final int MIN_FIT_TRIALS = 10;
  /** Sellers needed for a moment estimate; with fewer, the prior is as strong as allowed (no verdict without data). */
  static final int MIN_FIT_SELLERS = 3;

  /** @param materialise how the evidence grid, read by the three prior levels and the posterior, is materialised */
  public static Dataset<Row> compute(Dataset<Row> evidence, Dataset<Row> peers, JobConfig.Priors cfg,
      Materialise materialise) {
    // Read four times below (three prior levels and the posterior): compute once.
    Dataset<Row> grid = completeGrid(evidence, peers);
    if (cfg.counted()) {
      // Counted evidence: the decayed rate stays, its trials become the number of trials (the unit of the fit).
      Column scale = when(col(MetricCols.TRIALS).gt(0), col(MetricCols.N_RAW).cast("double").divide(col(MetricCols.TRIALS)))
          .otherwise(lit(0.0));
      grid = grid.withColumn(MetricCols.BAD, col(MetricCols.BAD).multiply(scale))
          .withColumn(MetricCols.TRIALS, col(MetricCols.TRIALS).multiply(scale))
          .withColumn(MetricCols.EXPECTED_BAD, col(MetricCols.EXPECTED_BAD).multiply(scale));
    }
    Dataset<Row> ev = materialise.apply(grid);
    Dataset<Row> l0 = groupStats(ev, cfg, "l0", PeerGroups.CATEGORY, PeerGroups.MARKET);
    Dataset<Row> l1 = groupStats(ev, cfg, "l1", PeerGroups.CATEGORY);
    Dataset<Row> l2 = groupStats(ev, cfg, "l2");
    Dataset<Row> j =
        ev.join(l0, cols(MetricCols.METRIC, PeerGroups.CATEGORY, PeerGroups.MARKET), "left")
            .join(l1, cols(MetricCols.METRIC, PeerGroups.CATEGORY), "left")
            .join(l2, cols(MetricCols.METRIC), "left");
    double m = cfg.minPeerSellers();
    // Hierarchical credibility: each group's rate is pulled toward its parent's with the weight of minPeerSellers
    // sellers, so a small group borrows from the category and the category from all sellers, without a cliff.
    Column p1 = credibility(col("l1_sellers"), col("l1_p"), col("l2_p"), m);
    Column p0 = credibility(col("l0_sellers"), col("l0_p"), p1, m);
    // The strength is fitted over all sellers: per-group moment estimates swung between the clamps on small groups.
    Column k = col("l2_k");
    Column group =
        when(coalesce(col("l0_sellers"), lit(0L)).geq(m), concat_ws("/", col(PeerGroups.CATEGORY), col(PeerGroups.MARKET)))
            .when(coalesce(col("l1_sellers"), lit(0L)).geq(m), col(PeerGroups.CATEGORY))
            .otherwise(lit("all"));
    Dataset<Row> chosen =
        j.withColumn(ScoreCols.PEER_RATE, p0).withColumn(ScoreCols.PRIOR_STRENGTH, k).withColumn(ScoreCols.PEER_GROUP, group);
    Column a = col(ScoreCols.PRIOR_STRENGTH).multiply(col(ScoreCols.PEER_RATE)).plus(col(MetricCols.BAD));
    Column b =
        col(ScoreCols.PRIOR_STRENGTH).multiply(lit(1.0).minus(col(ScoreCols.PEER_RATE)))
            .plus(col(MetricCols.TRIALS)).minus(col(MetricCols.BAD));
    Column mean = a.divide(a.plus(b));
    return chosen
        .withColumn(ScoreCols.POST_MEAN, mean)
        .withColumn(ScoreCols.POST_VAR, mean.multiply(lit(1.0).minus(mean)).divide(a.plus(b).plus(1.0)))
        .select(
            col(MetricCols.SELLER_ID), col(MetricCols.METRIC), col(MetricCols.BAD), col(MetricCols.TRIALS),
            col(MetricCols.N_RAW), col(MetricCols.BAD_BUYERS), col(MetricCols.EXPECTED_BAD),
            col(PeerGroups.CATEGORY), col(PeerGroups.MARKET),
            col(ScoreCols.PEER_RATE), col(ScoreCols.PRIOR_STRENGTH), col(ScoreCols.PEER_GROUP),
            col(ScoreCols.POST_MEAN), col(ScoreCols.POST_VAR));
  }

  /**
   * Every seller gets a row for every metric: a seller without returns has zero return trials, and its posterior is
   * its peers' prior, not a missing value that could read as perfect.
   */
  static Dataset<Row> completeGrid(Dataset<Row> evidence, Dataset<Row> peers) {
    Dataset<Row> metrics = evidence.select(col(MetricCols.METRIC)).distinct();
    return peers.crossJoin(metrics)
        .join(evidence, new String[] {MetricCols.SELLER_ID, MetricCols.METRIC}, "left")
        .withColumn(MetricCols.BAD, coalesce(col(MetricCols.BAD), lit(0.0)))
        .withColumn(MetricCols.TRIALS, coalesce(col(MetricCols.TRIALS), lit(0.0)))
        .withColumn(MetricCols.N_RAW, coalesce(col(MetricCols.N_RAW), lit(0L)))
        .withColumn(MetricCols.BAD_BUYERS, coalesce(col(MetricCols.BAD_BUYERS), lit(0L)));
  }

  private static Dataset<Row> groupStats(Dataset<Row> ev, JobConfig.Priors cfg, String prefix, String... keys) {
    List<Column> groupCols = new ArrayList<>();
    groupCols.add(col(MetricCols.METRIC));
    for (String key : keys) {
      groupCols.add(col(key));
    }
    // Sellers with a handful of trials add mostly sampling noise to the moment estimate: fit on those with enough.
    Column informative = col(MetricCols.N_RAW).geq(MIN_FIT_TRIALS);
    Column rate = col(MetricCols.BAD).divide(col(MetricCols.TRIALS));
    Dataset<Row> g =
        ev.groupBy(groupCols.toArray(new Column[0]))
            .agg(
                count(when(informative, lit(1))).as("sellers"),
                sum(col(MetricCols.BAD)).as("sum_bad"),
                sum(col(MetricCols.TRIALS)).as("sum_trials"),
                var_pop(when(informative, rate)).as("v"),
                // Sampling variance from the raw count: a decayed trial total understates the effective sample size
                // and would make sellers look more alike than they are (too strong a prior).
                avg(when(informative, lit(1.0).divide(greatest(col(MetricCols.N_RAW).cast("double"), col(MetricCols.TRIALS)))))
                    .as("inv_n"));
    Column p =
        least(lit(1 - RATE_FLOOR), greatest(lit(RATE_FLOOR),
            when(col("sum_trials").gt(0), col("sum_bad").divide(col("sum_trials"))).otherwise(lit(RATE_FLOOR))));
    Column pq = p.multiply(lit(1.0).minus(p));
    Column invN = coalesce(col("inv_n"), lit(1.0));
    Column between =
        coalesce(col("v"), lit(0.0)).minus(pq.multiply(invN)).divide(greatest(lit(1.0).minus(invN), lit(1e-6)));
    Column fitted = when(between.gt(1e-12).and(col("sellers").geq(MIN_FIT_SELLERS)), pq.divide(between).minus(1.0))
        .otherwise(lit(cfg.maxStrength()));
    Column k =
        cfg.strength() != null
            ? lit(cfg.strength())
            : least(lit(cfg.maxStrength()), greatest(lit(cfg.minStrength()), fitted));
    List<Column> out = new ArrayList<>();
    out.add(col(MetricCols.METRIC));
    for (String key : keys) {
      out.add(col(key));
    }
    out.add(col("sellers").as(prefix + "_sellers"));
    out.add(p.as(prefix + "_p"));
    out.add(k.as(prefix + "_k"));
    return g.select(out.toArray(new Column[0]));
  }

  /** (n * own + m * parent) / (n + m): a group of n sellers against its parent's rate. */
  static Column credibility(Column sellers, Column own, Column parent, double m) {
    Column n = coalesce(sellers, lit(0L)).cast("double");
    return when(own.isNull(), parent).otherwise(n.multiply(own).plus(parent.multiply(m)).divide(n.plus(m)));
  }

  static String[] cols(String... names) {
    return names;
  }
}
