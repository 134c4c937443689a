package dev.sellertrust.report;

import static dev.sellertrust.report.Html.esc;

import dev.sellertrust.quality.DatasetCounts;
import dev.sellertrust.score.EvidenceBands;
import dev.sellertrust.score.OutputCols;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Renders {@link ReportData} as one self-contained HTML page: inline CSS, inline SVG, a few lines of inline script. */
public final class ReportHtml {
  private ReportHtml() {}

  static final Map<String, String> TIER_COLORS = Map.of(
      "trusted", "#1b7837",
      "good", "#7fbf7b",
      "fair", "#e0b43c",
      "caution", "#c0392b",
      "insufficient_evidence", "#a6a6a6");

  /** Corridors with fewer orders are greyed out in the heatmaps: a rate on a handful of orders is noise. */
  static final long MIN_CORRIDOR_ORDERS = 20;

  private static final String CSS = """
      :root{--fg:#1f2328;--muted:#59636e;--line:#d0d7de;--bg:#fff;--panel:#f6f8fa}
      *{box-sizing:border-box}
      body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:var(--fg);background:var(--bg)}
      header{background:#0b3d5c;color:#fff;padding:18px 24px}
      header h1{margin:0 0 4px;font-size:22px}
      header p{margin:0;color:#cfe3f0}
      main{max-width:1240px;margin:0 auto;padding:8px 24px 48px}
      nav{margin:12px 0;font-size:13px}
      nav a{margin-right:12px;color:#0b5f99;text-decoration:none}
      section{margin-top:28px}
      h2{font-size:18px;border-bottom:1px solid var(--line);padding-bottom:4px;margin-bottom:8px}
      h3{font-size:15px;margin:12px 0 4px}
      p.note{color:var(--muted);margin:4px 0 10px;max-width:950px}
      .tiles{display:flex;flex-wrap:wrap;gap:12px;margin-top:16px}
      .tile{background:var(--panel);border:1px solid var(--line);border-radius:6px;padding:10px 14px;min-width:150px}
      .tile b{display:block;font-size:22px}
      .tile span{color:var(--muted);font-size:12px}
      .grid2{display:grid;grid-template-columns:1fr 1fr;gap:18px;align-items:start}
      @media (max-width:900px){.grid2{grid-template-columns:1fr}}
      figure{margin:0;background:#fff;border:1px solid var(--line);border-radius:6px;padding:6px}
      svg.chart{width:100%;height:auto;display:block;font-family:inherit}
      svg .ctitle{font-size:14px;font-weight:600;fill:#1f2328}
      svg .tick,svg .legend,svg .rlabel,svg .vlabel{font-size:11px;fill:#444}
      svg .alabel{font-size:12px;fill:#333}
      svg .cell{font-size:11px;fill:#222}
      svg .cellw{font-size:11px;fill:#fff}
      svg rect.mark:hover,svg circle.mark:hover{opacity:.75}
      table{border-collapse:collapse;width:100%;font-size:13px;margin:6px 0}
      th,td{border-bottom:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}
      th{background:var(--panel);font-weight:600}
      td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
      .tier{display:inline-block;padding:0 6px;border-radius:9px;color:#fff;font-size:12px;white-space:nowrap}
      ul.reasons{margin:0;padding-left:16px}
      code,pre{font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:12px}
      pre{background:var(--panel);padding:10px;overflow:auto;max-height:420px}
      dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:2px 16px;margin:6px 0}
      dl.meta dt{color:var(--muted)} dl.meta dd{margin:0;word-break:break-all}
      .empty{color:var(--muted);font-style:italic;padding:8px 0}
      """;

  /** Counts charts drawn (an svg.chart holding at least one mark) and script errors, for people and for the test. */
  private static final String SCRIPT = """
      (function(){
        var errors=[];
        window.addEventListener('error',function(e){errors.push(String(e.message));document.body.setAttribute('data-js-errors',errors.join(' | '));});
        var charts=document.querySelectorAll('svg.chart'),drawn=0,empty=[];
        charts.forEach(function(s){if(s.querySelector('.mark')){drawn++;}else{empty.push(s.id);}});
        document.body.setAttribute('data-charts-total',String(charts.length));
        document.body.setAttribute('data-charts-drawn',String(drawn));
        if(empty.length){document.body.setAttribute('data-charts-empty',empty.join(' '));}
        document.body.setAttribute('data-report-ready','true');
      })();
      """;

