package dev.sellertrust.explain;

import static org.apache.spark.sql.functions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sellertrust.io.InputException;
import dev.sellertrust.io.Io;
import dev.sellertrust.io.OutputLayout;
import dev.sellertrust.io.PublishedSnapshots;
import dev.sellertrust.score.OutputCols;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;

/**
 * One seller's score explained, as a JSON tree (the {@code --json} output; {@link ExplainText} renders the same tree
 * for people). Reads only published snapshots. A metric is compared with its peers in the same snapshot: a rate
 * with the pooled rate of the other sellers of the group its prior came from (their weighted bad outcomes over their
 * weighted trials, from seller_evidence), the average rating with the mean of the other sellers' reviews, any other
 * figure with the median over the seller's peer group. Pooled, because on a thin export most peers have two or three
 * reviews without a low one, so the median rate is 0% and every seller with evidence reads "worse".
 */
public final class SellerExplanation {
  static final ObjectMapper MAPPER = new ObjectMapper();
  public static final String FORMAT_VERSION = "1";

  private SellerExplanation() {}

  /**
   * A metric shown under a component; {@code higherIsBetter} null: context only, neither good nor bad.
   * {@code pooledFrom}: the seller_evidence metric whose weighted bad over weighted trials is this column (null: none),
   * {@code complement}: the column is one minus that rate.
   */
  record MetricDef(String column, Boolean higherIsBetter, String pooledFrom, boolean complement) {
    MetricDef(String column, Boolean higherIsBetter) {
      this(column, higherIsBetter, null, false);
    }

    MetricDef(String column, Boolean higherIsBetter, String pooledFrom) {
      this(column, higherIsBetter, pooledFrom, false);
    }
  }

  /** The average rating's peer benchmark: the peers' ratings weighted by their reviews. */
  static final String REVIEW_WEIGHTED = "avg_rating";

  /** {@code rates}: the seller_evidence metrics (posterior rate vs the peer prior) that feed the component. */
  record ComponentDef(String name, String column, String weightKey, List<MetricDef> metrics, List<String> rates) {}

  static final List<ComponentDef> COMPONENTS = List.of(
      new ComponentDef("reviews", OutputCols.REVIEW_COMPONENT, "reviews", List.of(
          new MetricDef("avg_rating", true), new MetricDef("bayes_rating", true),
          new MetricDef("negative_review_rate", false, "negative_review"),
          new MetricDef("order_defect_rate", false, "order_defect")),
          List.of("negative_review", "order_defect")),
      new ComponentDef("returns", OutputCols.RETURNS_COMPONENT, "returns", List.of(
          new MetricDef("seller_return_rate", false, "seller_return"), new MetricDef("return_rate", false, "any_return"),
          new MetricDef("return_rejection_rate", false, "rejection"),
          new MetricDef("in_policy_rejection_rate", false, "in_policy_rejection"),
          new MetricDef("late_return_response_rate", false, "late_return_response"),
          new MetricDef("dissatisfied_return_rate", false, "dissatisfied_return"),
          new MetricDef("refund_time_p50_hours", false), new MetricDef("slow_refund_rate", false, "slow_refund")),
          List.of("seller_return", "any_return", "in_policy_rejection", "rejection", "late_return_response", "slow_refund",
              "dissatisfied_return")),
      new ComponentDef("service", OutputCols.SERVICE_COMPONENT, "service", List.of(
          new MetricDef("first_response_p50_hours", false), new MetricDef("first_response_p90_hours", false),
          new MetricDef("response_within_24h_rate", true, "slow_response", true),
          new MetricDef("unanswered_rate", false, "unanswered")),
          List.of("slow_response", "unanswered")),
      new ComponentDef("delivery", OutputCols.DELIVERY_COMPONENT, "delivery", List.of(
          new MetricDef("late_delivery_rate", false, "late_delivery"), new MetricDef("corridor_late_delivery_rate", false)),
          List.of("late_delivery", "delivery_complaint")),
      new ComponentDef("policy", OutputCols.POLICY_COMPONENT, "policy", List.of(
          new MetricDef("policy_clarity_score", true), new MetricDef("policy_mismatch_rate", false, "policy_mismatch")),
          List.of("policy_mismatch")));

  /** Policy facts shown with their values (the evidence snippets say where in the text each was found). */
  static final List<String> POLICY_FACTS = List.of("return_window_days", "window_starts_from",
      "refund_to_original_payment", "store_credit", "refund_timeline_days", "return_shipping_paid_by", "restocking_fee",
      "restocking_fee_percent", "exchange_offered", "replacement_or_repair_for_defective", "conditions_stated",
      "non_returnable_listed", "proof_of_purchase_required", "procedure_stated", "contact_channel_given",
      "international_returns_mentioned", "discretionary_language");

