package dev.sellertrust.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.apache.spark.sql.functions.col;

import dev.sellertrust.SparkTestBase;
import dev.sellertrust.config.ConfigLoader;
import dev.sellertrust.config.JobConfig;
import dev.sellertrust.score.BetaPosteriors;
import dev.sellertrust.spark.Materialise;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** Pure transforms on tiny DataFrames. */
class MetricTransformsTest extends SparkTestBase {

  @Test
  void decayHalvesEveryHalfLife() {
    Dataset<Row> d = df("d date", "{\"d\":\"2026-11-28\"}", "{\"d\":\"2025-11-28\"}", "{\"d\":\"2024-11-28\"}");
    List<Row> w = d
        .select(Decay.weight(col("d"), LocalDate.of(2026, 11, 28), 365).as("w")).orderBy(col("w").desc()).collectAsList();
    assertEquals(1.0, w.get(0).getDouble(0), 1e-12);
    assertEquals(0.5, w.get(1).getDouble(0), 1e-12);
    assertEquals(0.25, w.get(2).getDouble(0), 1e-12);
  }

  @Test
  void asOfUndoesWhatHappenedAfterEachRowsOwnEnd() {
    // Each row carries its own end, as the metrics give every row its settle day's end.
    Dataset<Row> returns = df("return_id string, requested_ts timestamp, first_response_ts timestamp, "
            + "resolved_ts timestamp, status string, rejection_reason string, resolution string, refund_amount double, "
            + "buyer_dissatisfied boolean, _end timestamp",
        "{\"return_id\":\"R1\",\"requested_ts\":\"2026-01-01T00:00:00Z\",\"first_response_ts\":\"2026-01-02T00:00:00Z\","
            + "\"resolved_ts\":\"2026-01-05T00:00:00Z\",\"status\":\"refunded\",\"resolution\":\"refund\","
            + "\"refund_amount\":9.5,\"buyer_dissatisfied\":true,\"_end\":\"2026-01-04T00:00:00Z\"}",
        "{\"return_id\":\"R2\",\"requested_ts\":\"2026-01-01T00:00:00Z\",\"first_response_ts\":\"2026-01-02T00:00:00Z\","
            + "\"resolved_ts\":\"2026-01-03T00:00:00Z\",\"status\":\"rejected\",\"rejection_reason\":\"used\","
            + "\"buyer_dissatisfied\":false,\"_end\":\"2026-01-04T00:00:00Z\"}",
        "{\"return_id\":\"R3\",\"requested_ts\":\"2026-01-05T00:00:00Z\",\"status\":\"requested\","
            + "\"_end\":\"2026-01-04T00:00:00Z\"}");
    assertRowsEqual("returns as of their end", List.of(
            row("R1", java.time.Instant.parse("2026-01-02T00:00:00Z"), null, "requested", null, null, null, null),
            row("R2", java.time.Instant.parse("2026-01-02T00:00:00Z"), java.time.Instant.parse("2026-01-03T00:00:00Z"),
                "rejected", "used", null, null, false)),
        ReturnMetrics.asOf(returns, col("_end")).select("return_id", "first_response_ts", "resolved_ts", "status",
            "rejection_reason", "resolution", "refund_amount", "buyer_dissatisfied"));

    Dataset<Row> orders = df("order_id string, order_ts timestamp, delivered_ts timestamp, status string",
        "{\"order_id\":\"O1\",\"order_ts\":\"2026-01-01T00:00:00Z\",\"delivered_ts\":\"2026-01-09T00:00:00Z\",\"status\":\"delivered\"}",
        "{\"order_id\":\"O2\",\"order_ts\":\"2026-01-01T00:00:00Z\",\"delivered_ts\":\"2026-01-09T00:00:00Z\",\"status\":\"cancelled\"}",
        "{\"order_id\":\"O3\",\"order_ts\":\"2026-01-01T00:00:00Z\",\"delivered_ts\":\"2026-01-02T00:00:00Z\",\"status\":\"delivered\"}");
    // A cancellation has no timestamp, so it cannot be undone.
    assertRowsEqual("orders as of 2026-01-05", List.of(row("O1", null, "shipped"), row("O2", null, "cancelled"),
            row("O3", java.time.Instant.parse("2026-01-02T00:00:00Z"), "delivered")),
        OrderFacts.asOf(orders, org.apache.spark.sql.functions.lit(java.time.Instant.parse("2026-01-05T00:00:00Z")))
            .select("order_id", "delivered_ts", "status"));
  }

