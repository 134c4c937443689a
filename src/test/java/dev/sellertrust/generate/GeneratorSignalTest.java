package dev.sellertrust.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The structure downstream tests rely on: quality is learnable from observed rates, the noise that is not the
 * seller's fault does not track quality, and planted policy mismatches show up only where planted.
 */
class GeneratorSignalTest {
  private static final int MIN_ORDERS = 50;
  private static final Set<String> SELLER_FAULT = Set.of("defective", "not_as_described", "wrong_item");

  @TempDir static Path tmp;
  private static Map<String, Map<String, String>> truth;
  private static Map<String, SellerRates> rates;
  private static List<Map<String, String>> returns;
  private static Map<String, Map<String, String>> orders;
  private static Map<String, Map<String, String>> sellers;

  /** Observed per-seller counts, as any scorer could compute them from the input. */
  private static final class SellerRates {
    int orders;
    int delivered;
    int reviews;
    double ratingSum;
    int faultReturns;
    int remorseReturns;
    int decidedReturns;
    int inPolicyRejections;
    int tickets;
    int unanswered;
    final List<Double> responseHours = new ArrayList<>();
  }

  @BeforeAll
  static void generate() throws IOException {
    Path out = tmp.resolve("signal");
    MarketplaceGenerator.generate(GeneratorSpec.of(600, 60_000, out));
    truth = index(GeneratedCsv.read(tmp.resolve("signal_truth").resolve(TruthWriter.SELLER_TRUTH)), "seller_id");
    sellers = index(GeneratedCsv.read(out.resolve("sellers.csv")), "seller_id");
    orders = index(GeneratedCsv.read(out.resolve("orders.csv")), "order_id");
    returns = GeneratedCsv.read(out.resolve("returns.csv"));
    rates = new HashMap<>();
    for (Map<String, String> o : orders.values()) {
      SellerRates r = rates.computeIfAbsent(o.get("seller_id"), k -> new SellerRates());
      r.orders++;
      r.delivered += "delivered".equals(o.get("status")) ? 1 : 0;
    }
    for (Map<String, String> v : GeneratedCsv.read(out.resolve("reviews.csv"))) {
      SellerRates r = rates.get(v.get("seller_id"));
      r.reviews++;
      r.ratingSum += (Integer.parseInt(v.get("rating")) - 1) / 4.0;
    }
    for (Map<String, String> x : returns) {
      SellerRates r = rates.get(x.get("seller_id"));
      r.faultReturns += SELLER_FAULT.contains(x.get("reason")) ? 1 : 0;
      r.remorseReturns += "changed_mind".equals(x.get("reason")) ? 1 : 0;
      if (Set.of("rejected", "refunded", "closed").contains(x.get("status"))) {
        r.decidedReturns++;
        String why = x.get("rejection_reason");
        r.inPolicyRejections += why != null && !why.equals("outside_window") ? 1 : 0;
      }
    }
    for (Map<String, String> t : GeneratedCsv.read(out.resolve("service_tickets.csv"))) {
      SellerRates r = rates.get(t.get("seller_id"));
      r.tickets++;
      // An auto-reply is not an answer: the human one is only visible as resolved_ts.
      String human = "true".equals(t.get("auto_reply")) ? t.get("resolved_ts") : t.get("first_response_ts");
      if (human == null) {
        r.unanswered++;
      } else {
        r.responseHours.add(hoursBetween(t.get("opened_ts"), human));
      }
    }
  }

  @Test
  void simpleAverageOfObservedRatesRanksSellersByQuality() {
    List<String> ids = established();
    assertTrue(ids.size() >= 100, "enough sellers with >= " + MIN_ORDERS + " orders: " + ids.size());
    List<ToDoubleFunction<SellerRates>> higherIsBetter = List.of(
        r -> r.ratingSum / Math.max(1, r.reviews),
        r -> -r.faultReturns / (double) Math.max(1, r.delivered),
        r -> -r.inPolicyRejections / (double) Math.max(1, r.decidedReturns),
        r -> -r.unanswered / (double) Math.max(1, r.tickets),
        r -> -median(r.responseHours));
    double[] score = new double[ids.size()];
    for (ToDoubleFunction<SellerRates> rate : higherIsBetter) {
      double[] normalised = ranks(ids.stream().mapToDouble(id -> rate.applyAsDouble(rates.get(id))).toArray());
      for (int i = 0; i < score.length; i++) {
        score[i] += normalised[i] / higherIsBetter.size();
      }
    }
    double rho = spearman(score, quality(ids));
    assertTrue(rho >= 0.9, "oracle Spearman with true quality should be >= 0.9, got " + rho);
  }

  @Test
  void buyersRemorseDoesNotTrackQuality() {
    List<String> ids = established();
    double[] remorse = ids.stream()
        .mapToDouble(id -> rates.get(id).remorseReturns / (double) Math.max(1, rates.get(id).delivered)).toArray();
    double[] fault = ids.stream()
        .mapToDouble(id -> rates.get(id).faultReturns / (double) Math.max(1, rates.get(id).delivered)).toArray();
    double remorseRho = spearman(remorse, quality(ids));
    assertTrue(Math.abs(remorseRho) < 0.2, "changed_mind rate must not depend on quality, rho " + remorseRho);
    assertTrue(spearman(fault, quality(ids)) < -0.6, "seller-caused returns must fall with quality");
  }

