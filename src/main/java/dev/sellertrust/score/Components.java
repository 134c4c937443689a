package dev.sellertrust.score;

import static org.apache.spark.sql.functions.*;

import dev.sellertrust.config.JobConfig;
import dev.sellertrust.metrics.Metric;
import dev.sellertrust.spark.Materialise;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;

/** Sub-scores, components, the overall score with its interval, the tier and the reasons, as column expressions. */
final class Components {
  private final JobConfig cfg;
  private final ScoringInputs in;

  /**
   * A 0-100 value with its posterior variance. {@code available}: its dataset was provided, so the score uses it (for
   * a seller without own evidence that is the peer prior, with the prior's wide variance). {@code observed}: the seller
   * has evidence of its own; only then is the component published, so a prior never reads as a measurement.
   */
  record Scored(Column value, Column var, Column available, Column observed) {}

  /**
   * A sub-metric of a component: the posterior rate turned into a 0-100 sub-score, 0 at {@code zeroPoint} (a constant,
   * or for the order defect rate by default a per-platform column, {@link #orderDefectZeroPoint}).
   */
  record Sub(String metric, double weight, Column zeroPoint, String badCode, String goodCode) {
    Sub(String metric, double weight, double zeroPoint, String badCode, String goodCode) {
      this(metric, weight, lit(zeroPoint), badCode, goodCode);
    }
  }

  /** The platform's reviews per order sold, over all sellers' evidence of the lookback. */
  static final String REVIEWS_PER_ORDER = "_platform_reviews_per_order";

  Components(JobConfig cfg, ScoringInputs in) {
    this.cfg = cfg;
    this.in = in;
  }

  List<Sub> returnSubs() {
    var z = cfg.zeroPoints();
    // Return rate weighs most (it is what buyers feel); the rest is the Return Dissatisfaction Rate's family.
    return List.of(
        new Sub(Metric.SELLER_RETURN, 0.35, z.sellerReturnRate(), "high_return_rate", "low_return_rate"),
        new Sub(Metric.IN_POLICY_REJECTION, 0.20, z.inPolicyRejectionRate(), "rejects_in_policy_returns", null),
        new Sub(Metric.LATE_RETURN_RESPONSE, 0.15, z.lateReturnResponseRate(), "slow_return_response", "fast_return_response"),
        new Sub(Metric.SLOW_REFUND, 0.15, z.slowRefundRate(), "slow_refunds", "fast_refunds"),
        new Sub(Metric.DISSATISFIED_RETURN, 0.15, z.dissatisfiedReturnRate(), "dissatisfied_returns", null));
  }

  List<Sub> serviceSubs() {
    var z = cfg.zeroPoints();
    return List.of(
        new Sub(Metric.SLOW_RESPONSE, 0.5, z.slowResponseRate(), "slow_first_response", "fast_first_response"),
        new Sub(Metric.UNANSWERED, 0.5, z.unansweredRate(), "unanswered_contacts", "answers_contacts"));
  }

  Sub deliverySub() {
    return new Sub(Metric.LATE_DELIVERY, 1.0 - cfg.delivery().complaintWeight(), cfg.zeroPoints().lateDeliveryRate(),
        "late_deliveries", "on_time_deliveries");
  }

  /** The share of reviews with text reporting a late or missing parcel: delivery.complaintWeight of the component. */
  Sub deliveryComplaintSub() {
    return new Sub(Metric.DELIVERY_COMPLAINT, cfg.delivery().complaintWeight(),
        cfg.zeroPoints().deliveryComplaintRate(), "delivery_complaints", "few_delivery_complaints");
  }

  /** The delivery component's parts with a weight: late deliveries and, when weighted, delivery complaints. */
  List<Sub> deliverySubs() {
    return List.of(deliverySub(), deliveryComplaintSub()).stream().filter(s -> s.weight() > 0).toList();
  }

  /** The share of 1-2 star reviews, the part {@code reviews.negativeShareWeight} of the review component. */
  Sub negativeReviewSub() {
    return new Sub(Metric.NEGATIVE_REVIEW, cfg.reviews().negativeShareWeight(), cfg.zeroPoints().negativeReviewRate(),
        "many_low_ratings", "few_low_ratings");
  }

  /** The order defect rate, the part {@code reviews.orderDefectWeight} of the review component. */
  Sub orderDefectSub() {
    return new Sub(Metric.ORDER_DEFECT, cfg.reviews().orderDefectWeight(), orderDefectZeroPoint(),
        "order_defects", "few_order_defects");
  }