  @Test
  void kaplanMeierCensorsOpenContactsInsteadOfDroppingThem() {
    // Four contacts answered after about 1 hour, four never answered (open for 100 hours): half never answered,
    // so the median is the 1-hour bin and the 90th percentile does not exist.
    Dataset<Row> events = df("seller_id string, _hours double, _observed boolean, w double",
        "{\"seller_id\":\"a\",\"_hours\":1.0,\"_observed\":true,\"w\":1.0}",
        "{\"seller_id\":\"a\",\"_hours\":1.0,\"_observed\":true,\"w\":1.0}",
        "{\"seller_id\":\"a\",\"_hours\":1.0,\"_observed\":true,\"w\":1.0}",
        "{\"seller_id\":\"a\",\"_hours\":1.0,\"_observed\":true,\"w\":1.0}",
        "{\"seller_id\":\"a\",\"_hours\":100.0,\"_observed\":false,\"w\":1.0}",
        "{\"seller_id\":\"a\",\"_hours\":100.0,\"_observed\":false,\"w\":1.0}",
        "{\"seller_id\":\"a\",\"_hours\":100.0,\"_observed\":false,\"w\":1.0}",
        "{\"seller_id\":\"a\",\"_hours\":100.0,\"_observed\":false,\"w\":1.0}",
        "{\"seller_id\":\"b\",\"_hours\":10.0,\"_observed\":true,\"w\":1.0}",
        "{\"seller_id\":\"b\",\"_hours\":20.0,\"_observed\":true,\"w\":1.0}");
    StatFamily hist = DurationHistogram.family("h", List.of());
    Dataset<Row> sums = Sums.of(DurationHistogram.binned(events), hist, col("w"));
    List<Row> q = DurationHistogram.quantiles(sums, hist, List.of("seller_id"), new double[] {0.5, 0.9},
            new String[] {"p50", "p90"})
        .orderBy("seller_id").collectAsList();
    assertEquals(1.05, q.get(0).getDouble(1), 0.05, "seller a median, the upper edge of the 1 h bin");
    assertTrue(q.get(0).isNullAt(2), "seller a never reaches 90% answered");
    assertEquals(10.0, q.get(1).getDouble(1), 10.0 * 0.06, "seller b median");
    assertEquals(20.0, q.get(1).getDouble(2), 20.0 * 0.06, "seller b p90");
  }

  @Test
  void betaPosteriorUsesThePeerRateAndFixedStrength() {
    JobConfig.Priors fixed = new JobConfig.Priors(10.0, 2, 200, 1, JobConfig.Priors.DECAYED);
    Dataset<Row> peers = df("seller_id string, peer_category string, peer_market string",
        "{\"seller_id\":\"a\",\"peer_category\":\"x\",\"peer_market\":\"DE\"}",
        "{\"seller_id\":\"b\",\"peer_category\":\"x\",\"peer_market\":\"DE\"}",
        "{\"seller_id\":\"c\",\"peer_category\":\"x\",\"peer_market\":\"DE\"}");
    Dataset<Row> evidence = df("seller_id string, metric string, bad double, trials double, n_raw long, bad_buyers long, expected_bad double",
        "{\"seller_id\":\"a\",\"metric\":\"m\",\"bad\":2.0,\"trials\":10.0,\"n_raw\":10,\"bad_buyers\":2}",
        "{\"seller_id\":\"b\",\"metric\":\"m\",\"bad\":0.0,\"trials\":10.0,\"n_raw\":10,\"bad_buyers\":0}");
    List<Row> post = BetaPosteriors.compute(evidence, peers, fixed, Materialise.NONE).orderBy("seller_id")
        .select("seller_id", "peer_rate", "prior_strength", "post_mean", "trials").collectAsList();
    // Pooled peer rate 2/20 = 0.1 (every level the same); a: (10*0.1 + 2) / (10 + 10) = 0.15.
    assertEquals(0.1, post.get(0).getDouble(1), 1e-9);
    assertEquals(10.0, post.get(0).getDouble(2), 1e-9);
    assertEquals(0.15, post.get(0).getDouble(3), 1e-9);
    assertEquals(0.05, post.get(1).getDouble(3), 1e-9);
    // c has no evidence row at all: it gets the prior, not a missing (and perfect-looking) rate.
    assertEquals(0.1, post.get(2).getDouble(3), 1e-9);
    assertEquals(0.0, post.get(2).getDouble(4), 1e-9);
  }

