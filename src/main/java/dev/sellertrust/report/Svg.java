package dev.sellertrust.report;

import static dev.sellertrust.report.Html.c;
import static dev.sellertrust.report.Html.esc;

import java.util.List;

/**
 * Static inline SVG charts drawn by the project (no library, no network). Every chart is an {@code <svg class="chart">}
 * with a visible title, axis labels with units, and marks of class {@code mark} carrying a {@code <title>} tooltip.
 * Sizes are in viewBox units; CSS scales the chart to its column, so fonts stay readable from laptop width up.
 */
final class Svg {
  private Svg() {}

  /** One coloured series of counts per bin. */
  record Series(String name, String color, long[] counts) {}

  /** One horizontal bar. */
  record Bar(String label, double value, String valueText, String tooltip) {}

  /** One segment of a 100%-stacked bar. */
  record Segment(String name, long count, String color) {}

  /** One row of a 100%-stacked bar chart. */
  record StackRow(String label, List<Segment> segments) {}

  /** One seller's score with its interval. */
  record Interval(String label, double low, double mid, double high, String color, String tooltip) {}

  private static final String AXIS = "#555";
  private static final String GRID = "#e3e3e3";

  private static StringBuilder open(String id, int w, int h, String title) {
    StringBuilder sb = new StringBuilder();
    sb.append("<svg class=\"chart\" id=\"").append(esc(id)).append("\" viewBox=\"0 0 ").append(w).append(' ').append(h)
        .append("\" role=\"img\" aria-label=\"").append(esc(title)).append("\" xmlns=\"http://www.w3.org/2000/svg\">")
        .append("<title>").append(esc(title)).append("</title>")
        .append("<text class=\"ctitle\" x=\"").append(c(w / 2.0)).append("\" y=\"18\" text-anchor=\"middle\">")
        .append(esc(title)).append("</text>");
    return sb;
  }

  private static void text(StringBuilder sb, double x, double y, String anchor, String cls, String s) {
    sb.append("<text x=\"").append(c(x)).append("\" y=\"").append(c(y)).append("\" text-anchor=\"").append(anchor)
        .append('"').append(cls == null ? "" : " class=\"" + cls + "\"").append('>').append(esc(s)).append("</text>");
  }

  private static void line(StringBuilder sb, double x1, double y1, double x2, double y2, String color, String cls) {
    sb.append("<line x1=\"").append(c(x1)).append("\" y1=\"").append(c(y1)).append("\" x2=\"").append(c(x2))
        .append("\" y2=\"").append(c(y2)).append("\" stroke=\"").append(color).append('"')
        .append(cls == null ? "" : " class=\"" + cls + "\"").append("/>");
  }

  private static void rect(StringBuilder sb, double x, double y, double w, double h, String fill, String tooltip) {
    sb.append("<rect class=\"mark\" x=\"").append(c(x)).append("\" y=\"").append(c(y)).append("\" width=\"")
        .append(c(Math.max(w, 0))).append("\" height=\"").append(c(Math.max(h, 0))).append("\" fill=\"").append(fill)
        .append("\"><title>").append(esc(tooltip)).append("</title></rect>");
  }

  /** A "nice" axis maximum at or above {@code max}: divisible into 4 gridlines with short labels. */
  static double niceMax(double max) {
    if (!(max > 0)) {
      return 1;
    }
    double p = Math.pow(10, Math.floor(Math.log10(max)));
    for (double m : new double[] {1, 1.2, 1.6, 2, 2.4, 3, 4, 5, 6, 8, 10}) {
      if (m * p >= max) {
        return m * p;
      }
    }
    return 10 * p;
  }