  public static String render(ReportData d) {
    ReportData.Meta m = d.meta();
    StringBuilder sb = new StringBuilder(64_000);
    sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        // No network: nothing may load from anywhere, not even from the same folder.
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; ")
        .append("script-src 'unsafe-inline'; img-src data:\">")
        .append("<title>Seller trust report ").append(esc(m.snapshotDate())).append("</title><style>").append(CSS)
        .append("</style></head><body>\n");
    sb.append("<header><h1>Seller trust report · snapshot ").append(esc(m.snapshotDate())).append("</h1><p>run ")
        .append(esc(m.runId())).append(" · generated ").append(esc(m.generatedAt())).append(" · methodology ")
        .append(esc(m.methodologyVersion())).append("</p></header>\n<main>");
    sb.append("<nav><a href=\"#scores\">Scores</a><a href=\"#components\">Components</a><a href=\"#sellers\">Best &amp; worst</a>")
        .append("<a href=\"#corridors\">Corridors</a><a href=\"#themes\">What buyers write</a><a href=\"#policy\">Policy clarity</a><a href=\"#quality\">Data quality</a>")
        .append("<a href=\"#changes\">Changes</a><a href=\"#backtest\">Backtest</a><a href=\"#run\">Run</a></nav>");
    tiles(sb, d);
    scores(sb, d);
    components(sb, d);
    sellers(sb, d);
    corridors(sb, d);
    themes(sb, d);
    policy(sb, d);
    quality(sb, d);
    changes(sb, d);
    backtest(sb, d);
    run(sb, d);
    sb.append("</main><script>").append(SCRIPT).append("</script></body></html>\n");
    return sb.toString();
  }

  private static void tiles(StringBuilder sb, ReportData d) {
    long sellers = d.tiers().values().stream().mapToLong(Long::longValue).sum();
    long read = 0;
    long quarantined = 0;
    for (DatasetCounts c : d.meta().datasets()) {
      read += c.rowsRead();
      quarantined += c.rowsQuarantined();
    }
    sb.append("<div class=\"tiles\">");
    tile(sb, Html.count(sellers), "sellers scored");
    for (Map.Entry<String, Long> t : d.tiers().entrySet()) {
      tile(sb, Html.count(t.getValue()), t.getKey().replace('_', ' '));
    }
    tile(sb, Html.count(quarantined), "rows quarantined of " + Html.count(read) + " read");
    if (d.changes() != null) {
      long changed = d.changes().byType().stream().filter(c -> !c.name().equals("new") || d.changes().previousSnapshot() != null)
          .mapToLong(ReportData.Count::count).sum();
      tile(sb, d.changes().previousSnapshot() == null ? "first" : Html.count(changed),
          d.changes().previousSnapshot() == null ? "snapshot: no earlier one to compare" : "changes since " + d.changes().previousSnapshot());
    }
    sb.append("</div>");
  }

  private static void tile(StringBuilder sb, String big, String small) {
    sb.append("<div class=\"tile\"><b>").append(esc(big)).append("</b><span>").append(esc(small)).append("</span></div>");
  }

  private static void scores(StringBuilder sb, ReportData d) {
    sb.append("<section id=\"scores\"><h2>Trust score distribution</h2><p class=\"note\">Every seller's trust score ")
        .append("(0–100) in 5-point bins, coloured by tier. A tier needs a credible interval: sellers whose interval is too ")
        .append("wide or whose score rests mostly on the peer prior are <i>insufficient evidence</i>, whatever their score.</p>");
    double[] edges = new double[21];
    for (int i = 0; i <= 20; i++) {
      edges[i] = i * 5;
    }
    List<Svg.Series> series = new ArrayList<>();
    for (Map.Entry<String, long[]> e : d.scoreBins().entrySet()) {
      series.add(new Svg.Series(e.getKey(), TIER_COLORS.getOrDefault(e.getKey(), "#555"), e.getValue()));
    }
    sb.append("<div class=\"grid2\"><figure>")
        .append(Svg.stackedHistogram("chart-score-by-tier", "Trust score by tier", "trust score (points, 0–100)",
            "sellers (count)", edges, series, true))
        .append("</figure><div><table><tr><th>tier</th><th class=\"n\">sellers</th><th class=\"n\">share</th></tr>");
    long total = d.tiers().values().stream().mapToLong(Long::longValue).sum();
    for (Map.Entry<String, Long> t : d.tiers().entrySet()) {
      sb.append("<tr><td>").append(tierBadge(t.getKey())).append("</td><td class=\"n\">").append(Html.count(t.getValue()))
          .append("</td><td class=\"n\">").append(total == 0 ? "–" : Html.pct((double) t.getValue() / total, 1)).append("</td></tr>");
    }
    sb.append("</table>");
    if (d.sellersWithoutScore() > 0) {
      sb.append("<p class=\"note\">").append(Html.count(d.sellersWithoutScore()))
          .append(" seller(s) have no score at all (no data for any component) and are not in the chart.</p>");
    }
    sb.append("</div></div></section>");
  }

