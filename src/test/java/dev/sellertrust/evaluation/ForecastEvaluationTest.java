package dev.sellertrust.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ForecastEvaluationTest {
  private static LaterRatingsBacktest.Forecast seller(int i, long before, double laterLow, Double... predictions) {
    return new LaterRatingsBacktest.Forecast(String.format("S%03d", i), before, laterLow, predictions);
  }

  @Test
  void aPerfectPredictionRanksAtOneAndCatchesTheWorstTenth() {
    List<LaterRatingsBacktest.Forecast> f = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      double low = i / 40.0;
      // method 0 knows the outcome, method 1 says the opposite, method 2 has nothing for anyone.
      f.add(seller(i, 5, low, 1 - low, low, null));
    }
    List<ForecastEvaluation.Result> r =
        ForecastEvaluation.evaluate(f, List.of("oracle", "reversed", "none"), 3, List.of("none"));
    ForecastEvaluation.Result oracle = find(r, "oracle", LaterRatingsBacktest.WITH_HISTORY);
    assertEquals(1.0, oracle.spearman(), 1e-12);
    assertEquals(4, oracle.worstTenthSize());
    assertEquals(4, oracle.worstTenthHits());
    assertEquals(1.0, oracle.low90(), 1e-12);
    ForecastEvaluation.Result reversed = find(r, "reversed", LaterRatingsBacktest.WITH_HISTORY);
    assertEquals(-1.0, reversed.spearman(), 1e-12);
    assertEquals(0, reversed.worstTenthHits());
    assertTrue(r.stream().noneMatch(x -> x.method().equals("none")), "a method without predictions gets no row");
    assertEquals(ForecastEvaluation.Versus.NONE, oracle.versus().get(0),
        "a reference without predictions compares with nothing");
  }

  @Test
  void eachMethodIsComparedWithTheReferenceOnTheSameResampledSellers() {
    List<LaterRatingsBacktest.Forecast> f = new ArrayList<>();
    java.util.Random random = new java.util.Random(11);
    for (int i = 0; i < 120; i++) {
      double low = random.nextDouble();
      // "sharp" sees the outcome through little noise, "blunt" through much, "twin" is "blunt" again.
      double blunt = -low + random.nextGaussian();
      f.add(seller(i, 5, low, -low + random.nextGaussian() * 0.05, blunt, blunt));
    }
    List<ForecastEvaluation.Result> r =
        ForecastEvaluation.evaluate(f, List.of("sharp", "blunt", "twin"), 3, List.of("blunt", "sharp"));
    ForecastEvaluation.Result sharp = find(r, "sharp", LaterRatingsBacktest.ALL_LATER);
    ForecastEvaluation.Result blunt = find(r, "blunt", LaterRatingsBacktest.ALL_LATER);
    ForecastEvaluation.Result twin = find(r, "twin", LaterRatingsBacktest.ALL_LATER);
    ForecastEvaluation.Versus sharpVsBlunt = sharp.versus().get(0);
    assertEquals(sharp.spearman() - blunt.spearman(), sharpVsBlunt.spearman(), 1e-12);
    assertTrue(sharpVsBlunt.spearmanLow90() > 0, "a clearly better method's gap excludes zero: " + sharp);
    assertTrue(sharpVsBlunt.spearmanLow90() < sharpVsBlunt.spearman()
        && sharpVsBlunt.spearman() < sharpVsBlunt.spearmanHigh90(), sharp.toString());
    assertEquals(sharp.worstTenthHits() - blunt.worstTenthHits(), sharpVsBlunt.caught().longValue());
    assertTrue(sharpVsBlunt.caughtLow90() <= sharpVsBlunt.caught()
        && sharpVsBlunt.caught() <= sharpVsBlunt.caughtHigh90(), sharp.toString());
    // The second reference, the other way round: the same gap, negated, on the same resamples.
    ForecastEvaluation.Versus bluntVsSharp = blunt.versus().get(1);
    assertEquals(-sharpVsBlunt.spearman(), bluntVsSharp.spearman(), 1e-12);
    assertEquals(-sharpVsBlunt.spearmanHigh90(), bluntVsSharp.spearmanLow90(), 1e-12);
    // Paired draws: the same predictions differ by exactly nothing on every resample.
    for (ForecastEvaluation.Result same : List.of(blunt, twin)) {
      ForecastEvaluation.Versus v = same.versus().get(0);
      assertEquals(0.0, v.spearmanLow90(), 0.0);
      assertEquals(0.0, v.spearmanHigh90(), 0.0);
      assertEquals(0.0, v.caughtLow90(), 0.0);
      assertEquals(0.0, v.caughtHigh90(), 0.0);
    }
  }

  @Test
  void theHistoryPopulationKeepsOnlySellersWithEnoughEarlierReviews() {
    List<LaterRatingsBacktest.Forecast> f = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      f.add(seller(i, i < 12 ? 3 : 1, i / 20.0, (double) -i));
    }
    List<ForecastEvaluation.Result> r = ForecastEvaluation.evaluate(f, List.of("m"), 3, List.of("m"));
    assertEquals(12, find(r, "m", LaterRatingsBacktest.WITH_HISTORY).sellers());
    assertEquals(20, find(r, "m", LaterRatingsBacktest.ALL_LATER).sellers());
  }

  @Test
  void aSellerWithoutAPredictionGetsTheOthersMeanAndSellersWithoutLowReviewsAreNeverTheWorst() {
    List<LaterRatingsBacktest.Forecast> f = List.of(seller(1, 3, 0.0, 1.0), seller(2, 3, 0.0, (Double) null),
        seller(3, 3, 0.5, 3.0));
    assertEquals(2.0, ForecastEvaluation.filled(f, 0)[1], 1e-12);
    assertEquals(Set.of(2), ForecastEvaluation.worstTenth(f));
    List<LaterRatingsBacktest.Forecast> none = List.of(seller(1, 3, 0.0, 1.0), seller(2, 3, 0.0, 2.0),
        seller(3, 3, 0.0, 3.0));
    assertTrue(ForecastEvaluation.worstTenth(none).isEmpty());
  }

  @Test
  void theBootstrapIntervalHoldsTheEstimateAndIsTheSameOnARerun() {
    List<LaterRatingsBacktest.Forecast> f = new ArrayList<>();
    java.util.Random random = new java.util.Random(7);
    for (int i = 0; i < 100; i++) {
      double low = random.nextDouble();
      f.add(seller(i, 5, low, -low + random.nextGaussian() * 0.5));
    }
    ForecastEvaluation.Result a =
        find(ForecastEvaluation.evaluate(f, List.of("m"), 3, List.of("m")), "m", LaterRatingsBacktest.ALL_LATER);
    ForecastEvaluation.Result b =
        find(ForecastEvaluation.evaluate(f, List.of("m"), 3, List.of("m")), "m", LaterRatingsBacktest.ALL_LATER);
    assertTrue(a.low90() < a.spearman() && a.spearman() < a.high90(), a.toString());
    assertTrue(a.high90() - a.low90() < 0.4, a.toString());
    assertEquals(a, b);
  }

  private static ForecastEvaluation.Result find(List<ForecastEvaluation.Result> r, String method, String population) {
    return r.stream().filter(x -> x.method().equals(method) && x.population().equals(population)).findFirst()
        .orElseThrow(() -> new AssertionError("no row for " + method + " / " + population + " in " + r));
  }
}