  /**
   * Vertical histogram, bars stacked by series.
   *
   * @param edges bin edges (bins.length + 1 values); the last bin includes its upper edge
   */
  static String stackedHistogram(String id, String title, String xLabel, String yLabel, double[] edges,
      List<Series> series, boolean legend) {
    int w = 560;
    int h = 300;
    double left = 52;
    double right = 14;
    double top = legend ? 50 : 34;
    double bottom = 48;
    int bins = edges.length - 1;
    long[] totals = new long[bins];
    for (Series s : series) {
      for (int i = 0; i < bins; i++) {
        totals[i] += s.counts()[i];
      }
    }
    long max = 0;
    for (long t : totals) {
      max = Math.max(max, t);
    }
    double yMax = niceMax(Math.max(max, 1));
    double pw = w - left - right;
    double ph = h - top - bottom;
    StringBuilder sb = open(id, w, h, title);
    if (legend) {
      legend(sb, series.stream().map(s -> new String[] {s.name(), s.color()}).toList(), left, 36);
    }
    yAxis(sb, left, top, pw, ph, yMax, false);
    double bw = pw / bins;
    for (int i = 0; i < bins; i++) {
      double y = top + ph;
      for (Series s : series) {
        long n = s.counts()[i];
        if (n == 0) {
          continue;
        }
        double bh = ph * n / yMax;
        y -= bh;
        rect(sb, left + i * bw + 1, y, bw - 2, bh, s.color(),
            s.name() + ": " + n + " sellers with " + edgeText(edges[i]) + "–" + edgeText(edges[i + 1]));
      }
    }
    line(sb, left, top + ph, left + pw, top + ph, AXIS, "axis");
    int step = bins > 12 ? 2 : 1;
    for (int i = 0; i <= bins; i += step) {
      double x = left + i * bw;
      line(sb, x, top + ph, x, top + ph + 4, AXIS, null);
      text(sb, x, top + ph + 16, "middle", "tick", edgeText(edges[i]));
    }
    text(sb, left + pw / 2, h - 8, "middle", "alabel", xLabel);
    sb.append("<text class=\"alabel\" transform=\"translate(14,").append(c(top + ph / 2))
        .append(") rotate(-90)\" text-anchor=\"middle\">").append(esc(yLabel)).append("</text>");
    return sb.append("</svg>").toString();
  }

  private static String edgeText(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Html.num(v, 1);
  }

  private static void legend(StringBuilder sb, List<String[]> items, double x0, double y) {
    double x = x0;
    for (String[] it : items) {
      sb.append("<rect x=\"").append(c(x)).append("\" y=\"").append(c(y - 9)).append("\" width=\"10\" height=\"10\" fill=\"")
          .append(it[1]).append("\"/>");
      text(sb, x + 14, y, "start", "legend", it[0]);
      x += 22 + it[0].length() * 6.2;
    }
  }

  private static void yAxis(StringBuilder sb, double left, double top, double pw, double ph, double yMax, boolean pct) {
    for (int k = 0; k <= 4; k++) {
      double v = yMax * k / 4;
      double y = top + ph - ph * k / 4;
      line(sb, left, y, left + pw, y, GRID, "grid");
      String label = pct ? Html.num(v * 100, 0) + "%" : (v == Math.rint(v) ? Html.count((long) v) : Html.num(v, 1));
      text(sb, left - 6, y + 4, "end", "tick", label);
    }
    line(sb, left, top, left, top + ph, AXIS, "axis");
  }

  /** Horizontal bars, one per item, with the value printed at the bar's end. */
  static String hbars(String id, String title, String xLabel, List<Bar> bars, String color, double fixedMax, int w) {
    int rowH = 24;
    double left = Math.min(w * 0.45, 30 + bars.stream().mapToInt(b -> b.label().length()).max().orElse(4) * 6.6);
    double right = 70;
    double top = 34;
    double bottom = 40;
    int h = (int) (top + bottom + Math.max(1, bars.size()) * rowH);
    double max = fixedMax > 0 ? fixedMax : niceMax(bars.stream().mapToDouble(Bar::value).max().orElse(1));
    if (fixedMax <= 0 && bars.stream().allMatch(b -> b.value() == Math.rint(b.value()))) {
      max = Math.max(max, 4); // counts: whole-number ticks even when every count is 0 or 1
    }
    double pw = w - left - right;
    StringBuilder sb = open(id, w, h, title);
    for (int k = 0; k <= 4; k++) {
      double x = left + pw * k / 4;
      line(sb, x, top, x, top + bars.size() * rowH, GRID, "grid");
      double v = max * k / 4;
      text(sb, x, top + bars.size() * rowH + 14, "middle", "tick", v == Math.rint(v) ? Html.count((long) v)
          : Html.num(v, v * 10 == Math.rint(v * 10) ? 1 : 2));
    }
    for (int i = 0; i < bars.size(); i++) {
      Bar b = bars.get(i);
      double y = top + i * rowH;
      text(sb, left - 6, y + rowH / 2.0 + 4, "end", "rlabel", b.label());
      rect(sb, left, y + 4, pw * Math.max(0, b.value()) / max, rowH - 8, color, b.tooltip());
      text(sb, left + pw * Math.max(0, b.value()) / max + 4, y + rowH / 2.0 + 4, "start", "vlabel", b.valueText());
    }
    line(sb, left, top, left, top + bars.size() * rowH, AXIS, "axis");
    text(sb, left + pw / 2, h - 8, "middle", "alabel", xLabel);
    return sb.append("</svg>").toString();
  }

