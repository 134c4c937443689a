package dev.sellertrust.evaluation;

import static org.apache.spark.sql.functions.*;

import dev.sellertrust.config.ConfigLoader;
import dev.sellertrust.config.JobConfig;
import dev.sellertrust.config.RunRequest;
import dev.sellertrust.integrity.IntegrityCols;
import dev.sellertrust.job.TrustScoreJob;
import dev.sellertrust.output.Outputs;
import dev.sellertrust.score.OutputCols;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The figures behind "manipulation does not pay": recall of the planted campaigns, honest sellers flagged, and each
 * campaign seller's score against the same world without the campaign. Collects one small row per seller (an
 * evaluation, not the job).
 */
public final class IntegrityEvaluation {
  private IntegrityEvaluation() {}

  /** Attacked sellers lose from their campaign; every other campaign type is run by the seller for itself. */
  static final String ATTACK = "one_star_attack";

  record SellerResult(String sellerId, Double score, boolean flagged, Double share, String reason) {}

  /** Scores an input in memory (nothing written) with a fixed buyer key, so two worlds pseudonymise alike. */
  static Map<String, SellerResult> score(SparkSession spark, String input, LocalDate snapshot, JobConfig cfg) {
    return score(spark, input, snapshot, cfg, null);
  }

  /** @param totals when not null, receives the review_integrity table's column sums (reviews per signal) */
  static Map<String, SellerResult> score(SparkSession spark, String input, LocalDate snapshot, JobConfig cfg,
      Map<String, Long> totals) {
    RunRequest req = new RunRequest(input, null, snapshot, cfg, ConfigLoader.methodologyVersion(cfg),
        "integrity-eval-fixed-key", true);
    Outputs out = TrustScoreJob.compute(TrustScoreJob.validate(spark, req).checked(), req);
    if (totals != null) {
      List<String> names = new ArrayList<>(List.of(IntegrityCols.REVIEWS_CHECKED, IntegrityCols.SUSPICIOUS_REVIEWS,
          IntegrityCols.ORDERS_SET_ASIDE));
      IntegrityCols.SIGNALS.forEach(x -> names.add(IntegrityCols.signalCount(x)));
      Row sums = out.reviewIntegrity().agg(sum(col(names.get(0))),
          names.subList(1, names.size()).stream().map(n -> sum(col(n))).toArray(org.apache.spark.sql.Column[]::new)).first();
      for (int i = 0; i < names.size(); i++) {
        totals.put(names.get(i), sums.isNullAt(i) ? 0L : sums.getLong(i));
      }
    }
    Map<String, SellerResult> m = new HashMap<>();
    for (Row r : out.scores().select(col(OutputCols.SELLER_ID), col(OutputCols.TRUST_SCORE),
        col(IntegrityCols.FLAG), col(IntegrityCols.SUSPICIOUS_SHARE), try_element_at(col(OutputCols.REASONS), lit(1)))
        .collectAsList()) {
      String reason = r.isNullAt(4) ? null : r.getString(4);
      m.put(r.getString(0), new SellerResult(r.getString(0), r.isNullAt(1) ? null : r.getDouble(1),
          r.getBoolean(2), r.isNullAt(3) ? null : r.getDouble(3), reason));
    }
    return m;
  }

  /** One seed: the world with campaigns against the same seed without them. */
  record World(int sellers, Map<String, int[]> recallByType, int honest, int honestFlagged, int cleanFlagged,
      List<Double> gains, List<Double> losses, List<String> notes) {
    String text() {
      return IntegrityEvaluation.text(sellers, recallByType, honest, honestFlagged, cleanFlagged, gains, losses)
          + String.join("", notes);
    }
  }

  static World compare(SparkSession spark, String withCampaigns, String without, String truthCsv, LocalDate snapshot,
      JobConfig cfg) {
    Map<String, String> truth = new HashMap<>();
    for (Row r : spark.read().option("header", "true").csv(truthCsv).select("seller_id", "campaign").collectAsList()) {
      truth.put(r.getString(0), r.getString(1));
    }
    Map<String, SellerResult> a = score(spark, withCampaigns, snapshot, cfg);
    Map<String, SellerResult> b = score(spark, without, snapshot, cfg);
    Map<String, int[]> recall = new TreeMap<>();
    List<Double> gains = new ArrayList<>();
    List<Double> losses = new ArrayList<>();
    int honest = 0;
    int honestFlagged = 0;
    List<String> notes = new ArrayList<>();
    List<SellerResult> sorted = new ArrayList<>(a.values());
    sorted.sort(java.util.Comparator.comparing(SellerResult::sellerId));
    for (SellerResult s : sorted) {
      String type = truth.get(s.sellerId());
      SellerResult base = b.get(s.sellerId());
      if (type == null) {
        honest++;
        honestFlagged += s.flagged() ? 1 : 0;
        if (s.flagged()) {
          notes.add(String.format(Locale.ROOT, "  honest but flagged: %s share %.3f %s%n", s.sellerId(), s.share(), s.reason()));
        }
        continue;
      }
      int[] c = recall.computeIfAbsent(type, k -> new int[2]);
      c[0]++;
      c[1] += s.flagged() ? 1 : 0;
      Double delta = null;
      if (s.score() != null && base != null && base.score() != null) {
        delta = ATTACK.equals(type) ? base.score() - s.score() : s.score() - base.score();
        (ATTACK.equals(type) ? losses : gains).add(delta);
      }
      if (!s.flagged() || (delta != null && delta > 2.0)) {
        notes.add(String.format(Locale.ROOT, "  %s %s: flagged %s, share %s, %s %s%n", type, s.sellerId(), s.flagged(),
            s.share(), ATTACK.equals(type) ? "loss" : "gain", delta == null ? "n/a" : String.format(Locale.ROOT, "%.2f", delta)));
      }
    }
    for (SellerResult s : b.values()) {
      if (s.flagged()) {
        notes.add(String.format(Locale.ROOT, "  flagged without campaigns: %s share %.3f %s%n", s.sellerId(), s.share(), s.reason()));
      }
    }
    int clean = (int) b.values().stream().filter(SellerResult::flagged).count();
    return new World(a.size(), recall, honest, honestFlagged, clean, gains, losses, notes);
  }