  public static ObjectNode explain(SparkSession spark, String outputDir, String sellerId, LocalDate requested) {
    var hadoop = spark.sparkContext().hadoopConfiguration();
    LocalDate snapshot = PublishedSnapshots.resolve(hadoop, outputDir, requested);
    OutputLayout layout = new OutputLayout(outputDir);
    Dataset<Row> scores = spark.read().parquet(layout.table(OutputLayout.SELLER_SCORES, snapshot).toString());
    List<Row> mine = scores.filter(col(OutputCols.SELLER_ID).equalTo(sellerId)).collectAsList();
    if (mine.isEmpty()) {
      throw new InputException("seller '" + sellerId + "' is not in snapshot " + snapshot + " under " + outputDir
          + " (" + scores.count() + " sellers there; ids look like "
          + scores.select(OutputCols.SELLER_ID).orderBy(OutputCols.SELLER_ID).limit(1).first().getString(0) + ")");
    }
    Row s = mine.get(0);
    JsonNode manifest = manifest(spark, layout, snapshot);
    String peerGroup = str(s, OutputCols.PEER_GROUP);

    ObjectNode out = MAPPER.createObjectNode();
    out.put("explain_version", FORMAT_VERSION);
    out.put("seller_id", sellerId);
    out.put("snapshot_date", snapshot.toString());
    out.put("methodology_version", str(s, OutputCols.METHODOLOGY_VERSION));
    putValue(out, "trust_score", s, OutputCols.TRUST_SCORE);
    putValue(out, "trust_score_low", s, OutputCols.TRUST_SCORE_LOW);
    putValue(out, "trust_score_high", s, OutputCols.TRUST_SCORE_HIGH);
    JsonNode level = manifest.path("config").path("tiers").path("credibleLevel");
    if (level.isNumber()) {
      out.put("interval_level", level.asDouble());
    } else {
      out.putNull("interval_level");
    }
    out.put("tier", str(s, OutputCols.TIER));
    putValue(out, "provisional", s, OutputCols.PROVISIONAL);
    putValue(out, "evidence_share", s, OutputCols.EVIDENCE_SHARE);
    out.put("peer_group", peerGroup);
    ObjectNode ev = out.putObject("evidence");
    putValue(ev, "orders", s, OutputCols.N_ORDERS);
    putValue(ev, "reviews", s, OutputCols.N_REVIEWS);
    putValue(ev, "returns", s, OutputCols.N_RETURNS);
    putValue(ev, "tickets", s, OutputCols.N_TICKETS);
    ArrayNode reasons = out.putArray("reasons");
    if (!s.isNullAt(s.fieldIndex(OutputCols.REASONS))) {
      for (Object r : s.getList(s.fieldIndex(OutputCols.REASONS))) {
        reasons.add(String.valueOf(r));
      }
    }
    components(spark, layout, snapshot, scores, s, peerGroup, manifest, out);
    ThemeExplanation.add(spark, layout, snapshot, s.getString(s.fieldIndex(OutputCols.SELLER_ID)), out);
    policy(spark, layout, snapshot, sellerId, out);
    corridors(spark, layout, snapshot, sellerId, out);
    dev.sellertrust.integrity.IntegrityExplanation.addTo(spark, layout, snapshot, sellerId, out);
    history(spark, layout, PublishedSnapshots.list(hadoop, outputDir), sellerId, out);
    return out;
  }