  /** 100%-stacked horizontal bars: the share of each segment within its row, counts in the tooltips. */
  static String stacked100(String id, String title, String xLabel, List<StackRow> rows, List<String[]> legendItems) {
    int w = 1120;
    int rowH = 26;
    double left = 130;
    double right = 20;
    double top = 52;
    double bottom = 40;
    int h = (int) (top + bottom + rows.size() * rowH);
    double pw = w - left - right;
    StringBuilder sb = open(id, w, h, title);
    legend(sb, legendItems, left, 38);
    for (int k = 0; k <= 4; k++) {
      double x = left + pw * k / 4;
      line(sb, x, top, x, top + rows.size() * rowH, GRID, "grid");
      text(sb, x, top + rows.size() * rowH + 14, "middle", "tick", (k * 25) + "%");
    }
    for (int i = 0; i < rows.size(); i++) {
      StackRow r = rows.get(i);
      double y = top + i * rowH;
      long total = r.segments().stream().mapToLong(Segment::count).sum();
      text(sb, left - 6, y + rowH / 2.0 + 4, "end", "rlabel", r.label());
      double x = left;
      for (Segment s : r.segments()) {
        if (s.count() == 0 || total == 0) {
          continue;
        }
        // A quarantined share of 0.1% would be invisible: give every non-empty segment at least 2 units.
        double sw = Math.max(2, pw * s.count() / total);
        rect(sb, x, y + 4, Math.min(sw, left + pw - x), rowH - 8, s.color(),
            r.label() + " " + s.name() + ": " + Html.count(s.count()) + " rows (" + Html.pct((double) s.count() / total, 2) + ")");
        x += sw;
      }
    }
    text(sb, left + pw / 2, h - 8, "middle", "alabel", xLabel);
    return sb.append("</svg>").toString();
  }

  /**
   * A heatmap: rows x columns, colour from white (0) to {@code color} (at {@code vmax}); cells with fewer than
   * {@code minN} observations are drawn grey and left unlabelled, since a rate on a handful of orders is noise.
   */
  static String heatmap(String id, String title, String rowAxis, String colAxis, List<String> rowNames,
      List<String> colNames, double[][] values, long[][] ns, long minN, double vmax, String unitWord) {
    double cell = 38;
    double left = 70;
    double top = 62;
    double bottom = 52;
    int w = (int) Math.max(560, left + colNames.size() * cell + 20);
    int h = (int) (top + rowNames.size() * cell + bottom);
    StringBuilder sb = open(id, w, h, title);
    text(sb, left + colNames.size() * cell / 2, 38, "middle", "alabel", colAxis);
    for (int j = 0; j < colNames.size(); j++) {
      text(sb, left + j * cell + cell / 2, top - 6, "middle", "tick", colNames.get(j));
    }
    sb.append("<text class=\"alabel\" transform=\"translate(16,").append(c(top + rowNames.size() * cell / 2))
        .append(") rotate(-90)\" text-anchor=\"middle\">").append(esc(rowAxis)).append("</text>");
    for (int i = 0; i < rowNames.size(); i++) {
      text(sb, left - 6, top + i * cell + cell / 2 + 4, "end", "tick", rowNames.get(i));
      for (int j = 0; j < colNames.size(); j++) {
        double v = values[i][j];
        long n = ns[i][j];
        double x = left + j * cell;
        double y = top + i * cell;
        String corridor = rowNames.get(i) + " → " + colNames.get(j);
        if (n == 0) {
          sb.append("<rect x=\"").append(c(x + 1)).append("\" y=\"").append(c(y + 1))
              .append("\" width=\"").append(c(cell - 2)).append("\" height=\"").append(c(cell - 2))
              .append("\" fill=\"#fafafa\" stroke=\"#eee\"/>");
          continue;
        }
        boolean few = n < minN || Double.isNaN(v);
        String fill = few ? "#d9d9d9" : shade(Math.min(1, v / vmax));
        rect(sb, x + 1, y + 1, cell - 2, cell - 2, fill, corridor + ": " + (Double.isNaN(v) ? "no value" : Html.pct(v, 1))
            + " " + unitWord + " over " + Html.count(n) + " orders" + (few ? " (too few orders to colour)" : ""));
        if (!few) {
          text(sb, x + cell / 2, y + cell / 2 + 4, "middle", v / vmax > 0.6 ? "cellw" : "cell", Html.num(v * 100, 0));
        }
      }
    }
    // Colour scale.
    double sx = left;
    double sy = top + rowNames.size() * cell + 18;
    for (int k = 0; k < 10; k++) {
      sb.append("<rect x=\"").append(c(sx + k * 20)).append("\" y=\"").append(c(sy)).append("\" width=\"20\" height=\"10\" fill=\"")
          .append(shade((k + 0.5) / 10)).append("\"/>");
    }
    text(sb, sx, sy + 24, "start", "tick", "0%");
    text(sb, sx + 200, sy + 24, "end", "tick", "≥ " + Html.pct(vmax, 0));
    sb.append("<rect x=\"").append(c(sx + 230)).append("\" y=\"").append(c(sy)).append("\" width=\"20\" height=\"10\" fill=\"#d9d9d9\"/>");
    text(sb, sx + 256, sy + 9, "start", "tick", "fewer than " + minN + " orders");
    text(sb, sx + 256, sy + 24, "start", "tick", "cell numbers are % " + unitWord);
    return sb.append("</svg>").toString();
  }

