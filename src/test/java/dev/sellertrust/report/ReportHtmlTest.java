package dev.sellertrust.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellertrust.quality.DatasetCounts;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rendering without Spark, on hand-made aggregates: escaping, optional sections, chart marks. */
class ReportHtmlTest {
  static final String EVIL = "<script>alert('x')</script>\"&";

  static ReportData data(List<ReportData.BacktestRow> backtest, ReportData.ChangeSummary changes) {
    return data(backtest, null, changes);
  }

  static ReportData data(List<ReportData.BacktestRow> backtest, ReportData.BacktestChecks checks,
      ReportData.ChangeSummary changes) {
    Map<String, long[]> bins = new LinkedHashMap<>();
    long[] fair = new long[20];
    fair[11] = 3;
    bins.put("fair", fair);
    bins.put("insufficient_evidence", new long[20]);
    Map<String, Long> tiers = new LinkedHashMap<>();
    tiers.put("fair", 3L);
    tiers.put("insufficient_evidence", 0L);
    long[] comp = {0, 0, 0, 0, 0, 1, 2, 0, 0, 0};
    List<ReportData.ComponentDist> comps = List.of(new ReportData.ComponentDist("reviews", "review_component", comp, 0),
        new ReportData.ComponentDist("service", "service_component", new long[10], 3));
    ReportData.SellerLine evil = new ReportData.SellerLine(EVIL, 55.0, 50.0, 60.0, "fair", 12L, "all", List.of(EVIL));
    DatasetCounts orders = new DatasetCounts("orders", true, "in/orders.csv", "csv", List.of("in/orders.csv"), 100, 97, 3,
        Map.of("bad_amount<x>", 3L));
    DatasetCounts reviews = new DatasetCounts("reviews", false, null, null, List.of(), 0, 0, 0, Map.of());
    ReportData.Meta meta = new ReportData.Meta("2026-11-30", "run-1", "/out", "/in<b>", "2.0", "dev", "4.1.3", "17",
        "2026-11-30T00:00:00Z", "{\"a\": \"</pre><script>\"}", Map.of("compute", 1500L, "total", 2000L),
        List.of(orders, reviews), "/out/reports/snapshot_date=2026-11-30/report.html");
    return new ReportData(meta, tiers, bins, 0, comps, List.of(evil), List.of(evil),
        List.of(new ReportData.CorridorCell("CN", "US", 50, 0.1, 0.2), new ReportData.CorridorCell("CN", "DE", 5, 0.5, 0.5)),
        new ReportData.PolicySummary(2, 2, new long[] {0, 0, 0, 0, 0, 0, 1, 1, 0, 0},
            List.of(new ReportData.Count(EVIL, 2)), List.of()),
        changes, backtest, checks, THEMES);
  }

  static final ReportData.ThemeSummary THEMES = new ReportData.ThemeSummary(1000,
      List.of(new ReportData.ThemeShare("late_delivery", 80, 0.08), new ReportData.ThemeShare("not_received", 20, 0.02)),
      List.of(new ReportData.ThemeSeller("not_received", EVIL, 0.09, 0.02, 4, 44)), 20, 2.0, 0.03);

  @Test
  void themesSectionShowsTheMarketplaceSharesAndTheSellersAbovePeers() {
    String html = ReportHtml.render(data(null, null));
    assertTrue(html.contains("id=\"chart-themes-share\"") && html.contains("id=\"chart-themes-sellers\""), html);
    assertTrue(html.contains("8.0% (80)"), "late_delivery's marketplace share with its count");
    assertTrue(html.contains("9% vs 2%") && html.contains("<td class=\"n\">44</td>"), "a seller's rate, peers, counts");
    ReportData none = new ReportData(data(null, null).meta(), Map.of(), Map.of(), 0, List.of(), List.of(), List.of(),
        List.of(), new ReportData.PolicySummary(0, 0, new long[10], List.of(), List.of()), null, null, null, null);
    assertTrue(ReportHtml.render(none).contains("no review-theme columns"));
  }

  @Test
  void everyStringFromDataIsEscaped() {
    String html = ReportHtml.render(data(null, null));
    assertFalse(html.contains("<script>alert"), "raw script from data");
    assertFalse(html.contains("</pre><script>"), "config text breaks out of <pre>");
    assertFalse(html.contains("bad_amount<x>"));
    assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot;&amp;"));
    // The page's own script is the only one.
    assertEquals(1, html.split("<script>", -1).length - 1);
  }