  static String tierBadge(String tier) {
    if (tier == null) {
      return "";
    }
    String color = TIER_COLORS.getOrDefault(tier, "#555");
    return "<span class=\"tier\" style=\"background:" + color + "\">" + esc(tier.replace('_', ' ')) + "</span>";
  }

  private static void components(StringBuilder sb, ReportData d) {
    sb.append("<section id=\"components\"><h2>Components</h2><p class=\"note\">Each component is a 0–100 sub-score. ")
        .append("A seller without evidence of its own for a component has no published value there (it is scored at ")
        .append("its peers' prior); those sellers are counted under each chart, not drawn.</p><div class=\"grid2\">");
    double[] edges = new double[11];
    for (int i = 0; i <= 10; i++) {
      edges[i] = i * 10;
    }
    for (ReportData.ComponentDist c : d.components()) {
      long with = 0;
      for (long b : c.bins()) {
        with += b;
      }
      if (with == 0) {
        sb.append("<figure><p class=\"empty\">").append(esc(capital(c.name())))
            .append(" component: no seller has evidence of its own (dataset not provided or empty).</p></figure>");
        continue;
      }
      sb.append("<figure>").append(Svg.stackedHistogram("chart-component-" + c.name(),
              capital(c.name()) + " component (" + Html.count(with) + " sellers with own evidence)",
              c.name() + " component (points, 0–100)", "sellers (count)", edges,
              List.of(new Svg.Series(c.name(), "#2f6f9f", c.bins())), false))
          .append("<p class=\"note\">").append(Html.count(c.withoutEvidence())).append(" seller(s) without own ")
          .append(esc(c.name())).append(" evidence.</p></figure>");
    }
    sb.append("</div></section>");
  }

