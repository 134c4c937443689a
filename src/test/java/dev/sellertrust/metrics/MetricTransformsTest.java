package dev.sellertrust.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.apache.spark.sql.functions.col;

import dev.sellertrust.SparkTestBase;
import dev.sellertrust.config.ConfigLoader;
import dev.sellertrust.config.JobConfig;
import dev.sellertrust.score.BetaPosteriors;
import java.time.LocalDate;
import java.util.List;
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
    JobConfig.Priors fixed = new JobConfig.Priors(10.0, 2, 200, 1);
    Dataset<Row> peers = df("seller_id string, peer_category string, peer_market string",
        "{\"seller_id\":\"a\",\"peer_category\":\"x\",\"peer_market\":\"DE\"}",
        "{\"seller_id\":\"b\",\"peer_category\":\"x\",\"peer_market\":\"DE\"}",
        "{\"seller_id\":\"c\",\"peer_category\":\"x\",\"peer_market\":\"DE\"}");
    Dataset<Row> evidence = df("seller_id string, metric string, bad double, trials double, n_raw long, bad_buyers long, expected_bad double",
        "{\"seller_id\":\"a\",\"metric\":\"m\",\"bad\":2.0,\"trials\":10.0,\"n_raw\":10,\"bad_buyers\":2}",
        "{\"seller_id\":\"b\",\"metric\":\"m\",\"bad\":0.0,\"trials\":10.0,\"n_raw\":10,\"bad_buyers\":0}");
    List<Row> post = BetaPosteriors.compute(evidence, peers, fixed).orderBy("seller_id")
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
}