  /**
   * zeroPoints.orderDefectRate when it is a number; when it is null (the default), the negative-review zero point
   * (the share of 1-2 star reviews at which a seller fails) times the platform's reviews per order. The order defect
   * rate counts 1-2 star reviews per order sold, so its level is the platform's review rate times the share of low
   * ratings: one order in ten is reviewed on Olist, one in two on the generated data, and one absolute zero point
   * reads the same seller as near perfect on the first and as middling on the second. Read in reviews, "failing"
   * means the same on both.
   */
  private Column orderDefectZeroPoint() {
    return readInReviews()
        ? col(REVIEWS_PER_ORDER).multiply(cfg.zeroPoints().negativeReviewRate())
        : lit(cfg.zeroPoints().orderDefectRate());
  }

  private boolean readInReviews() {
    return cfg.zeroPoints().orderDefectRate() == null;
  }

  /** The parts of the review component besides the mean rating, with their weights. */
  List<Sub> reviewSubs() {
    return List.of(negativeReviewSub(), orderDefectSub());
  }

  Sub policySub() {
    return new Sub(Metric.POLICY_MISMATCH, 0.5, cfg.zeroPoints().policyMismatchRate(), "policy_not_kept", null);
  }

  Dataset<Row> apply(Dataset<Row> base, Materialise materialise) {
    // Cutting the lineage here keeps the optimizer from inlining the whole metric pipeline into every derived
    // expression below (which exhausted the driver's heap).
    Dataset<Row> d = materialise.apply(ensureColumns(base));
    d = materialise.apply(withSubScores(d));
    JobConfig.Weights w = cfg.weights();

    Scored review = reviewComponent();
    Scored returns = combine(returnSubs(), lit(in.returnSummary() != null), coalesce(col("orders_w"), lit(0.0)).gt(0));
    Scored service = combine(serviceSubs(), lit(in.ticketSummary() != null), coalesce(col("n_tickets"), lit(0L)).gt(0));
    Scored delivery = deliveryComponent();
    Scored policy = policyComponent();

    // Every provided component enters the score, a seller without evidence of its own at its peers' prior, so that
    // all scores are on one footing and thin sellers stay near the middle. The evidence share, however, is taken over
    // the behaviours the seller was observed in: real exports fill a field on a minority of orders, and counting
    // every unobserved behaviour as doubt left every seller unproven. A seller observed in none is judged on all.
    List<Scored> behaviours = List.of(review, returns, service, delivery);
    Column anyObserved = lit(false);
    for (Scored b : behaviours) {
      anyObserved = anyObserved.or(b.available().and(b.observed()));
    }
    d = d.withColumn(ANY_OBSERVED, anyObserved);
    d = withComponent(d, OutputCols.REVIEW_COMPONENT, "review", review);
    d = withComponent(d, OutputCols.RETURNS_COMPONENT, "returns", returns);
    d = withComponent(d, OutputCols.SERVICE_COMPONENT, "service", service);
    d = withComponent(d, OutputCols.DELIVERY_COMPONENT, "delivery", delivery);
    d = withComponent(d, OutputCols.POLICY_COMPONENT, "policy", policy);

    String[][] parts = {
      {"review_value", "review_var", Double.toString(w.reviews())},
      {"returns_value", "returns_var", Double.toString(w.returns())},
      {"service_value", "service_var", Double.toString(w.service())},
      {"delivery_value", "delivery_var", Double.toString(w.delivery())},
      {"policy_value", "policy_var", Double.toString(w.policy())}
    };
    Column num = lit(0.0);
    Column den = lit(0.0);
    for (String[] p : parts) {
      double wt = Double.parseDouble(p[2]);
      num = num.plus(coalesce(col(p[0]).multiply(wt), lit(0.0)));
      den = den.plus(when(col(p[0]).isNotNull(), lit(wt)).otherwise(0.0));
    }
    d = d.withColumn("_den", den).withColumn("score", when(col("_den").gt(0), num.divide(col("_den"))));
    Column var = lit(0.0);
    for (String[] p : parts) {
      double wt = Double.parseDouble(p[2]);
      var = var.plus(coalesce(col(p[1]).multiply(wt * wt), lit(0.0)));
    }
    d = d.withColumn("score_var", when(col("_den").gt(0), var.divide(pow(col("_den"), 2))));
    double level = cfg.tiers().credibleLevel();
    d = d.withColumn("score_low", ScoreInterval.quantile(col("score"), col("score_var"), (1 - level) / 2))
        .withColumn("score_high", ScoreInterval.quantile(col("score"), col("score_var"), (1 + level) / 2));
    JobConfig.Tiers t = cfg.tiers();
    Column width = col("score_high").minus(col("score_low"));
    d = d.withColumn(OutputCols.EVIDENCE_SHARE, evidenceShare(w));
    d = d.withColumn(OutputCols.PROVISIONAL,
            coalesce(width.gt(t.maxIntervalWidth()).or(col(OutputCols.EVIDENCE_SHARE).lt(t.minEvidenceShare()))
                .or(coalesce(col("n_orders"), lit(0L)).lt(t.minOrders())
                    .and(coalesce(col("n_reviews"), lit(0L)).lt(t.minReviews()))), lit(true)))
        .withColumn(OutputCols.TIER,
            when(col(OutputCols.PROVISIONAL), lit(Tier.INSUFFICIENT_EVIDENCE))
                .when(col("score_low").geq(t.trustedLow()), lit(Tier.TRUSTED))
                .when(col("score_low").geq(t.goodLow()), lit(Tier.GOOD))
                .when(col("score_high").lt(t.cautionHigh()), lit(Tier.CAUTION))
                .otherwise(lit(Tier.FAIR)));
    return new ReasonBuilder(cfg, this).withReasons(materialise.apply(d));
  }