  private static String capital(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static void sellers(StringBuilder sb, ReportData d) {
    sb.append("<section id=\"sellers\"><h2>Best and worst sellers</h2><p class=\"note\">The ")
        .append(ReportQueries.TOP_N).append(" highest and lowest trust scores among sellers with a tier (provisional scores ")
        .append("rest mostly on the peer prior and are left out). Dots are scores, bars their credible intervals.</p>");
    if (d.best().isEmpty()) {
      sb.append("<p class=\"empty\">No seller has a credible tier in this snapshot.</p></section>");
      return;
    }
    sb.append("<div class=\"grid2\"><figure>").append(Svg.intervals("chart-best", "Best sellers", "trust score (points, 0–100)", intervals(d.best())))
        .append("</figure><figure>").append(Svg.intervals("chart-worst", "Worst sellers", "trust score (points, 0–100)", intervals(d.worst())))
        .append("</figure></div>");
    sellerTable(sb, "Best sellers", d.best());
    sellerTable(sb, "Worst sellers", d.worst());
    sb.append("</section>");
  }

  private static List<Svg.Interval> intervals(List<ReportData.SellerLine> lines) {
    List<Svg.Interval> out = new ArrayList<>();
    for (ReportData.SellerLine l : lines) {
      out.add(new Svg.Interval(l.sellerId(), nan(l.low()), nan(l.score()), nan(l.high()),
          TIER_COLORS.getOrDefault(l.tier(), "#555"), l.sellerId() + ": " + num(l.score()) + " [" + num(l.low()) + "–"
              + num(l.high()) + "], " + l.tier()));
    }
    return out;
  }

  private static double nan(Double v) {
    return v == null ? Double.NaN : v;
  }

  private static String num(Double v) {
    return v == null ? "–" : Html.num(v, 1);
  }

  private static void sellerTable(StringBuilder sb, String title, List<ReportData.SellerLine> lines) {
    sb.append("<h3>").append(esc(title)).append("</h3><table><tr><th>seller</th><th class=\"n\">score</th>")
        .append("<th class=\"n\">interval</th><th>tier</th><th class=\"n\">orders</th><th>peer group</th><th>reasons</th></tr>");
    for (ReportData.SellerLine l : lines) {
      sb.append("<tr><td><code>").append(esc(l.sellerId())).append("</code></td><td class=\"n\">").append(num(l.score()))
          .append("</td><td class=\"n\">").append(num(l.low())).append("–").append(num(l.high())).append("</td><td>")
          .append(tierBadge(l.tier())).append("</td><td class=\"n\">").append(l.orders() == null ? "–" : Html.count(l.orders()))
          .append("</td><td>").append(esc(l.peerGroup())).append("</td><td><ul class=\"reasons\">");
      for (String r : l.reasons()) {
        sb.append("<li>").append(esc(r)).append("</li>");
      }
      sb.append("</ul></td></tr>");
    }
    sb.append("</table>");
  }

  private static void corridors(StringBuilder sb, ReportData d) {
    sb.append("<section id=\"corridors\"><h2>Cross-border corridors</h2><p class=\"note\">Market to market: the seller's ")
        .append("country (rows) to the buyer's country (columns). Rates are averaged over the sellers in each corridor, ")
        .append("weighted by their orders. Corridors with fewer than ").append(MIN_CORRIDOR_ORDERS)
        .append(" orders are grey. Hover a cell for its orders.</p>");
    if (d.corridors().isEmpty()) {
      sb.append("<p class=\"empty\">No corridor data in this snapshot.</p></section>");
      return;
    }
    TreeSet<String> rows = new TreeSet<>();
    TreeSet<String> cols = new TreeSet<>();
    for (ReportData.CorridorCell c : d.corridors()) {
      rows.add(c.sellerCountry());
      cols.add(c.buyerCountry());
    }
    List<String> rl = new ArrayList<>(rows);
    List<String> cl = new ArrayList<>(cols);
    double[][] late = new double[rl.size()][cl.size()];
    double[][] ret = new double[rl.size()][cl.size()];
    long[][] n = new long[rl.size()][cl.size()];
    double maxLate = 0;
    double maxRet = 0;
    for (ReportData.CorridorCell c : d.corridors()) {
      int i = rl.indexOf(c.sellerCountry());
      int j = cl.indexOf(c.buyerCountry());
      late[i][j] = c.lateDeliveryRate();
      ret[i][j] = c.returnRate();
      n[i][j] = c.orders();
      if (c.orders() >= MIN_CORRIDOR_ORDERS) {
        maxLate = Double.isNaN(c.lateDeliveryRate()) ? maxLate : Math.max(maxLate, c.lateDeliveryRate());
        maxRet = Double.isNaN(c.returnRate()) ? maxRet : Math.max(maxRet, c.returnRate());
      }
    }
    sb.append("<div class=\"grid2\"><figure>")
        .append(Svg.heatmap("chart-corridor-late", "Late-delivery rate by corridor (%)", "seller country",
            "buyer country", rl, cl, late, n, MIN_CORRIDOR_ORDERS, Math.min(1, Svg.niceMax(Math.max(maxLate, 0.01))), "late"))
        .append("</figure><figure>")
        .append(Svg.heatmap("chart-corridor-returns", "Return rate by corridor (%)", "seller country", "buyer country",
            rl, cl, ret, n, MIN_CORRIDOR_ORDERS, Math.min(1, Svg.niceMax(Math.max(maxRet, 0.01))), "returned"))
        .append("</figure></div>");
    List<ReportData.CorridorCell> cross = new ArrayList<>(d.corridors().stream()
        .filter(c -> !c.sellerCountry().equals(c.buyerCountry()) && c.orders() >= MIN_CORRIDOR_ORDERS
            && !Double.isNaN(c.lateDeliveryRate()))
        .toList());
    cross.sort(Comparator.comparingDouble(ReportData.CorridorCell::lateDeliveryRate).reversed()
        .thenComparing(ReportData.CorridorCell::sellerCountry).thenComparing(ReportData.CorridorCell::buyerCountry));
    sb.append("<h3>Cross-border corridors with the highest late-delivery rates</h3><table><tr><th>corridor</th>")
        .append("<th class=\"n\">orders</th><th class=\"n\">late-delivery rate</th><th class=\"n\">return rate</th></tr>");
    for (ReportData.CorridorCell c : cross.subList(0, Math.min(10, cross.size()))) {
      sb.append("<tr><td>").append(esc(c.sellerCountry())).append(" → ").append(esc(c.buyerCountry()))
          .append("</td><td class=\"n\">").append(Html.count(c.orders())).append("</td><td class=\"n\">")
          .append(Html.pct(c.lateDeliveryRate(), 1)).append("</td><td class=\"n\">").append(Html.pct(c.returnRate(), 1))
          .append("</td></tr>");
    }
    if (cross.isEmpty()) {
      sb.append("<tr><td colspan=\"4\" class=\"empty\">no cross-border corridor with ").append(MIN_CORRIDOR_ORDERS)
          .append(" orders or more</td></tr>");
    }
    sb.append("</table></section>");
  }

  private static void themes(StringBuilder sb, ReportData d) {
    ReportData.ThemeSummary t = d.themes();
    sb.append("<section id=\"themes\"><h2>What buyers write</h2>");
    if (t == null || t.reviewsWithText() == 0) {
      sb.append("<p class=\"empty\">").append(t == null ? "This snapshot's seller_metrics has no review-theme columns."
          : "No review in the window has a title or text.").append("</p></section>");
      return;
    }
    sb.append("<p class=\"note\">Themes read in the titles and texts of ").append(Html.count(t.reviewsWithText()))
        .append(" reviews (docs/METHODOLOGY.md §6b); a review can report several. The sellers listed are those whose ")
        .append("buyers report a complaint clearly more often than their peers' buyers, the bar of the reasons and the ")
        .append("export: at least ").append(t.minReviews()).append(" reviews with text, a rate at least ")
        .append(Html.num(t.minRatio(), 1)).append(" times the peers' and ").append(Html.num(t.minExcess() * 100, 0))
        .append(" points above it; at most ").append(ReportQueries.THEME_SELLERS)
        .append(" per theme, furthest above their peers first. Seller rates are time-weighted, the marketplace shares ")
        .append("plain counts.</p>");
    List<Svg.Bar> shares = new ArrayList<>();
    for (ReportData.ThemeShare s : t.shares()) {
      String label = s.theme().replace('_', ' ');
      shares.add(new Svg.Bar(label, s.share() * 100, Html.pct(s.share(), 1) + " (" + Html.count(s.reviews()) + ")",
          label + ": " + Html.count(s.reviews()) + " of " + Html.count(t.reviewsWithText()) + " reviews with text"));
    }
    sb.append("<div class=\"grid2\"><figure>").append(Svg.hbars("chart-themes-share",
        "Reviews reporting each theme, marketplace", "share of reviews with text (%)", shares, "#b5651d", 0, 560))
        .append("</figure><figure>");
    if (t.sellers().isEmpty()) {
      sb.append("<p class=\"empty\">No seller's buyers report a complaint clearly more often than its peers'.</p>");
    } else {
      List<Svg.Bar> sellers = new ArrayList<>();
      for (ReportData.ThemeSeller s : t.sellers()) {
        String label = s.theme().replace('_', ' ') + " · " + s.sellerId();
        sellers.add(new Svg.Bar(label, s.rate() * 100, Html.pct(s.rate(), 0) + " vs " + Html.pct(s.peerRate(), 0),
            label + ": " + Html.pct(s.rate(), 1) + " of reviews vs " + Html.pct(s.peerRate(), 1) + " for peers ("
                + Html.count(s.reviews()) + " of " + Html.count(s.reviewsWithText()) + " reviews with text)"));
      }
      sb.append(Svg.hbars("chart-themes-sellers", "Sellers furthest above their peers, by theme",
          "seller's share of reviews with text reporting the theme (%)", sellers, "#c0392b", 0, 560));
    }
    sb.append("</figure></div>");
    if (!t.sellers().isEmpty()) {
      sb.append("<table><tr><th>theme</th><th>seller</th><th class=\"n\">rate</th><th class=\"n\">peers</th>")
          .append("<th class=\"n\">reviews reporting it</th><th class=\"n\">reviews with text</th></tr>");
      for (ReportData.ThemeSeller s : t.sellers()) {
        sb.append("<tr><td>").append(esc(s.theme().replace('_', ' '))).append("</td><td><code>").append(esc(s.sellerId()))
            .append("</code></td><td class=\"n\">").append(Html.pct(s.rate(), 1)).append("</td><td class=\"n\">")
            .append(Html.pct(s.peerRate(), 1)).append("</td><td class=\"n\">").append(Html.count(s.reviews()))
            .append("</td><td class=\"n\">").append(Html.count(s.reviewsWithText())).append("</td></tr>");
      }
      sb.append("</table>");
    }
    sb.append("</section>");
  }

  private static void policy(StringBuilder sb, ReportData d) {
    ReportData.PolicySummary p = d.policy();
    sb.append("<section id=\"policy\"><h2>Return-policy clarity</h2><p class=\"note\">")
        .append(Html.count(p.policies())).append(" return policies from ").append(Html.count(p.sellersWithPolicy()))
        .append(" sellers. Clarity (0–100) rewards stated facts and readable text; the bars count the policies that leave ")
        .append("out each fact a buyer needs, and the regulatory flags raised.</p>");
    if (p.policies() == 0) {
      sb.append("<p class=\"empty\">No return policy in this snapshot.</p></section>");
      return;
    }
    double[] edges = new double[11];
    for (int i = 0; i <= 10; i++) {
      edges[i] = i * 10;
    }
    sb.append("<div class=\"grid2\"><figure>").append(Svg.stackedHistogram("chart-policy-clarity",
            "Policy clarity score", "clarity score (points, 0–100)", "policies (count)", edges,
            List.of(new Svg.Series("policies", "#6a51a3", p.clarityBins())), false))
        .append("</figure><figure>");
    if (p.missingFacts().isEmpty()) {
      sb.append("<p class=\"empty\">No policy misses a required fact.</p>");
    } else {
      sb.append(Svg.hbars("chart-policy-missing", "Facts most often missing", "policies missing the fact (count)",
          countBars(p.missingFacts(), p.policies(), "policies"), "#9e6ab8", 0, 560));
    }
    sb.append("</figure>");
    if (!p.complianceFlags().isEmpty()) {
      sb.append("<figure>").append(Svg.hbars("chart-policy-flags", "Compliance flags raised", "policies flagged (count)",
          countBars(p.complianceFlags(), p.policies(), "policies"), "#c0392b", 0, 560)).append("</figure>");
    }
    sb.append("</div></section>");
  }

  private static List<Svg.Bar> countBars(List<ReportData.Count> counts, long total, String unit) {
    List<Svg.Bar> bars = new ArrayList<>();
    for (ReportData.Count c : counts.subList(0, Math.min(12, counts.size()))) {
      String share = total > 0 ? " (" + Html.pct((double) c.count() / total, 0) + ")" : "";
      bars.add(new Svg.Bar(c.name(), c.count(), Html.count(c.count()) + share, c.name() + ": " + Html.count(c.count()) + " " + unit + share));
    }
    return bars;
  }

  private static final String[] REASON_COLORS = {"#d62728", "#ff7f0e", "#8c564b", "#e377c2", "#bcbd22", "#9467bd", "#17becf"};

  private static void quality(StringBuilder sb, ReportData d) {
    sb.append("<section id=\"quality\"><h2>Data quality</h2><p class=\"note\">Rows read per input dataset, how many were ")
        .append("accepted, and the quarantined rows by reason (kept with their raw text in the quarantine table).</p>");
    sb.append("<table><tr><th>dataset</th><th>format</th><th class=\"n\">rows read</th><th class=\"n\">accepted</th>")
        .append("<th class=\"n\">quarantined</th><th class=\"n\">share</th><th>quarantined by reason</th></tr>");
    Map<String, String> reasonColor = new LinkedHashMap<>();
    List<Svg.StackRow> rows = new ArrayList<>();
    for (DatasetCounts c : d.meta().datasets()) {
      sb.append("<tr><td>").append(esc(c.dataset())).append("</td>");
      if (!c.present()) {
        sb.append("<td colspan=\"6\" class=\"empty\">not provided: its components are reported as not available</td></tr>");
        continue;
      }
      sb.append("<td>").append(esc(c.format())).append("</td><td class=\"n\">").append(Html.count(c.rowsRead()))
          .append("</td><td class=\"n\">").append(Html.count(c.rowsAccepted())).append("</td><td class=\"n\">")
          .append(Html.count(c.rowsQuarantined())).append("</td><td class=\"n\">").append(Html.pct(c.quarantinedShare(), 2))
          .append("</td><td>");
      List<Svg.Segment> segs = new ArrayList<>();
      segs.add(new Svg.Segment("accepted", c.rowsAccepted(), "#4c9a6a"));
      List<String> parts = new ArrayList<>();
      for (Map.Entry<String, Long> r : c.quarantinedByReason().entrySet()) {
        String color = reasonColor.computeIfAbsent(r.getKey(), k -> REASON_COLORS[reasonColor.size() % REASON_COLORS.length]);
        segs.add(new Svg.Segment("quarantined: " + r.getKey(), r.getValue(), color));
        parts.add(esc(r.getKey()) + " " + Html.count(r.getValue()));
      }
      sb.append(parts.isEmpty() ? "–" : String.join(", ", parts)).append("</td></tr>");
      rows.add(new Svg.StackRow(c.dataset(), segs));
    }
    sb.append("</table>");
    List<String[]> legend = new ArrayList<>();
    legend.add(new String[] {"accepted", "#4c9a6a"});
    reasonColor.forEach((k, v) -> legend.add(new String[] {"quarantined: " + k, v}));
    if (!rows.isEmpty()) {
      sb.append("<figure>").append(Svg.stacked100("chart-quality", "Accepted and quarantined rows per dataset",
          "share of rows read (%)", rows, legend)).append("</figure>");
    }
    sb.append("</section>");
  }

  private static void changes(StringBuilder sb, ReportData d) {
    sb.append("<section id=\"changes\"><h2>Change feed</h2>");
    ReportData.ChangeSummary c = d.changes();
    if (c == null) {
      sb.append("<p class=\"empty\">No change feed was computed for this report.</p></section>");
      return;
    }
    sb.append("<p class=\"note\"><code>exports/snapshot_date=").append(esc(d.meta().snapshotDate()))
        .append("/changes.jsonl</code> lists the sellers that are new, gone, changed tier, or moved by more than ")
        .append(Html.num(c.thresholdPoints(), 1)).append(" points since ")
        .append(c.previousSnapshot() == null ? "— no earlier published snapshot: every seller is listed as new."
            : "snapshot " + esc(c.previousSnapshot()) + ".")
        .append("</p>");
    List<Svg.Bar> bars = new ArrayList<>();
    for (String type : List.of("new", "gone", "tier_changed", "moved")) {
      long n = c.byType().stream().filter(x -> x.name().equals(type)).mapToLong(ReportData.Count::count).sum();
      bars.add(new Svg.Bar(type, n, Html.count(n), type + ": " + Html.count(n) + " sellers"));
    }
    sb.append("<div class=\"grid2\"><figure>").append(Svg.hbars("chart-changes", "Sellers in the change feed by change type",
        "sellers (count; a seller can both change tier and move)", bars, "#0b5f99", 0, 560)).append("</figure></div></section>");
  }

  private static void backtest(StringBuilder sb, ReportData d) {
    sb.append("<section id=\"backtest\"><h2>Backtest</h2>");
    if (d.backtest() == null || d.backtest().isEmpty()) {
      sb.append("<p class=\"empty\">No backtest for this snapshot (<code>backtests/as_of=").append(esc(d.meta().snapshotDate()))
          .append("/backtest.parquet</code> does not exist).</p></section>");
      return;
    }
    sb.append("<p class=\"note\">How well each method's score, as of this snapshot, ranks the sellers' later outcomes: ")
        .append("Spearman rank correlation (−1 to 1, higher is better) and AUC for finding the worst decile (0.5 = chance).</p>")
        .append("<table><tr><th>method</th><th class=\"n\">sellers</th><th class=\"n\">Spearman</th><th class=\"n\">AUC worst decile</th></tr>");
    List<Svg.Bar> rho = new ArrayList<>();
    List<Svg.Bar> auc = new ArrayList<>();
    for (ReportData.BacktestRow r : d.backtest()) {
      sb.append("<tr><td>").append(esc(r.method())).append("</td><td class=\"n\">")
          .append(r.sellers() == null ? "–" : Html.count(r.sellers())).append("</td><td class=\"n\">")
          .append(r.spearman() == null ? "–" : Html.num(r.spearman(), 3)).append("</td><td class=\"n\">")
          .append(r.aucWorstDecile() == null ? "–" : Html.num(r.aucWorstDecile(), 3)).append("</td></tr>");
      if (OutputCols.COMPONENTS.contains(r.method())) {
        continue; // in the table only: the charts compare the score with its baselines
      }
      double s = r.spearman() == null ? 0 : r.spearman();
      double a = r.aucWorstDecile() == null ? 0 : r.aucWorstDecile();
      rho.add(new Svg.Bar(r.method(), Math.max(0, s), r.spearman() == null ? "–" : Html.num(s, 3), r.method() + ": Spearman " + Html.num(s, 3)));
      auc.add(new Svg.Bar(r.method(), a, r.aucWorstDecile() == null ? "–" : Html.num(a, 3), r.method() + ": AUC " + Html.num(a, 3)));
    }
    sb.append("</table>");
    if (d.backtest().stream().anyMatch(r -> OutputCols.COMPONENTS.contains(r.method()))) {
      sb.append("<p class=\"note\">The rows named like a component of the score rank that component alone (a seller ")
          .append("without evidence of its own gets the others' average): which behaviours forecast the outcome on this ")
          .append("data.</p>");
    }
    sb.append("<div class=\"grid2\"><figure>")
        .append(Svg.hbars("chart-backtest-spearman", "Spearman rank correlation by method", "Spearman ρ (negative shown as 0)", rho, "#2f6f9f", 1.0, 560))
        .append("</figure><figure>")
        .append(Svg.hbars("chart-backtest-auc", "AUC for the worst decile by method", "AUC (0.5 = chance, 1 = perfect)", auc, "#6a51a3", 1.0, 560))
        .append("</figure></div>");
    backtestChecks(sb, d.backtestChecks());
    sb.append("</section>");
  }

  private static void backtestChecks(StringBuilder sb, ReportData.BacktestChecks c) {
    if (c == null || c.thinShare() == null) {
      return;
    }
    sb.append("<p class=\"note\" id=\"backtest-checks\">Of all ").append(Html.count(c.scoredSellers()))
        .append(" scored sellers, those with fewer than ").append(EvidenceBands.THIN_ORDERS).append(" orders are ")
        .append(Html.pct(c.thinShare(), 1))
        .append("; they hold ").append(Html.pct(c.thinShareTop(), 1)).append(" of the top tenth of the ranking and ")
        .append(Html.pct(c.thinShareBottom(), 1)).append(" of the bottom tenth (their scores stay near their peers').");
    if (c.establishedSpearman() != null) {
      sb.append(" Over the ").append(Html.count(c.establishedSellers()))
          .append(" sellers with ").append(EvidenceBands.ESTABLISHED_ORDERS)
          .append(" or more orders, the Spearman correlation with the generator's hidden quality is ")
          .append(Html.num(c.establishedSpearman(), 3)).append(" (average rating: ")
          .append(c.establishedSpearmanAverageRating() == null ? "–" : Html.num(c.establishedSpearmanAverageRating(), 3))
          .append(").");
    }
    sb.append("</p>");
  }

  private static void run(StringBuilder sb, ReportData d) {
    ReportData.Meta m = d.meta();
    sb.append("<section id=\"run\"><h2>Run</h2><div class=\"grid2\"><div><dl class=\"meta\">");
    dl(sb, "snapshot", m.snapshotDate());
    dl(sb, "run id", m.runId());
    dl(sb, "output", m.outputDir());
    dl(sb, "report", m.reportPath());
    dl(sb, "input", m.inputDir());
    dl(sb, "methodology", m.methodologyVersion());
    dl(sb, "code version", m.codeVersion());
    dl(sb, "Spark", m.sparkVersion());
    dl(sb, "Java", m.javaVersion());
    dl(sb, "report generated", m.generatedAt());
    sb.append("</dl></div><figure>");
    List<Svg.Bar> bars = new ArrayList<>();
    for (Map.Entry<String, Long> t : m.timingsMillis().entrySet()) {
      if (t.getKey().equals("total")) {
        continue;
      }
      bars.add(new Svg.Bar(t.getKey(), t.getValue() / 1000.0, Html.num(t.getValue() / 1000.0, 1) + " s",
          t.getKey() + ": " + Html.num(t.getValue() / 1000.0, 1) + " s"));
    }
    sb.append(Svg.hbars("chart-timings", "Stage timings (until the report was written)", "elapsed time (seconds)", bars,
        "#59636e", 0, 560));
    sb.append("</figure></div><details><summary>Configuration used</summary><pre>").append(esc(m.configJson()))
        .append("</pre></details></section>");
  }

  private static void dl(StringBuilder sb, String k, String v) {
    sb.append("<dt>").append(esc(k)).append("</dt><dd>").append(esc(v == null ? "–" : v)).append("</dd>");
  }
}