  @Test
  void saysSoWhenThereIsNoBacktestOrChangeFeedAndShowsThemWhenThereIs() {
    String without = ReportHtml.render(data(null, null));
    assertTrue(without.contains("No backtest for this snapshot"));
    assertTrue(without.contains("No change feed was computed"));
    String with = ReportHtml.render(data(
        List.of(new ReportData.BacktestRow("trust_score", 200L, 0.61, 0.83), new ReportData.BacktestRow("avg_rating", 200L, -0.1, null),
            new ReportData.BacktestRow("review_component", 200L, 0.577, 0.81)),
        new ReportData.ChangeSummary("2026-11-29", 5.0, List.of(new ReportData.Count("moved", 4)))));
    assertTrue(with.contains("id=\"chart-backtest-spearman\"") && with.contains("id=\"chart-backtest-auc\""));
    assertTrue(with.contains("0.610") && with.contains("0.830"));
    // A component's row is in the table, with a note, but not in the charts that compare the score with its baselines.
    assertTrue(with.contains("<td>review_component</td>") && with.contains("rank that component alone"), with);
    String charts = with.substring(with.indexOf("id=\"chart-backtest-spearman\""));
    assertFalse(charts.substring(0, charts.indexOf("</figure></div>")).contains("review_component"));
    assertTrue(with.contains("since snapshot 2026-11-29"));
    assertFalse(with.contains("id=\"backtest-checks\""), "a backtest written without checks shows none");
  }

  @Test
  void showsTheBacktestChecksWhenTheyWereWritten() {
    List<ReportData.BacktestRow> rows = List.of(new ReportData.BacktestRow("trust_score", 200L, 0.61, 0.83));
    String html = ReportHtml.render(data(rows, new ReportData.BacktestChecks(394, 0.414, 0.0, 0.125, 109, 0.899, 0.872), null));
    assertTrue(html.contains("Of all 394 scored sellers, those with fewer than 10 orders are 41.4%; they hold 0.0% of the top"
        + " tenth of the ranking and 12.5% of the bottom tenth"), html);
    assertTrue(html.contains("Over the 109 sellers with 50 or more orders, the Spearman correlation with the generator's"
        + " hidden quality is 0.899 (average rating: 0.872)."));
    String noTruth = ReportHtml.render(data(rows, new ReportData.BacktestChecks(394, 0.414, 0.0, 0.125, 0, null, null), null));
    assertTrue(noTruth.contains("id=\"backtest-checks\"") && !noTruth.contains("hidden quality"));
  }

  @Test
  void chartsHaveMarksTitlesAndAxisLabels() {
    String html = ReportHtml.render(data(null, new ReportData.ChangeSummary(null, 5.0, List.of(new ReportData.Count("new", 3)))));
    String[] charts = html.split("<svg class=\"chart\"");
    assertTrue(charts.length - 1 >= 8, "charts: " + (charts.length - 1));
    for (int i = 1; i < charts.length; i++) {
      String svg = charts[i].substring(0, charts[i].indexOf("</svg>"));
      assertTrue(svg.contains("class=\"mark\""), "chart without marks: " + svg.substring(0, 80));
      assertTrue(svg.contains("class=\"ctitle\""), "chart without a title: " + svg.substring(0, 80));
      assertTrue(svg.contains("class=\"alabel\""), "chart without an axis label: " + svg.substring(0, 80));
    }
    // A component nobody has evidence for is said in words, not drawn as an empty chart.
    assertTrue(html.contains("Service component: no seller has evidence of its own"));
    // A corridor under the order floor is grey, with its count in the tooltip.
    assertTrue(html.contains("CN → DE: 50.0% late over 5 orders (too few orders to colour)"));
  }

  @Test
  void niceAxisMaximaAreRoundAndCoverTheData() {
    assertEquals(60, Svg.niceMax(54), 1e-9);
    assertEquals(200, Svg.niceMax(168), 1e-9);
    assertEquals(1, Svg.niceMax(0), 1e-9);
    assertEquals(0.5, Svg.niceMax(0.45), 1e-9);
    assertEquals(1000, Svg.niceMax(1000), 1e-9);
  }
}