  /** Like late deliveries, delivery complaints are read against other sellers' on the same lanes. */
  @Test
  void expectedDeliveryComplaintsComeFromOtherSellersOnTheSameLanes() {
    Dataset<Row> sellers = df("seller_id string, country string",
        "{\"seller_id\":\"a\",\"country\":\"CN\"}", "{\"seller_id\":\"b\",\"country\":\"CN\"}",
        "{\"seller_id\":\"c\",\"country\":\"DE\"}");
    String bad = StatFamily.bad(Metric.DELIVERY_COMPLAINT);
    String trials = StatFamily.trials(Metric.DELIVERY_COMPLAINT);
    // a: 10 texts to BR (5 complaints), 4 with no known order (1 complaint); b: 30 to BR (3 complaints), 2 unknown
    // (2 complaints); c: alone on its lane.
    Dataset<Row> sums = df("seller_id string, buyer_country string, " + bad + " double, " + trials + " double",
        "{\"seller_id\":\"a\",\"buyer_country\":\"BR\",\"" + bad + "\":5,\"" + trials + "\":10}",
        "{\"seller_id\":\"a\",\"buyer_country\":null,\"" + bad + "\":1,\"" + trials + "\":4}",
        "{\"seller_id\":\"b\",\"buyer_country\":\"BR\",\"" + bad + "\":3,\"" + trials + "\":30}",
        "{\"seller_id\":\"b\",\"buyer_country\":null,\"" + bad + "\":2,\"" + trials + "\":2}",
        "{\"seller_id\":\"c\",\"buyer_country\":\"BR\",\"" + bad + "\":4,\"" + trials + "\":8}");
    Map<String, Double> expected = new java.util.HashMap<>();
    for (Row r : ReviewMetrics.expectedComplaints(sums, sellers).collectAsList()) {
      expected.put(r.getString(0), r.getDouble(1));
    }
    // a: b's BR rate 3/30 on 10 texts + b's unknown-lane rate 2/2 on 4; b: a's 5/10 on 30 + a's 1/4 on 2
    assertEquals(0.1 * 10 + 1.0 * 4, expected.get("a"), 1e-9);
    assertEquals(0.5 * 30 + 0.25 * 2, expected.get("b"), 1e-9);
    assertEquals(0.0, expected.get("c"), 1e-9, "no other seller on c's lane");
  }