  /**
   * How much of the score rests on the seller's own data rather than its peers' prior, over the components it was
   * observed in: per component n / (n + k), with n its (decayed) evidence and k the prior strength, averaged with the
   * component weights. The policy text itself is full evidence.
   */
  private Column evidenceShare(JobConfig.Weights w) {
    Column num = lit(0.0);
    Column den = lit(0.0);
    Object[][] parts = {
      {"review", w.reviews(), share(coalesce(col("rating_evidence"), lit(0.0)), col(RatingPosteriors.RATING_PRIOR_STRENGTH))},
      {"returns", w.returns(), share(col(Metric.SELLER_RETURN + "_trials"), col(Metric.SELLER_RETURN + "_k"))},
      {"service", w.service(), share(col(Metric.SLOW_RESPONSE + "_trials"), col(Metric.SLOW_RESPONSE + "_k"))},
      {"delivery", w.delivery(), deliveryEvidence()},
      {"policy", w.policy(), lit(1.0)}
    };
    for (Object[] p : parts) {
      Column in = col(p[0] + "_counts");
      num = num.plus(when(in, ((Column) p[2]).multiply((Double) p[1])).otherwise(0.0));
      den = den.plus(when(in, lit((Double) p[1])).otherwise(0.0));
    }
    return when(den.gt(0), num.divide(den)).otherwise(lit(0.0));
  }

  /** The delivery parts' own-data shares, weighted as the parts are. */
  private Column deliveryEvidence() {
    Column e = lit(0.0);
    for (Sub s : deliverySubs()) {
      e = e.plus(share(col(s.metric() + "_trials"), col(s.metric() + "_k")).multiply(s.weight()));
    }
    return e;
  }

  private static Column share(Column n, Column k) {
    Column nn = coalesce(n, lit(0.0));
    return when(nn.gt(0), nn.divide(nn.plus(coalesce(k, lit(0.0))))).otherwise(lit(0.0));
  }

  /** Materialises each sub-score, its variance and its peers' sub-score as columns, computed once. */
  Dataset<Row> withSubScores(Dataset<Row> d) {
    List<Sub> all = new ArrayList<>(returnSubs());
    all.addAll(serviceSubs());
    all.add(deliverySub());
    all.add(deliveryComplaintSub());
    all.add(policySub());
    all.addAll(reviewSubs());
    if (readInReviews()) {
      d = withReviewsPerOrder(d);
    }
    List<Column> cols = new ArrayList<>();
    cols.add(col("*"));
    for (Sub s : all) {
      cols.add(rawSubScore(s).as("sub_" + s.metric()));
      cols.add(rawSubVar(s).as("sub_" + s.metric() + "_var"));
      cols.add(rawPeerSubScore(s).as("peer_sub_" + s.metric()));
    }
    return d.select(cols.toArray(new Column[0]));
  }