  @Test
  void slowCorridorsAreLateForEveryone() {
    int[] slow = new int[2];
    int[] other = new int[2];
    int[] slowGood = new int[2];
    for (Map<String, String> o : orders.values()) {
      if (!"delivered".equals(o.get("status"))) {
        continue;
      }
      Market from = Market.valueOf(sellers.get(o.get("seller_id")).get("country"));
      Market to = Market.valueOf(o.get("buyer_country"));
      boolean late = o.get("delivered_ts").substring(0, 10).compareTo(o.get("promised_delivery_date")) > 0;
      int[] bucket = Corridor.isSlow(from, to) ? slow : other;
      bucket[0] += late ? 1 : 0;
      bucket[1]++;
      if (Corridor.isSlow(from, to) && Double.parseDouble(truth.get(o.get("seller_id")).get("true_quality")) > 0.8) {
        slowGood[0] += late ? 1 : 0;
        slowGood[1]++;
      }
    }
    double slowRate = slow[0] / (double) slow[1];
    double otherRate = other[0] / (double) other[1];
    assertTrue(slowRate > 2 * otherRate, "slow lanes " + slowRate + " vs others " + otherRate);
    assertTrue(slowGood[0] / (double) slowGood[1] > 0.2, "even good sellers are late on slow lanes");
  }

  @Test
  void plantedMismatchesAppearOnlyWhereRecorded() throws IOException {
    Map<String, List<Map<String, String>>> policies = new HashMap<>();
    for (Map<String, String> p : GeneratedCsv.read(tmp.resolve("signal_truth").resolve(TruthWriter.POLICY_TRUTH))) {
      policies.computeIfAbsent(p.get("seller_id"), k -> new ArrayList<>()).add(p);
    }
    int plantedSeen = 0;
    for (Map<String, String> x : returns) {
      Map<String, String> t = truth.get(x.get("seller_id"));
      Map<String, String> o = orders.get(x.get("order_id"));
      Map<String, String> policy = applicable(policies.get(x.get("seller_id")), o.get("buyer_country"));
      if (policy == null) {
        continue;
      }
      if ("outside_window".equals(x.get("rejection_reason")) && policy.get("window_days") != null) {
        String start = "purchase".equals(policy.get("window_starts_from")) ? o.get("order_ts") : o.get("delivered_ts");
        double daysIn = hoursBetween(start, x.get("requested_ts")) / 24;
        boolean inside = daysIn <= Integer.parseInt(policy.get("window_days"));
        if (inside) {
          assertEquals("true", t.get("mismatch_outside_window"), "honest seller rejected in-window: " + x);
          plantedSeen++;
        }
      }
      boolean freeReturns = "seller".equals(policy.get("shipping_paid_by")) && policy.get("restocking_fee_percent") == null;
      if (freeReturns && "refund".equals(x.get("resolution"))
          && !x.get("refund_amount").equals(o.get("amount"))) {
        assertEquals("true", t.get("mismatch_shipping_deduction"), "honest free-returns seller deducted: " + x);
      }
      if ("exchange".equals(x.get("resolution"))) {
        assertEquals("false", t.get("mismatch_no_exchange"), "no-exchange seller granted one: " + x);
      }
    }
    assertTrue(plantedSeen > 0, "some planted outside_window rejections are visible");
    long planted = truth.values().stream().filter(t -> "true".equals(t.get("mismatch_outside_window"))).count();
    long withPolicyWindow = truth.values().stream().filter(t -> t.get("window_days") != null).count();
    double share = planted / (double) withPolicyWindow;
    assertTrue(share > 0.04 && share < 0.2, "about 10% of sellers with a window, got " + share);
  }

  private static Map<String, String> applicable(List<Map<String, String>> sellerPolicies, String market) {
    if (sellerPolicies == null) {
      return null;
    }
    return sellerPolicies.stream().filter(p -> p.get("market").equals(market)).findFirst()
        .orElse(sellerPolicies.stream().filter(p -> p.get("market").equals("*")).findFirst().orElse(null));
  }

  private static List<String> established() {
    return rates.entrySet().stream().filter(e -> e.getValue().orders >= MIN_ORDERS).map(Map.Entry::getKey)
        .sorted().toList();
  }

  private static double[] quality(List<String> ids) {
    return ids.stream().mapToDouble(id -> Double.parseDouble(truth.get(id).get("true_quality"))).toArray();
  }

  private static double hoursBetween(String from, String to) {
    return (Instant.parse(to).getEpochSecond() - Instant.parse(from).getEpochSecond()) / 3600.0;
  }

  private static double median(List<Double> values) {
    if (values.isEmpty()) {
      return 1e6;
    }
    double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return v[v.length / 2];
  }

  /** Average ranks (ties share their mean rank), scaled to [0, 1]. */
  static double[] ranks(double[] x) {
    Integer[] order = new Integer[x.length];
    for (int i = 0; i < x.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(x[a], x[b]));
    double[] r = new double[x.length];
    for (int i = 0; i < x.length; ) {
      int j = i;
      while (j + 1 < x.length && x[order[j + 1]] == x[order[i]]) {
        j++;
      }
      for (int k = i; k <= j; k++) {
        r[order[k]] = (i + j) / 2.0 / Math.max(1, x.length - 1);
      }
      i = j + 1;
    }
    return r;
  }

  static double spearman(double[] a, double[] b) {
    return pearson(ranks(a), ranks(b));
  }

  private static double pearson(double[] a, double[] b) {
    double ma = Arrays.stream(a).average().orElse(0);
    double mb = Arrays.stream(b).average().orElse(0);
    double cov = 0;
    double va = 0;
    double vb = 0;
    for (int i = 0; i < a.length; i++) {
      cov += (a[i] - ma) * (b[i] - mb);
      va += (a[i] - ma) * (a[i] - ma);
      vb += (b[i] - mb) * (b[i] - mb);
    }
    return cov / Math.sqrt(va * vb);
  }

  private static Map<String, Map<String, String>> index(List<Map<String, String>> rows, String key) {
    Map<String, Map<String, String>> m = new HashMap<>();
    rows.forEach(r -> m.put(r.get(key), r));
    return m;
  }
}