  /** Several seeds pooled. */
  static final class Summary {
    private int sellers;
    private final Map<String, int[]> recall = new TreeMap<>();
    private int honest;
    private int honestFlagged;
    private int cleanFlagged;
    private final List<Double> gains = new ArrayList<>();
    private final List<Double> losses = new ArrayList<>();

    void add(World w) {
      sellers += w.sellers();
      w.recallByType().forEach((k, v) -> {
        int[] c = recall.computeIfAbsent(k, x -> new int[2]);
        c[0] += v[0];
        c[1] += v[1];
      });
      honest += w.honest();
      honestFlagged += w.honestFlagged();
      cleanFlagged += w.cleanFlagged();
      gains.addAll(w.gains());
      losses.addAll(w.losses());
    }

    String text() {
      return IntegrityEvaluation.text(sellers, recall, honest, honestFlagged, cleanFlagged, gains, losses);
    }
  }

  static String text(int sellers, Map<String, int[]> recall, int honest, int honestFlagged, int cleanFlagged,
      List<Double> gains, List<Double> losses) {
    int manipulated = recall.values().stream().mapToInt(c -> c[0]).sum();
    int caught = recall.values().stream().mapToInt(c -> c[1]).sum();
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%d sellers, %d under a campaign, recall %.3f (%d of %d)%n", sellers,
        manipulated, ratio(caught, manipulated), caught, manipulated));
    recall.forEach((k, c) -> sb.append(String.format(Locale.ROOT, "  %-18s %d of %d flagged%n", k, c[1], c[0])));
    sb.append(String.format(Locale.ROOT, "  honest sellers flagged: %d of %d (%.2f%%); in the world without campaigns: "
        + "%d of %d (%.2f%%)%n", honestFlagged, honest, 100 * ratio(honestFlagged, honest), cleanFlagged, sellers,
        100 * ratio(cleanFlagged, sellers)));
    sb.append("  score gained by the campaign (points): ").append(distribution(gains)).append('\n');
    sb.append("  score lost to a one-star attack (points): ").append(distribution(losses)).append('\n');
    return sb.toString();
  }

  private static double ratio(int a, int b) {
    return b == 0 ? Double.NaN : (double) a / b;
  }

  static String distribution(List<Double> values) {
    if (values.isEmpty()) {
      return "none scored";
    }
    List<Double> v = new ArrayList<>(values);
    Collections.sort(v);
    long over = v.stream().filter(x -> x > 2.0).count();
    return String.format(Locale.ROOT, "n %d, min %.2f, median %.2f, p90 %.2f, max %.2f, above 2: %d", v.size(), v.get(0),
        v.get(v.size() / 2), v.get((int) Math.min(v.size() - 1, Math.floor(0.9 * v.size()))), v.get(v.size() - 1), over);
  }

  /** An input's flagged sellers, with their share and reason. */
  record Flagged(int sellers, List<SellerResult> flagged, Map<String, Long> totals) {
    String text() {
      StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%d sellers scored, %d flagged (%.2f%%)%n", sellers,
          flagged.size(), 100.0 * flagged.size() / Math.max(1, sellers)));
      sb.append("  reviews per signal: ").append(totals).append('\n');
      for (SellerResult s : flagged) {
        sb.append(String.format(Locale.ROOT, "  %s  score %s  share %.3f  %s%n", s.sellerId(),
            s.score() == null ? "n/a" : String.format(Locale.ROOT, "%.1f", s.score()), s.share(), s.reason()));
      }
      return sb.toString();
    }
  }

  static Flagged flaggedOn(SparkSession spark, String input, LocalDate snapshot, JobConfig cfg) {
    Map<String, Long> totals = new java.util.LinkedHashMap<>();
    Map<String, SellerResult> m = score(spark, input, snapshot, cfg, totals);
    List<SellerResult> flagged = new ArrayList<>(m.values().stream().filter(SellerResult::flagged).toList());
    flagged.sort(java.util.Comparator.comparing(SellerResult::sellerId));
    return new Flagged(m.size(), flagged, totals);
  }
}
