package dev.sellertrust.score;

import static dev.sellertrust.metrics.ReviewMetrics.excusedStarW;
import static dev.sellertrust.metrics.ReviewMetrics.starW;
import static org.apache.spark.sql.functions.*;

import dev.sellertrust.config.JobConfig;
import dev.sellertrust.metrics.MetricCols;
import dev.sellertrust.metrics.ReviewMetrics;
import dev.sellertrust.spark.Materialise;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Dirichlet posterior of each seller's star distribution. The prior is the peer group's pooled star shares (pulled
 * toward the category's and all sellers' as in {@link BetaPosteriors}) with a strength k fitted over all sellers by
 * empirical Bayes on mean ratings: k = within-seller rating variance / between-seller variance of
 * true means (the normal-normal shrinkage weight; Trustpilot uses a fixed prior of 7 reviews at 3.5 stars instead).
 * The posterior mean rating is (k * peer mean + sum of stars) / (k + n), i.e. the Bayesian average rating.
 *
 * <p>Stratified rating ({@code reviews.excusedMode} "stratified"): the reviews of excused orders (late, undelivered,
 * returned for a carrier or remorse reason) are summed apart ({@link ReviewMetrics#excusedStarW}) and weigh fully, but
 * each is read on the scale of the other reviews by adding its peer group's gap g = (peers' mean of other reviews) -
 * (peers' mean of excused reviews). With n_x the seller's excused reviews, the rating is
 * (k * peers' mean of other reviews + sum of stars + n_x * g) / (k + n), clamped to 1-5: a late parcel's 2 stars
 * count as what an on-time order of the same seller would likely have got, so lanes and remorse no longer move the
 * rating while the quality signal in those reviews is kept. Every peer figure enters here, at scoring time, never a
 * per-review weight or a stored sum. The interval is the Dirichlet's over the unshifted counts with the other
 * reviews' peer shares as prior (the shift moves the mean, not the spread). Without excused sums (the "weight" mode)
 * it is exactly the Bayesian average above.
 */
public final class RatingPosteriors {
  private RatingPosteriors() {}

  public static final String POST_RATING = "bayes_rating";
  public static final String POST_RATING_VAR = "bayes_rating_var";
  public static final String PEER_RATING = "peer_rating";
  public static final String RATING_PRIOR_STRENGTH = "rating_prior_strength";
  /** The seller's reviews as counted rows (not decayed), when the star summary carries them. */
  public static final String RAW_REVIEWS = "n_reviews";

  /**
   * @param stars seller_id, star1_w..star5_w (decayed counts); every seller of {@code peers} gets a row
   * @param materialise how the per-seller means, read by the fit and the posterior, are materialised
   */
  public static Dataset<Row> compute(Dataset<Row> stars, Dataset<Row> peers, JobConfig.Priors cfg,
      Materialise materialise) {
    Dataset<Row> s = peers.join(stars, new String[] {MetricCols.SELLER_ID}, "left");
    List<String> present = List.of(stars.columns());
    for (int k = 1; k <= 5; k++) {
      s = s.withColumn(starW(k), coalesce(col(starW(k)), lit(0.0)));
      // Summaries without the excused stratum (older callers, tests) have nothing to shift.
      s = s.withColumn(excusedStarW(k), present.contains(excusedStarW(k)) ? coalesce(col(excusedStarW(k)), lit(0.0)) : lit(0.0));
    }
    if (cfg.counted() && present.contains(RAW_REVIEWS)) {
      // Counted evidence: the star shares stay decayed (recent reviews weigh more in the mean), and the decay is
      // taken out of their total, which becomes the reviews as weighed (the unit the prior strength is fitted in):
      // a down-weighted review stays down-weighted and cannot dilute the others.
      Column decayed = lit(0.0);
      for (int k = 1; k <= 5; k++) {
        decayed = decayed.plus(col(starW(k)));
      }
      Column counted = present.contains(ReviewMetrics.WEIGHED_REVIEWS)
          ? coalesce(col(ReviewMetrics.WEIGHED_REVIEWS), lit(0.0))
          : coalesce(col(RAW_REVIEWS).cast("double"), lit(0.0));
      s = s.withColumn("_scale", when(decayed.gt(0), counted.divide(decayed)).otherwise(lit(0.0)));
      for (int k = 1; k <= 5; k++) {
        s = s.withColumn(starW(k), col(starW(k)).multiply(col("_scale")))
            .withColumn(excusedStarW(k), col(excusedStarW(k)).multiply(col("_scale")));
      }
      s = s.drop("_scale");
    }
    Column nx = lit(0.0);
    for (int k = 1; k <= 5; k++) {
      nx = nx.plus(col(excusedStarW(k)));
    }
    Column n = col(starW(1)).plus(col(starW(2))).plus(col(starW(3))).plus(col(starW(4))).plus(col(starW(5)));
    Column sumK = lit(0.0);
    for (int k = 1; k <= 5; k++) {
      sumK = sumK.plus(col(starW(k)).multiply(k));
    }
    // The raw number of reviews measures sampling noise; the decayed total understates it and would make sellers
    // look more alike than they are (a prior far too strong: 200 reviews' weight on the Olist marketplace).
    Column raw = present.contains(RAW_REVIEWS) ? coalesce(col(RAW_REVIEWS).cast("double"), lit(0.0)) : n;
    s = s.withColumn("n", n).withColumn("n_raw", greatest(raw, n)).withColumn("n_x", nx)
        .withColumn("m", when(n.gt(0), sumK.divide(n)));
    Column within = lit(0.0);
    for (int k = 1; k <= 5; k++) {
      within = within.plus(col(starW(k)).multiply(pow(lit((double) k).minus(col("m")), 2)));
    }
    s = s.withColumn("within_ss", when(col("n").gt(0), within).otherwise(0.0));
    // The strength is fitted on the means as the rating will read them: shifted by the all-sellers gap (0 without
    // excused sums), so the lanes' and remorse's spread between sellers is not taken for quality spread.
    Dataset<Row> gapAll = s.agg(gapOf(sum(col("n")), sum(col("n_x")), sumStars(false), sumStars(true)).as("_gap_fit"));
    s = materialise.apply(s.crossJoin(gapAll)
        .withColumn("m_fit", col("m").plus(when(col("n").gt(0), col("n_x").divide(col("n")).multiply(coalesce(col("_gap_fit"), lit(0.0))))
            .otherwise(lit(0.0))))
        .drop("_gap_fit"));

    Dataset<Row> l0 = groupStats(s, cfg, "l0", PeerGroups.CATEGORY, PeerGroups.MARKET);
    Dataset<Row> l1 = groupStats(s, cfg, "l1", PeerGroups.CATEGORY);
    Dataset<Row> l2 = groupStats(s, cfg, "l2");
    Dataset<Row> j =
        s.join(l0, new String[] {PeerGroups.CATEGORY, PeerGroups.MARKET}, "left")
            .join(l1, new String[] {PeerGroups.CATEGORY}, "left")
            .crossJoin(l2);
    double m = cfg.minPeerSellers();
    Column kappa = col("l2_k");
    List<Column> alpha = new ArrayList<>();
    List<Column> shares = new ArrayList<>();
    for (int k = 1; k <= 5; k++) {
      Column s1 = BetaPosteriors.credibility(col("l1_sellers"), col("l1_s" + k), col("l2_s" + k), m);
      Column s0 = BetaPosteriors.credibility(col("l0_sellers"), col("l0_s" + k), s1, m);
      shares.add(s0);
      alpha.add(kappa.multiply(s0).plus(col(starW(k))));
    }
    Column gap1 = BetaPosteriors.credibility(col("l1_sellers"), col("l1_gap"), col("l2_gap"), m);
    Column gap0 = BetaPosteriors.credibility(col("l0_sellers"), col("l0_gap"), gap1, m);
    Column a0 = alpha.get(0).plus(alpha.get(1)).plus(alpha.get(2)).plus(alpha.get(3)).plus(alpha.get(4));
    Column m1 = lit(0.0);
    Column m2 = lit(0.0);
    for (int k = 1; k <= 5; k++) {
      m1 = m1.plus(alpha.get(k - 1).multiply(k));
      m2 = m2.plus(alpha.get(k - 1).multiply(k * k));
    }
    Column shift = when(col("n_x").gt(0), col("n_x").multiply(coalesce(gap0, lit(0.0))).divide(a0)).otherwise(lit(0.0));
    Column mean = m1.divide(a0);
    Column adjusted = least(lit(5.0), greatest(lit(1.0), mean.plus(shift)));
    Column peerMean = lit(0.0);
    for (int k = 1; k <= 5; k++) {
      peerMean = peerMean.plus(shares.get(k - 1).multiply(k));
    }
    return j.select(
        col(MetricCols.SELLER_ID),
        col("n").as("rating_evidence"),
        adjusted.as(POST_RATING),
        m2.divide(a0).minus(pow(mean, 2)).divide(a0.plus(1.0)).as(POST_RATING_VAR),
        peerMean.as(PEER_RATING),
        kappa.as(RATING_PRIOR_STRENGTH));
  }

  private static Dataset<Row> groupStats(Dataset<Row> s, JobConfig.Priors cfg, String prefix, String... keys) {
    Column[] keyCols = java.util.Arrays.stream(keys).map(k -> col(k)).toArray(Column[]::new);
    Column informative = col("n_raw").geq(BetaPosteriors.MIN_FIT_TRIALS);
    List<Column> aggs = new ArrayList<>();
    aggs.add(count(when(informative, lit(1))).as("sellers"));
    aggs.add(sum(col("n")).as("sum_n"));
    for (int k = 1; k <= 5; k++) {
      aggs.add(sum(col(starW(k))).as("sum" + k));
    }
    for (int k = 1; k <= 5; k++) {
      aggs.add(sum(col(excusedStarW(k))).as("xsum" + k));
    }
    aggs.add(sum(col("n_x")).as("sum_x"));
    aggs.add(sum(col("within_ss")).as("sum_within"));
    aggs.add(var_pop(when(informative, col("m_fit"))).as("v"));
    aggs.add(avg(when(informative, lit(1.0).divide(col("n_raw")))).as("inv_n"));
    Dataset<Row> g =
        keys.length == 0
            ? s.agg(aggs.get(0), aggs.subList(1, aggs.size()).toArray(new Column[0]))
            : s.groupBy(keyCols).agg(aggs.get(0), aggs.subList(1, aggs.size()).toArray(new Column[0]));
    Column sumN = col("sum_n");
    Column within = when(sumN.gt(0), col("sum_within").divide(sumN)).otherwise(lit(1.0));
    Column invN = coalesce(col("inv_n"), lit(1.0));
    Column between = coalesce(col("v"), lit(0.0)).minus(within.multiply(invN)).divide(greatest(lit(1.0).minus(invN), lit(1e-6)));
    Column fitted = when(between.gt(1e-12).and(col("sellers").geq(BetaPosteriors.MIN_FIT_SELLERS)), within.divide(between))
        .otherwise(lit(cfg.maxStrength()));
    Column k =
        cfg.strength() != null
            ? lit(cfg.strength())
            : least(lit(cfg.maxStrength()), greatest(lit(cfg.minStrength()), fitted));
    List<Column> out = new ArrayList<>(List.of(keyCols));
    out.add(col("sellers").as(prefix + "_sellers"));
    out.add(k.as(prefix + "_k"));
    // The prior is the star shares of the group's other (not excused) reviews: the scale the stratified rating reads
    // excused reviews on (all reviews without excused sums). Without any such review, a flat 1-5 prior.
    Column otherN = sumN.minus(col("sum_x"));
    for (int i = 1; i <= 5; i++) {
      out.add(when(otherN.gt(0), col("sum" + i).minus(col("xsum" + i)).divide(otherN)).otherwise(lit(0.2))
          .as(prefix + "_s" + i));
    }
    Column otherStars = lit(0.0);
    Column excusedStars = lit(0.0);
    for (int i = 1; i <= 5; i++) {
      otherStars = otherStars.plus(col("sum" + i).minus(col("xsum" + i)).multiply(i));
      excusedStars = excusedStars.plus(col("xsum" + i).multiply(i));
    }
    out.add(gapOf(sumN, col("sum_x"), otherStars, excusedStars).as(prefix + "_gap"));
    return g.select(out.toArray(new Column[0]));
  }

  /**
   * Mean stars of other reviews minus mean stars of excused reviews, or null when either kind is missing (the parent
   * group's gap then stands in).
   *
   * @param n all reviews (decayed), {@code nx} the excused ones; {@code otherStars} and {@code excusedStars} their star sums
   */
  static Column gapOf(Column n, Column nx, Column otherStars, Column excusedStars) {
    Column no = n.minus(nx);
    return when(no.gt(1e-9).and(nx.gt(1e-9)), otherStars.divide(no).minus(excusedStars.divide(nx)));
  }

  /** Sum over sellers of the stars of their excused reviews ({@code excused}) or of their other reviews. */
  private static Column sumStars(boolean excused) {
    Column total = lit(0.0);
    for (int k = 1; k <= 5; k++) {
      Column x = col(excusedStarW(k));
      total = total.plus((excused ? x : col(starW(k)).minus(x)).multiply(k));
    }
    return sum(total);
  }
}
