package dev.sellertrust.metrics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Everything the metrics are computed from, as mergeable per-seller statistics: each family's sums and the bad-buyer
 * pairs. A day's sums are yesterday's scaled by the daily decay factor, plus the rows that joined, minus those that
 * left the window.
 *
 * @param sums by family name
 */
public record SellerSums(Map<String, Dataset<Row>> sums, Dataset<Row> pairs) {

  /** All families in their fixed order, for reading a state back. */
  public static final List<StatFamily> FAMILIES = List.of(DeliveryMetrics.FAMILY, ReviewMetrics.FAMILY,
      ReturnMetrics.FAMILY, ReturnMetrics.REFUND_HISTOGRAM, ServiceMetrics.FAMILY, ServiceMetrics.RESPONSE_HISTOGRAM,
      PolicyPracticeMetrics.FAMILY);

  public static StatFamily family(String name) {
    return FAMILIES.stream().filter(f -> f.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown stat family " + name));
  }

  /** Sums of the facts, decayed stats weighted by {@code weight}, also grouped by {@code extraGroups}. */
  public static SellerSums of(FactTables facts, Column weight, Column... extraGroups) {
    Map<String, Dataset<Row>> m = new LinkedHashMap<>();
    facts.sources().forEach((f, rows) -> m.put(f.name(), Sums.of(rows, f, weight, extraGroups)));
    return new SellerSums(m, facts.badBuyerPairs());
  }

  /** The same sums without pairs (when only the sums are needed). */
  public SellerSums withoutPairs() {
    return new SellerSums(sums, null);
  }

  public Dataset<Row> get(StatFamily f) {
    return sums.get(f.name());
  }

  /** Decayed sums times {@code decayedFactor}, and every sum times {@code sign} (-1 to subtract); pairs unchanged. */
  public SellerSums scaled(double decayedFactor, int sign) {
    Map<String, Dataset<Row>> m = new LinkedHashMap<>();
    sums.forEach((name, d) -> m.put(name, Sums.scaled(d, family(name), decayedFactor, sign)));
    return new SellerSums(m, pairs);
  }

  /**
   * Family-wise sum with {@code others} (same families), and the union of the pairs without those that left the
   * window ({@code leftBefore} = snapshot minus lookback).
   */
  public SellerSums plus(List<SellerSums> others, double epsilon, LocalDate leftBefore) {
    Map<String, Dataset<Row>> m = new LinkedHashMap<>();
    for (Map.Entry<String, Dataset<Row>> e : sums.entrySet()) {
      List<Dataset<Row>> parts = new ArrayList<>();
      parts.add(e.getValue());
      for (SellerSums o : others) {
        Dataset<Row> d = o.sums.get(e.getKey());
        if (d == null) {
          throw new IllegalArgumentException("family " + e.getKey() + " is missing from one side of a merge");
        }
        parts.add(d);
      }
      m.put(e.getKey(), Sums.merge(family(e.getKey()), epsilon, parts));
    }
    List<Dataset<Row>> pairParts = new ArrayList<>();
    pairParts.add(pairs);
    others.stream().filter(o -> o.pairs != null).forEach(o -> pairParts.add(o.pairs));
    return new SellerSums(m, BadBuyers.merge(pairParts, leftBefore));
  }

  /** The tables (sums by attribution date, see {@link #of}) restricted to the days where {@code condition} holds. */
  public SellerSums where(Column condition, Dataset<Row> pairsOfThoseDays) {
    Map<String, Dataset<Row>> m = new LinkedHashMap<>();
    sums.forEach((name, d) -> m.put(name, d.filter(condition)));
    return new SellerSums(m, pairsOfThoseDays);
  }

  /**
   * Sums by attribution date (from {@link #of} with the day as extra group and weight 1) weighted by {@code weight}
   * of the day; summed over the days unless {@code keepDay}.
   */
  public SellerSums weighted(Column weight, boolean keepDay) {
    Map<String, Dataset<Row>> m = new LinkedHashMap<>();
    List<String> day = List.of(MetricCols.ATTR_DATE);
    sums.forEach((name, d) -> {
      StatFamily f = family(name);
      Dataset<Row> w = Sums.scaled(d, f, weight, 1, day);
      if (!keepDay) {
        List<String> groups = new ArrayList<>();
        groups.add(MetricCols.SELLER_ID);
        groups.addAll(f.keys());
        w = Sums.overKeys(w, f, groups);
      }
      m.put(name, w);
    });
    return new SellerSums(m, pairs);
  }

  /** The same pairs with these sums (by family name): the runner's materialised tables. */
  public SellerSums withSums(Map<String, Dataset<Row>> materialised) {
    return new SellerSums(materialised, pairs);
  }

  /** The same sums with these pairs. */
  public SellerSums withPairs(Dataset<Row> materialised) {
    return new SellerSums(sums, materialised);
  }
}