  /**
   * Adds {@link #REVIEWS_PER_ORDER}: all reviews of the lookback (the negative-review trials, counted) over all
   * non-cancelled orders (the order-defect trials, counted), within the bounds of {@link ReviewsPerOrder}.
   */
  static Dataset<Row> withReviewsPerOrder(Dataset<Row> d) {
    Column reviews = sum(coalesce(col(Metric.NEGATIVE_REVIEW + "_n"), lit(0L))).cast("double");
    Column orders = sum(coalesce(col(Metric.ORDER_DEFECT + "_n"), lit(0L))).cast("double");
    Dataset<Row> platform = d.agg(ReviewsPerOrder.of(reviews, orders).as(REVIEWS_PER_ORDER));
    return d.crossJoin(broadcast(platform));
  }

  /** True when the seller has evidence of its own in at least one behavioural component. */
  static final String ANY_OBSERVED = "_any_behaviour_observed";

  private static Dataset<Row> withComponent(Dataset<Row> d, String published, String name, Scored c) {
    return d.withColumn(name + "_value", when(c.available(), c.value()))
        .withColumn(name + "_var", when(c.available(), c.var()))
        .withColumn(name + "_counts", c.available().and(c.observed().or(not(col(ANY_OBSERVED)))))
        .withColumn(published, when(c.available().and(c.observed()), c.value()));
  }

  /** The Bayesian mean rating on 0-100. */
  Scored ratingScore() {
    Column value = col(RatingPosteriors.POST_RATING).minus(1.0).divide(4.0).multiply(100.0);
    Column var = col(RatingPosteriors.POST_RATING_VAR).multiply(100.0 * 100.0 / 16.0);
    return new Scored(value, var, lit(in.ratings() != null), coalesce(col("rating_evidence"), lit(0.0)).gt(0));
  }

  /**
   * The mean rating's score blended with the sub-scores of {@link #reviewSubs} (reviews.negativeShareWeight,
   * reviews.orderDefectWeight).
   */
  Scored reviewComponent() {
    Scored rating = ratingScore();
    double rest = 1 - reviewSubs().stream().mapToDouble(Sub::weight).sum();
    Column value = rating.value().multiply(rest);
    // All parts read the same reviews: their errors move together, so their standard deviations add.
    Column sd = sqrt(rating.var()).multiply(rest);
    for (Sub s : reviewSubs()) {
      if (s.weight() > 0) {
        value = value.plus(coalesce(subScore(s), rating.value()).multiply(s.weight()));
        sd = sd.plus(coalesce(sqrt(subVar(s)), sqrt(rating.var())).multiply(s.weight()));
      }
    }
    return new Scored(value, pow(sd, 2), rating.available(), rating.observed());
  }

  /**
   * Late deliveries from the orders' times and, with delivery.complaintWeight, delivery complaints from the review
   * texts: two independent kinds of evidence, so their variances add. Observed when either has the seller's own data.
   */
  Scored deliveryComponent() {
    Column value = lit(0.0);
    Column var = lit(0.0);
    Column observed = lit(false);
    for (Sub s : deliverySubs()) {
      value = value.plus(subScore(s).multiply(s.weight()));
      var = var.plus(subVar(s).multiply(s.weight() * s.weight()));
      observed = observed.or(coalesce(col(s.metric() + "_trials"), lit(0.0)).gt(0));
    }
    return new Scored(value, var, lit(true), observed);
  }

  /** Clarity counts alone until returns show whether the seller keeps its policy; then both halves count. */
  Scored policyComponent() {
    if (in.policies() == null) {
      return new Scored(lit(null).cast("double"), lit(null).cast("double"), lit(false), lit(false));
    }
    Sub s = policySub();
    Column clarity = coalesce(col("clarity_score"), lit(0.0));
    Column hasPractice = coalesce(col(s.metric() + "_trials"), lit(0.0)).gt(0);
    Column value = when(hasPractice, clarity.multiply(1 - s.weight()).plus(subScore(s).multiply(s.weight()))).otherwise(clarity);
    Column var = when(hasPractice, subVar(s).multiply(s.weight() * s.weight())).otherwise(lit(0.0));
    return new Scored(value, var, lit(true), lit(true));
  }