  private static JsonNode manifest(SparkSession spark, OutputLayout layout, LocalDate snapshot) {
    Path p = layout.manifest(snapshot);
    try {
      FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
      try (InputStream in = fs.open(p)) {
        return MAPPER.readTree(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + p, e);
    }
  }

  private static void components(SparkSession spark, OutputLayout layout, LocalDate snapshot, Dataset<Row> scores,
      Row s, String peerGroup, JsonNode manifest, ObjectNode out) {
    Dataset<Row> metrics = spark.read().parquet(layout.table(OutputLayout.SELLER_METRICS, snapshot).toString());
    List<String> metricCols = List.of(metrics.columns());
    Row m = metrics.filter(col(OutputCols.SELLER_ID).equalTo(s.getString(s.fieldIndex(OutputCols.SELLER_ID))))
        .collectAsList().stream().findFirst().orElse(null);

    // Peer medians: one aggregation over the peer group's metrics and one over its components.
    List<Column> aggs = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (ComponentDef c : COMPONENTS) {
      for (MetricDef d : c.metrics()) {
        if (metricCols.contains(d.column())) {
          aggs.add(percentile(col(d.column()).cast("double"), lit(0.5)));
          names.add(d.column());
        }
      }
    }
    Column inGroup = peerGroup == null ? col(OutputCols.PEER_GROUP).isNull() : col(OutputCols.PEER_GROUP).equalTo(peerGroup);
    aggs.add(count(lit(1)));
    Row peerMetrics = metrics.filter(inGroup).agg(aggs.get(0), aggs.subList(1, aggs.size()).toArray(new Column[0])).first();
    List<Column> compAggs = new ArrayList<>();
    for (ComponentDef c : COMPONENTS) {
      compAggs.add(percentile(col(c.column()), lit(0.5)));
    }
    Row peerComponents = scores.filter(inGroup).agg(compAggs.get(0), compAggs.subList(1, compAggs.size()).toArray(new Column[0])).first();
    out.put("peer_sellers", peerMetrics.getLong(names.size()));
    out.put("peer_benchmark", "the " + peerMetrics.getLong(names.size()) + " sellers in peer group '" + peerGroup
        + "' in snapshot " + snapshot + ": rates pooled over the other sellers of the group each rate's prior comes"
        + " from, the average rating over the other sellers' reviews, other figures the median");

    String sellerId = s.getString(s.fieldIndex(OutputCols.SELLER_ID));
    Dataset<Row> evidenceTable = evidenceTable(spark, layout, snapshot);
    Map<String, Row> evidence = evidenceTable == null ? new HashMap<>() : sellerRows(evidenceTable, sellerId);
    Map<String, Double> pooled = evidenceTable == null ? new HashMap<>()
        : pooledPeerRates(evidenceTable, evidence, sellerId, peerGroup);
    Double peerRating = reviewWeightedRating(metrics, scores, inGroup.and(col(OutputCols.SELLER_ID).notEqual(sellerId)));
    JsonNode weights = manifest.path("config").path("weights");
    ArrayNode comps = out.putArray("components");
    for (int ci = 0; ci < COMPONENTS.size(); ci++) {
      ComponentDef c = COMPONENTS.get(ci);
      ObjectNode cn = comps.addObject();
      cn.put("component", c.name());
      if (weights.path(c.weightKey()).isNumber()) {
        cn.put("weight", weights.path(c.weightKey()).asDouble());
      } else {
        cn.putNull("weight");
      }
      putValue(cn, "score", s, c.column());
      putDouble(cn, "peer_median", peerComponents.isNullAt(ci) ? null : peerComponents.getDouble(ci));
      ArrayNode ms = cn.putArray("metrics");
      for (MetricDef d : c.metrics()) {
        int idx = names.indexOf(d.column());
        if (idx < 0) {
          continue;
        }
        Double value = m == null || m.isNullAt(m.fieldIndex(d.column())) ? null
            : ((Number) m.get(m.fieldIndex(d.column()))).doubleValue();
        Double median = peerMetrics.isNullAt(idx) ? null : peerMetrics.getDouble(idx);
        Double peerPooled = d.column().equals(REVIEW_WEIGHTED) ? peerRating : pooledValue(d, pooled);
        ObjectNode mn = ms.addObject();
        mn.put("metric", d.column());
        putDouble(mn, "value", value);
        putDouble(mn, "peer_median", median);
        if (d.pooledFrom() != null || d.column().equals(REVIEW_WEIGHTED)) {
          putDouble(mn, "peer_pooled", peerPooled);
        }
        mn.put("better_when", d.higherIsBetter() == null ? "n/a" : d.higherIsBetter() ? "higher" : "lower");
        mn.put("versus_peers", versus(value, peerPooled != null ? peerPooled : median, d.higherIsBetter()));
      }
      ArrayNode rates = cn.putArray("rate_evidence");
      for (String metric : c.rates()) {
        Row e = evidence.get(metric);
        if (e == null) {
          continue;
        }
        ObjectNode en = rates.addObject();
        en.put("metric", metric);
        for (String f : List.of("trials", "bad_buyers", "trials_weighted", "bad_weighted", "posterior_rate", "posterior_sd",
            "peer_rate", "prior_strength")) {
          if (hasField(e, f)) {
            putValue(en, f, e, f);
          }
        }
      }
    }
  }

  /**
   * By seller_evidence metric, the weighted bad outcomes over the weighted trials of the other sellers of the group
   * whose prior the score used for that metric (a thin group's metric falls back to a wider group, "all"); the
   * seller's own peer group for a metric it has no evidence of.
   *
   * @param own the seller's rows of {@code evidence} by metric ({@link #sellerRows})
   */
  static Map<String, Double> pooledPeerRates(Dataset<Row> evidence, Map<String, Row> own, String sellerId,
      String peerGroup) {
    Map<String, Double> out = new HashMap<>();
    Column ownGroup = peerGroup == null ? col(OutputCols.PEER_GROUP).isNull() : col(OutputCols.PEER_GROUP).equalTo(peerGroup);
    Column where = not(col("metric").isin(own.keySet().toArray())).and(ownGroup);
    for (Map.Entry<String, Row> e : own.entrySet()) {
      where = where.or(col("metric").equalTo(e.getKey())
          .and(col(OutputCols.PEER_GROUP).eqNullSafe(e.getValue().getAs(OutputCols.PEER_GROUP))));
    }
    for (Row r : evidence.filter(where.and(col(OutputCols.SELLER_ID).notEqual(sellerId))).groupBy(col("metric"))
        .agg(sum("bad_weighted").divide(sum("trials_weighted"))).collectAsList()) {
      if (!r.isNullAt(1)) {
        out.put(r.getString(0), r.getDouble(1));
      }
    }
    return out;
  }

  private static Double pooledValue(MetricDef d, Map<String, Double> pooled) {
    Double rate = d.pooledFrom() == null ? null : pooled.get(d.pooledFrom());
    return rate == null ? null : d.complement() ? 1.0 - rate : rate;
  }

  /** The mean of the selected sellers' average ratings weighted by their reviews: the mean of all their reviews. */
  private static Double reviewWeightedRating(Dataset<Row> metrics, Dataset<Row> scores, Column who) {
    if (!List.of(metrics.columns()).contains(REVIEW_WEIGHTED)) {
      return null;
    }
    Row r = metrics.filter(who).select(col(OutputCols.SELLER_ID), col(REVIEW_WEIGHTED))
        .join(scores.select(OutputCols.SELLER_ID, OutputCols.N_REVIEWS), OutputCols.SELLER_ID)
        .filter(col(REVIEW_WEIGHTED).isNotNull().and(col(OutputCols.N_REVIEWS).gt(0)))
        .agg(sum(col(REVIEW_WEIGHTED).multiply(col(OutputCols.N_REVIEWS))).divide(sum(OutputCols.N_REVIEWS)))
        .first();
    return r.isNullAt(0) ? null : r.getDouble(0);
  }

  /** The published seller_evidence; null for a snapshot published before that table existed. */
  private static Dataset<Row> evidenceTable(SparkSession spark, OutputLayout layout, LocalDate snapshot) {
    Path p = layout.table("seller_evidence", snapshot);
    return Io.exists(spark, p) ? spark.read().parquet(p.toString()) : null;
  }

  /** The seller's rows of seller_evidence by metric: what the score actually used (the posterior against the peer prior). */
  static Map<String, Row> sellerRows(Dataset<Row> evidence, String sellerId) {
    Map<String, Row> out = new HashMap<>();
    for (Row r : evidence.filter(col(OutputCols.SELLER_ID).equalTo(sellerId)).collectAsList()) {
      out.put(r.getString(r.fieldIndex("metric")), r);
    }
    return out;
  }

  /** "better", "worse" or "same" as the peer benchmark, "unknown" without both values. */
  static String versus(Double value, Double peer, Boolean higherIsBetter) {
    if (value == null || peer == null || higherIsBetter == null) {
      return "unknown";
    }
    double scale = Math.max(Math.abs(peer), 1e-9);
    if (Math.abs(value - peer) / scale < 0.01) {
      return "same";
    }
    return (value > peer) == higherIsBetter ? "better" : "worse";
  }

  private static void policy(SparkSession spark, OutputLayout layout, LocalDate snapshot, String sellerId, ObjectNode out) {
    Dataset<Row> clarity = spark.read().parquet(layout.table(OutputLayout.POLICY_CLARITY, snapshot).toString());
    ArrayNode policies = out.putArray("policies");
    for (Row r : clarity.filter(col(OutputCols.SELLER_ID).equalTo(sellerId)).orderBy("market", "language").collectAsList()) {
      ObjectNode p = policies.addObject();
      p.put("market", str(r, "market"));
      p.put("language", str(r, "language"));
      p.put("effective_date", r.isNullAt(r.fieldIndex("effective_date")) ? null : String.valueOf(r.get(r.fieldIndex("effective_date"))));
      putValue(p, "clarity_score", r, "clarity_score");
      putValue(p, "readability", r, "readability");
      ObjectNode facts = p.putObject("facts");
      for (String f : POLICY_FACTS) {
        if (hasField(r, f)) {
          putValue(facts, f, r, f);
        }
      }
      ArrayNode missing = p.putArray("missing_facts");
      stringList(r, "missing_facts").forEach(missing::add);
      ArrayNode flags = p.putArray("compliance_flags");
      stringList(r, "compliance_flags").forEach(flags::add);
      ArrayNode evidence = p.putArray("evidence");
      if (hasField(r, "evidence") && !r.isNullAt(r.fieldIndex("evidence"))) {
        for (Object o : r.getList(r.fieldIndex("evidence"))) {
          Row e = (Row) o;
          ObjectNode en = evidence.addObject();
          en.put("fact", str(e, "fact"));
          en.put("snippet", str(e, "snippet"));
        }
      }
    }
  }

  private static void corridors(SparkSession spark, OutputLayout layout, LocalDate snapshot, String sellerId, ObjectNode out) {
    Dataset<Row> corr = spark.read().parquet(layout.table(OutputLayout.CORRIDOR_METRICS, snapshot).toString());
    ArrayNode arr = out.putArray("corridors");
    for (Row r : corr.filter(col(OutputCols.SELLER_ID).equalTo(sellerId))
        .orderBy(col("orders").desc(), col("buyer_country")).collectAsList()) {
      ObjectNode c = arr.addObject();
      c.put("seller_country", str(r, "seller_country"));
      c.put("buyer_country", str(r, "buyer_country"));
      putValue(c, "cross_border", r, "cross_border");
      putValue(c, "orders", r, "orders");
      putValue(c, "return_rate", r, "return_rate");
      putValue(c, "late_delivery_rate", r, "late_delivery_rate");
      putValue(c, "avg_rating", r, "avg_rating");
      putValue(c, "reviews", r, "reviews");
    }
  }

  private static void history(SparkSession spark, OutputLayout layout, List<LocalDate> published, String sellerId,
      ObjectNode out) {
    ArrayNode arr = out.putArray("history");
    if (published.isEmpty()) {
      return;
    }
    Path root = new Path(layout.root(), OutputLayout.SELLER_SCORES);
    String[] paths = published.stream().map(d -> layout.table(OutputLayout.SELLER_SCORES, d).toString()).toArray(String[]::new);
    // basePath keeps snapshot_date as a column while reading only published partitions (those with a manifest).
    for (Row r : spark.read().option("basePath", root.toString()).parquet(paths)
        .filter(col(OutputCols.SELLER_ID).equalTo(sellerId))
        .select(col("snapshot_date").cast("string"), col(OutputCols.TRUST_SCORE), col(OutputCols.TIER))
        .orderBy("snapshot_date").collectAsList()) {
      ObjectNode h = arr.addObject();
      h.put("snapshot_date", r.getString(0));
      putDouble(h, "trust_score", r.isNullAt(1) ? null : r.getDouble(1));
      h.put("tier", r.getString(2));
    }
  }

  private static boolean hasField(Row r, String name) {
    for (StructField f : r.schema().fields()) {
      if (f.name().equals(name)) {
        return true;
      }
    }
    return false;
  }

  private static String str(Row r, String name) {
    int i = r.fieldIndex(name);
    return r.isNullAt(i) ? null : String.valueOf(r.get(i));
  }

  private static List<String> stringList(Row r, String name) {
    if (!hasField(r, name) || r.isNullAt(r.fieldIndex(name))) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (Object o : r.getList(r.fieldIndex(name))) {
      out.add(String.valueOf(o));
    }
    return out;
  }

  private static void putDouble(ObjectNode n, String key, Double v) {
    if (v == null || v.isNaN()) {
      n.putNull(key);
    } else {
      n.put(key, v);
    }
  }

  private static void putValue(ObjectNode n, String key, Row r, String col) {
    int i = r.fieldIndex(col);
    if (r.isNullAt(i)) {
      n.putNull(key);
      return;
    }
    Object v = r.get(i);
    if (v instanceof Boolean b) {
      n.put(key, b);
    } else if (v instanceof Long l) {
      n.put(key, l);
    } else if (v instanceof Integer x) {
      n.put(key, x);
    } else if (v instanceof Number x) {
      putDouble(n, key, x.doubleValue());
    } else {
      n.put(key, String.valueOf(v));
    }
  }
}