  @Test
  void orderDefectsCountEachOrderOnce() {
    MetricParams p = new MetricParams(LocalDate.of(2026, 11, 28), ConfigLoader.defaults());
    Dataset<Row> orders = df("seller_id string, order_id string, buyer_key string, buyer_country string, seller_country string,"
            + " order_ts timestamp, delivered_ts timestamp, amount double, order_date date, w double, counts boolean,"
            + " attr_date date, delivery_eligible boolean, late boolean",
        "{\"seller_id\":\"s\",\"order_id\":\"o1\",\"buyer_key\":\"b1\",\"order_date\":\"2026-11-01\",\"attr_date\":\"2026-11-01\",\"w\":1.0,\"counts\":true}",
        "{\"seller_id\":\"s\",\"order_id\":\"o2\",\"buyer_key\":\"b1\",\"order_date\":\"2026-11-01\",\"attr_date\":\"2026-11-01\",\"w\":1.0,\"counts\":true}",
        "{\"seller_id\":\"s\",\"order_id\":\"o3\",\"buyer_key\":\"b2\",\"order_date\":\"2026-11-01\",\"attr_date\":\"2026-11-01\",\"w\":1.0,\"counts\":true}",
        "{\"seller_id\":\"s\",\"order_id\":\"o4\",\"buyer_key\":\"b3\",\"order_date\":\"2026-11-01\",\"attr_date\":\"2026-11-01\",\"w\":1.0,\"counts\":true}");
    Dataset<Row> reviews = df("seller_id string, order_id string, rating int", 
        "{\"seller_id\":\"s\",\"order_id\":\"o1\",\"rating\":1}", "{\"seller_id\":\"s\",\"order_id\":\"o3\",\"rating\":5}");
    Dataset<Row> returns = df("seller_id string, order_id string, reason string",
        "{\"seller_id\":\"s\",\"order_id\":\"o1\",\"reason\":\"defective\"}",
        "{\"seller_id\":\"s\",\"order_id\":\"o2\",\"reason\":\"wrong_item\"}",
        "{\"seller_id\":\"s\",\"order_id\":\"o4\",\"reason\":\"changed_mind\"}");
    Dataset<Row> flagged = OrderDefects.flagged(orders, reviews, returns, null);
    Dataset<Row> buyers = BadBuyers.counts(BadBuyers.pairs(flagged, DeliveryMetrics.badBuyers()), Metric.WITH_BUYER_FLOORS);
    Row e = OrderDefects.aggregate(Sums.of(flagged, DeliveryMetrics.FAMILY, col("w")), buyers).evidence()
        .collectAsList().get(0);
    assertEquals(2.0, e.getDouble(e.fieldIndex("bad")), 1e-9, "o1 (review and return) once, o2 once");
    assertEquals(4.0, e.getDouble(e.fieldIndex("trials")), 1e-9);
    assertEquals(1L, e.getLong(e.fieldIndex("bad_buyers")), "both defective orders are buyer b1's");
    assertNull(p.config().priors().strength());
  }

  @Test
  void sumsScaleMergeAndCancelExactly() {
    StatFamily f = new StatFamily("t", List.of(), List.of(Stat.decayed("bad_w", col("bad")), Stat.count("n_bad", col("bad"))));
    Dataset<Row> facts = df("seller_id string, bad boolean, w double",
        "{\"seller_id\":\"a\",\"bad\":true,\"w\":1.0}",
        "{\"seller_id\":\"a\",\"bad\":false,\"w\":0.5}",
        "{\"seller_id\":\"b\",\"bad\":true,\"w\":0.25}");
    Dataset<Row> sums = Sums.of(facts, f, col("w"));
    Dataset<Row> minus = Sums.scaled(sums, f, 1.0, -1);
    // Yesterday's sums halved by a day of decay, plus nothing new, after adding and removing the same rows.
    List<Row> rolled = Sums.merge(f, 1e-9, List.of(sums, minus, Sums.scaled(sums, f, 0.5, 1)))
        .orderBy("seller_id").collectAsList();
    assertEquals(2, rolled.size());
    assertEquals(0.5, rolled.get(0).getDouble(rolled.get(0).fieldIndex("bad_w")), 1e-12);
    assertEquals(1L, rolled.get(0).getLong(rolled.get(0).fieldIndex("n_bad")), "counts are not decayed");
    assertEquals(2L, rolled.get(0).getLong(rolled.get(0).fieldIndex(StatFamily.ROWS)));
    assertEquals(0.125, rolled.get(1).getDouble(rolled.get(1).fieldIndex("bad_w")), 1e-12);
    assertEquals(0, Sums.merge(f, 1e-9, List.of(sums, minus)).count(), "a group whose rows all left is dropped");
  }