  Scored combine(List<Sub> subs, Column available, Column observed) {
    double total = subs.stream().mapToDouble(Sub::weight).sum();
    Column value = lit(0.0);
    Column var = lit(0.0);
    for (Sub s : subs) {
      double share = s.weight() / total;
      value = value.plus(subScore(s).multiply(share));
      var = var.plus(subVar(s).multiply(share * share));
    }
    return new Scored(value, var, available, observed);
  }

  Column subScore(Sub s) {
    return col("sub_" + s.metric());
  }

  Column subVar(Sub s) {
    return col("sub_" + s.metric() + "_var");
  }

  Column peerSubScore(Sub s) {
    return col("peer_sub_" + s.metric());
  }

  /** 100 at a zero rate, 0 at the zero point; delivery discounts the part of lateness its corridors explain. */
  private Column rawSubScore(Sub s) {
    return toSubScore(s, attributable(s, col(s.metric() + "_mean")));
  }

  private Column rawSubVar(Sub s) {
    Column scale = lit(100.0).divide(s.zeroPoint());
    return col(s.metric() + "_var").multiply(scale.multiply(scale));
  }

  /** The sub-score a seller exactly at its peers' rate would get: the benchmark for reasons. */
  private Column rawPeerSubScore(Sub s) {
    return toSubScore(s, attributable(s, col(s.metric() + "_peer")));
  }

  private static Column toSubScore(Sub s, Column rate) {
    return lit(100.0).multiply(greatest(lit(0.0), least(lit(1.0), lit(1.0).minus(rate.divide(s.zeroPoint())))));
  }

  /**
   * For delivery, the part of a late rate (or of a delivery-complaint rate) the seller's corridors explain is not
   * held against it.
   */
  private Column attributable(Sub s, Column rate) {
    if (!readAgainstCorridors(s)) {
      return rate;
    }
    return greatest(lit(0.0), rate.minus(corridorRate(s).multiply(cfg.delivery().corridorShare())));
  }

  /** The delivery parts, whose rates have an expectation from the seller's corridors ({@link #corridorRate}). */
  static boolean readAgainstCorridors(Sub s) {
    return s.metric().equals(Metric.LATE_DELIVERY) || s.metric().equals(Metric.DELIVERY_COMPLAINT);
  }

  /**
   * The rate the seller's corridors predict (other sellers' lateness, or delivery complaints, there, weighted by the
   * seller's own orders or reviews with text there).
   */
  static Column corridorRate(Sub s) {
    Column trials = col(s.metric() + "_trials");
    return when(trials.gt(0), col(s.metric() + "_expected").divide(trials)).otherwise(lit(0.0));
  }

  private static Dataset<Row> ensureColumns(Dataset<Row> d) {
    List<String> present = List.of(d.columns());
    Object[][] optional = {
      {"orders_w", DataTypes.DoubleType}, {"n_orders", DataTypes.LongType},
      {"n_reviews", DataTypes.LongType}, {"avg_rating", DataTypes.DoubleType},
      {"n_returns", DataTypes.LongType}, {"refund_share", DataTypes.DoubleType},
      {"exchange_share", DataTypes.DoubleType}, {"replacement_share", DataTypes.DoubleType},
      {"n_tickets", DataTypes.LongType}, {"first_response_p50_hours", DataTypes.DoubleType},
      {"first_response_p90_hours", DataTypes.DoubleType}, {"refund_time_p50_hours", DataTypes.DoubleType},
      {"rating_evidence", DataTypes.DoubleType}, {RatingPosteriors.POST_RATING, DataTypes.DoubleType},
      {RatingPosteriors.POST_RATING_VAR, DataTypes.DoubleType}, {RatingPosteriors.PEER_RATING, DataTypes.DoubleType},
      {RatingPosteriors.RATING_PRIOR_STRENGTH, DataTypes.DoubleType},
      {"clarity_score", DataTypes.DoubleType},
      {"n_rejected_inside_stated_window", DataTypes.LongType},
      {"window_checkable", DataTypes.LongType}, {"window_breaches", DataTypes.LongType},
      {"timeline_checkable", DataTypes.LongType}, {"timeline_breaches", DataTypes.LongType},
      {"deduction_checkable", DataTypes.LongType}, {"deductions", DataTypes.LongType},
      {"exchange_promised_never_granted", DataTypes.BooleanType}
    };
    List<Column> add = new ArrayList<>();
    for (Object[] o : optional) {
      if (!present.contains((String) o[0])) {
        d = d.withColumn((String) o[0], lit(null).cast((DataType) o[1]));
      }
    }
    return d;
  }
}