  /** White to dark orange-red: higher means worse for the rates shown. */
  static String shade(double t) {
    double u = Math.max(0, Math.min(1, t));
    int r = (int) Math.round(255 + (179 - 255) * u);
    int g = (int) Math.round(247 + (40 - 247) * u);
    int b = (int) Math.round(236 + (0 - 236) * u);
    return String.format("#%02x%02x%02x", r, g, b);
  }

  /** Dot-and-whisker chart of scores with their credible intervals, on the fixed 0-100 score scale. */
  static String intervals(String id, String title, String xLabel, List<Interval> items) {
    int w = 560;
    int rowH = 20;
    double left = 80;
    double right = 16;
    double top = 34;
    double bottom = 40;
    int h = (int) (top + bottom + Math.max(1, items.size()) * rowH);
    double pw = w - left - right;
    StringBuilder sb = open(id, w, h, title);
    for (int k = 0; k <= 10; k += 2) {
      double x = left + pw * k / 10;
      line(sb, x, top, x, top + items.size() * rowH, GRID, "grid");
      text(sb, x, top + items.size() * rowH + 14, "middle", "tick", Integer.toString(k * 10));
    }
    for (int i = 0; i < items.size(); i++) {
      Interval it = items.get(i);
      double y = top + i * rowH + rowH / 2.0;
      text(sb, left - 6, y + 4, "end", "rlabel", it.label());
      double x1 = left + pw * clamp(it.low()) / 100;
      double x2 = left + pw * clamp(it.high()) / 100;
      sb.append("<line class=\"mark\" x1=\"").append(c(x1)).append("\" y1=\"").append(c(y)).append("\" x2=\"").append(c(x2))
          .append("\" y2=\"").append(c(y)).append("\" stroke=\"").append(it.color()).append("\" stroke-width=\"3\"><title>")
          .append(esc(it.tooltip())).append("</title></line>");
      sb.append("<circle class=\"mark\" cx=\"").append(c(left + pw * clamp(it.mid()) / 100)).append("\" cy=\"").append(c(y))
          .append("\" r=\"5\" fill=\"").append(it.color()).append("\" stroke=\"#fff\"><title>").append(esc(it.tooltip()))
          .append("</title></circle>");
    }
    line(sb, left, top, left, top + items.size() * rowH, AXIS, "axis");
    text(sb, left + pw / 2, h - 8, "middle", "alabel", xLabel);
    return sb.append("</svg>").toString();
  }

  private static double clamp(double v) {
    return Double.isNaN(v) ? 0 : Math.max(0, Math.min(100, v));
  }
}