  @Test
  void badBuyerPairsForgetBuyersWhoseLatestDateLeftTheWindow() {
    Dataset<Row> facts = df("seller_id string, buyer_key string, attr_date date, bad boolean",
        "{\"seller_id\":\"s\",\"buyer_key\":\"b1\",\"attr_date\":\"2026-01-01\",\"bad\":true}",
        "{\"seller_id\":\"s\",\"buyer_key\":\"b1\",\"attr_date\":\"2026-06-01\",\"bad\":true}",
        "{\"seller_id\":\"s\",\"buyer_key\":\"b2\",\"attr_date\":\"2026-01-01\",\"bad\":true}",
        "{\"seller_id\":\"s\",\"buyer_key\":\"b3\",\"attr_date\":\"2026-06-01\",\"bad\":false}");
    Dataset<Row> pairs = BadBuyers.pairs(facts, java.util.Map.of("m", col("bad")));
    Row all = BadBuyers.counts(BadBuyers.merge(List.of(pairs), LocalDate.of(2025, 12, 1)), List.of("m")).first();
    assertEquals(2L, all.getLong(all.fieldIndex("m__buyers")));
    Row later = BadBuyers.counts(BadBuyers.merge(List.of(pairs), LocalDate.of(2026, 3, 1)), List.of("m")).first();
    assertEquals(1L, later.getLong(later.fieldIndex("m__buyers")), "b1 stays through its later bad outcome, b2 is gone");
  }

  @Test
  void anOrderWhoseBuyerIsUnknownCountsAsABuyerOfItsOwn() {
    Dataset<Row> facts = df("seller_id string, order_id string, buyer_key string, attr_date date, bad boolean",
        "{\"seller_id\":\"s\",\"order_id\":\"o1\",\"buyer_key\":\"b1\",\"attr_date\":\"2026-06-01\",\"bad\":true}",
        "{\"seller_id\":\"s\",\"order_id\":\"o2\",\"buyer_key\":\"b1\",\"attr_date\":\"2026-06-02\",\"bad\":true}",
        "{\"seller_id\":\"s\",\"order_id\":\"o3\",\"attr_date\":\"2026-06-03\",\"bad\":true}",
        "{\"seller_id\":\"s\",\"order_id\":\"o4\",\"attr_date\":\"2026-06-04\",\"bad\":true}",
        "{\"seller_id\":\"s\",\"attr_date\":\"2026-06-05\",\"bad\":true}",
        "{\"seller_id\":\"s\",\"order_id\":\"o5\",\"attr_date\":\"2026-06-05\",\"bad\":false}");
    Row r = BadBuyers.counts(BadBuyers.pairs(facts, java.util.Map.of("m", col("bad"))), List.of("m")).first();
    // b1 once for two orders, o3 and o4 one each; a bad row with neither buyer nor order names nobody.
    assertEquals(3L, r.getLong(r.fieldIndex("m__buyers")));
  }

  /** The defaults with another rating-attribution weight. */
  private static JobConfig withExcusedOrderWeight(double w) {
    return withReviews(new JobConfig.Reviews(w, JobConfig.Reviews.WEIGHT, 0.0, 0.0));
  }

  private static JobConfig withReviews(JobConfig.Reviews reviews) {
    JobConfig d = ConfigLoader.defaults();
    return new JobConfig(d.window(), d.weights(), d.priors(), d.floors(), d.service(), d.returns(), d.delivery(),
        reviews, d.zeroPoints(), d.tiers(), d.reasons(), d.quality(), d.privacy(), d.output(), d.integrity(),
        d.themes());
  }

  @Test
  void aReviewOfALateOrUnwantedOrderWeighsLessInTheRatingThanAnOnTimeOne() {
    MetricParams p = new MetricParams(LocalDate.of(2026, 11, 28), withExcusedOrderWeight(0.3));
    String order = "{\"seller_id\":\"%s\",\"order_id\":\"%s\",\"buyer_key\":\"%s\",\"buyer_country\":\"DE\","
        + "\"order_ts\":\"2026-10-01T10:00:00Z\",\"promised_delivery_date\":\"2026-10-08\",\"status\":\"%s\"%s}";
    String onTime = ",\"delivered_ts\":\"2026-10-05T10:00:00Z\"";
    Dataset<Row> orders = df("seller_id string, order_id string, buyer_key string, buyer_country string, order_ts timestamp,"
            + " promised_delivery_date date, status string, delivered_ts timestamp, amount double",
        String.format(order, "on_time", "o1", "b1", "delivered", onTime),
        String.format(order, "late", "o2", "b2", "delivered", ",\"delivered_ts\":\"2026-10-15T10:00:00Z\""),
        String.format(order, "mixed", "o3", "b3", "undelivered", ""),
        String.format(order, "mixed", "o4", "b4", "delivered", onTime),
        String.format(order, "mixed", "o5", "b5", "delivered", onTime),
        String.format(order, "mixed", "o6", "b6", "delivered", onTime));
    Dataset<Row> sellers = df("seller_id string, country string",
        "{\"seller_id\":\"on_time\",\"country\":\"DE\"}", "{\"seller_id\":\"late\",\"country\":\"DE\"}",
        "{\"seller_id\":\"mixed\",\"country\":\"DE\"}");
    // o4 went back as changed mind and o5 as damaged in transit (not the seller's doing), o6 as defective (the seller's).
    Dataset<Row> returnFacts = df("seller_id string, order_id string, reason string",
        "{\"seller_id\":\"mixed\",\"order_id\":\"o4\",\"reason\":\"changed_mind\"}",
        "{\"seller_id\":\"mixed\",\"order_id\":\"o5\",\"reason\":\"damaged_in_transit\"}",
        "{\"seller_id\":\"mixed\",\"order_id\":\"o6\",\"reason\":\"defective\"}");
    String review = "{\"seller_id\":\"%s\",\"order_id\":\"%s\",\"rating\":%d,\"review_ts\":\"2026-10-20T10:00:00Z\"}";
    Dataset<Row> reviews = df("seller_id string, order_id string, rating int, review_ts timestamp",
        String.format(review, "on_time", "o1", 1), String.format(review, "late", "o2", 1),
        String.format(review, "mixed", "o3", 1), String.format(review, "mixed", "o4", 2),
        String.format(review, "mixed", "o5", 1), String.format(review, "mixed", "o6", 1));
    Dataset<Row> orderFacts = OrderFacts.prepare(orders, sellers, p);
    Dataset<Row> facts = ReviewMetrics.prepare(reviews, OrderFacts.keys(orders),
        ReviewMetrics.excusedOrders(orderFacts, returnFacts), p);
    Dataset<Row> buyers = BadBuyers.counts(BadBuyers.pairs(facts, ReviewMetrics.badBuyers()), Metric.WITH_BUYER_FLOORS);
    Map<String, Row> sums = new java.util.HashMap<>();
    for (Row r : Sums.perSeller(Sums.of(facts, ReviewMetrics.FAMILY, col(MetricCols.W)), ReviewMetrics.FAMILY)
        .join(buyers, new String[] {MetricCols.SELLER_ID}, "left").collectAsList()) {
      sums.put(r.getAs(MetricCols.SELLER_ID), r);
    }
    double onTimeOneStar = sums.get("on_time").getAs(ReviewMetrics.starW(1));
    double lateOneStar = sums.get("late").getAs(ReviewMetrics.starW(1));
    assertTrue(onTimeOneStar > 0, "the on-time order's review counts");
    assertEquals(0.3 * onTimeOneStar, lateOneStar, 1e-12, "the late order's 1-star review weighs the excused weight");
    Row mixed = sums.get("mixed");
    // Same order date, so the same decay weight: o3 (never delivered) and o5 excused, o6 (defective) in full.
    assertEquals(onTimeOneStar * (0.3 + 0.3 + 1.0), mixed.<Double>getAs(ReviewMetrics.starW(1)), 1e-12);
    assertEquals(onTimeOneStar * 0.3, mixed.<Double>getAs(ReviewMetrics.starW(2)), 1e-12, "the changed-mind 2-star review");
    // The published descriptive figures count every review in full; the penalty floor only the fully weighed ones.
    assertEquals(4L, mixed.<Long>getAs(StatFamily.n(Metric.NEGATIVE_REVIEW)));
    assertEquals(5.0, mixed.<Double>getAs(ReviewMetrics.RATING_SUM), 1e-12);
    assertEquals(4.0 * onTimeOneStar, mixed.<Double>getAs(StatFamily.bad(Metric.NEGATIVE_REVIEW)), 1e-12);
    assertEquals(1L, mixed.<Long>getAs(BadBuyers.column(Metric.NEGATIVE_REVIEW)), "only b6's review weighs fully");
    assertTrue(sums.get("late").isNullAt(sums.get("late").fieldIndex(BadBuyers.column(Metric.NEGATIVE_REVIEW))),
        "a buyer whose parcel came late is not counted for the low-rating floor");

    // With the weight at 1 attribution is off: every review weighs the same.
    MetricParams off = new MetricParams(p.snapshotDate(), withExcusedOrderWeight(1.0));
    Dataset<Row> plain = Sums.perSeller(Sums.of(ReviewMetrics.prepare(reviews, OrderFacts.keys(orders),
        ReviewMetrics.excusedOrders(OrderFacts.prepare(orders, sellers, off), returnFacts), off),
        ReviewMetrics.FAMILY, col(MetricCols.W)), ReviewMetrics.FAMILY).filter(col(MetricCols.SELLER_ID).equalTo("late"));
    assertEquals(onTimeOneStar, plain.first().<Double>getAs(ReviewMetrics.starW(1)), 1e-12);
    for (int k = 1; k <= 5; k++) {
      assertEquals(0.0, sums.get("mixed").<Double>getAs(ReviewMetrics.excusedStarW(k)), 0.0,
          "the weight mode keeps no excused stratum, so scoring shifts nothing");
    }

    // Stratified: every review weighs fully, the excused ones are also counted apart; the floor still skips them.
    MetricParams strat = new MetricParams(p.snapshotDate(), withReviews(new JobConfig.Reviews(0.3, JobConfig.Reviews.STRATIFIED, 0.0, 0.0)));
    Dataset<Row> stratFacts = ReviewMetrics.prepare(reviews, OrderFacts.keys(orders),
        ReviewMetrics.excusedOrders(OrderFacts.prepare(orders, sellers, strat), returnFacts), strat);
    Dataset<Row> stratBuyers = BadBuyers.counts(BadBuyers.pairs(stratFacts, ReviewMetrics.badBuyers()), Metric.WITH_BUYER_FLOORS);
    Map<String, Row> st = new java.util.HashMap<>();
    for (Row r : Sums.perSeller(Sums.of(stratFacts, ReviewMetrics.FAMILY, col(MetricCols.W)), ReviewMetrics.FAMILY)
        .join(stratBuyers, new String[] {MetricCols.SELLER_ID}, "left").collectAsList()) {
      st.put(r.getAs(MetricCols.SELLER_ID), r);
    }
    assertEquals(onTimeOneStar, st.get("late").<Double>getAs(ReviewMetrics.starW(1)), 1e-12, "full weight");
    assertEquals(onTimeOneStar, st.get("late").<Double>getAs(ReviewMetrics.excusedStarW(1)), 1e-12, "and excused");
    assertEquals(0.0, st.get("on_time").<Double>getAs(ReviewMetrics.excusedStarW(1)), 0.0);
    Row ms = st.get("mixed");
    assertEquals(3 * onTimeOneStar, ms.<Double>getAs(ReviewMetrics.starW(1)), 1e-12);
    assertEquals(2 * onTimeOneStar, ms.<Double>getAs(ReviewMetrics.excusedStarW(1)), 1e-12, "o3 and o5, not o6");
    assertEquals(onTimeOneStar, ms.<Double>getAs(ReviewMetrics.excusedStarW(2)), 1e-12, "the changed-mind review");
    assertEquals(1L, ms.<Long>getAs(BadBuyers.column(Metric.NEGATIVE_REVIEW)), "only b6 counts for the floor");
  }
}
