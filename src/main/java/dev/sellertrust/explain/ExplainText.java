package dev.sellertrust.explain;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/** The explanation for a person: the same tree as {@code --json}, laid out to read top to bottom in a terminal. */
public final class ExplainText {
  private ExplainText() {}

  public static String render(JsonNode e) {
    StringBuilder sb = new StringBuilder();
    sb.append("Seller ").append(e.path("seller_id").asText()).append(" · snapshot ").append(e.path("snapshot_date").asText())
        .append(" · methodology ").append(e.path("methodology_version").asText()).append('\n');
    String level = e.path("interval_level").isNumber()
        ? String.format(Locale.ROOT, "%.0f%% interval", e.path("interval_level").asDouble() * 100) : "interval";
    sb.append("Trust score ").append(score(e.path("trust_score"))).append("  (").append(level).append(' ')
        .append(score(e.path("trust_score_low"))).append("–").append(score(e.path("trust_score_high"))).append(")")
        .append("   tier: ").append(e.path("tier").asText("–"))
        .append(e.path("provisional").asBoolean(false) ? "   provisional: yes (too little evidence for a tier)" : "")
        .append('\n');
    JsonNode ev = e.path("evidence");
    sb.append("Evidence: ").append(cnt(ev.path("orders"))).append(" orders, ").append(cnt(ev.path("reviews")))
        .append(" reviews, ").append(cnt(ev.path("returns"))).append(" returns, ").append(cnt(ev.path("tickets")))
        .append(" tickets; own-data share of the score ").append(pct(e.path("evidence_share"))).append('\n');
    sb.append("Peers: ").append(e.path("peer_benchmark").asText()).append("\n\n");

    sb.append("Reasons\n");
    if (e.path("reasons").isEmpty()) {
      sb.append("  (none: nothing moves this score far enough from the peers to be worth saying)\n");
    }
    for (JsonNode r : e.path("reasons")) {
      sb.append("  - ").append(r.asText()).append('\n');
    }

    sb.append(String.format(Locale.ROOT, "%n%-35s%10s %10s%n", "Components (points) and metrics", "seller", "peers"));
    for (JsonNode c : e.path("components")) {
      String w = c.path("weight").isNumber() ? String.format(Locale.ROOT, "%.0f%%", c.path("weight").asDouble() * 100) : "";
      sb.append(String.format(Locale.ROOT, "  %-12s weight %-5s        %10s %10s%n", c.path("component").asText(), w,
          c.path("score").isNull() ? "no data" : score(c.path("score")), score(c.path("peer_median"))));
      for (JsonNode m : c.path("metrics")) {
        String metric = m.path("metric").asText();
        String vs = m.path("versus_peers").asText();
        sb.append(String.format(Locale.ROOT, "      %-28s %10s %10s   %s%n", metric, metricValue(metric, m.path("value")),
            metricValue(metric, m.has("peer_pooled") ? m.path("peer_pooled") : m.path("peer_median")),
            vs.equals("unknown") ? "" : vs));
      }
      for (JsonNode r : c.path("rate_evidence")) {
        sb.append(String.format(Locale.ROOT, "      · %-20s %5s trials, %s bad of %s weighted -> %s ± %s (peer prior %s)%n",
            r.path("metric").asText(), cnt(r.path("trials")), num(r.path("bad_weighted")), num(r.path("trials_weighted")),
            pct(r.path("posterior_rate")), pct(r.path("posterior_sd")), pct(r.path("peer_rate"))));
      }
    }

    sb.append("\nReturn policy\n");
    if (e.path("policies").isEmpty()) {
      sb.append("  (no return policy published for this seller)\n");
    }
    for (JsonNode p : e.path("policies")) {
      sb.append("  market ").append(p.path("market").asText()).append(" (").append(p.path("language").asText())
          .append("), effective ").append(p.path("effective_date").asText("–")).append(": clarity ")
          .append(score(p.path("clarity_score"))).append("/100\n");
      if (!p.path("missing_facts").isEmpty()) {
        sb.append("    missing: ").append(join(p.path("missing_facts"))).append('\n');
      }
      if (!p.path("compliance_flags").isEmpty()) {
        sb.append("    flags:   ").append(join(p.path("compliance_flags"))).append('\n');
      }
      var facts = p.path("facts").fields();
      while (facts.hasNext()) {
        var f = facts.next();
        if (f.getValue().isNull()) {
          continue;
        }
        sb.append(String.format(Locale.ROOT, "    %-36s %s%n", f.getKey(), f.getValue().asText()));
        for (JsonNode ev2 : p.path("evidence")) {
          if (ev2.path("fact").asText().equals(f.getKey())) {
            sb.append("        \"").append(oneLine(ev2.path("snippet").asText())).append("\"\n");
          }
        }
      }
    }

    ThemeExplanation.appendText(e, sb);
    sb.append("\nCorridors (seller country → buyer country)\n");
    if (e.path("corridors").isEmpty()) {
      sb.append("  (no orders in the window)\n");
    }
    for (JsonNode c : e.path("corridors")) {
      sb.append(String.format(Locale.ROOT, "  %s → %-3s %6s orders   returns %7s   late %7s   rating %s%n",
          c.path("seller_country").asText(), c.path("buyer_country").asText(), cnt(c.path("orders")),
          pct(c.path("return_rate")), pct(c.path("late_delivery_rate")),
          c.path("avg_rating").isNumber() ? String.format(Locale.ROOT, "%.2f", c.path("avg_rating").asDouble()) : "–"));
    }

    dev.sellertrust.integrity.IntegrityExplanation.render(e, sb);

    sb.append("\nHistory across published snapshots\n");
    Double prev = null;
    for (JsonNode h : e.path("history")) {
      Double v = h.path("trust_score").isNumber() ? h.path("trust_score").asDouble() : null;
      String move = prev == null || v == null ? "" : (Math.abs(v - prev) < 0.05 ? "  (no change)" : String.format(Locale.ROOT, "  (%+.1f)", v - prev));
      sb.append(String.format(Locale.ROOT, "  %s  %6s  %s%s%n", h.path("snapshot_date").asText(), score(h.path("trust_score")),
          h.path("tier").asText("–"), move));
      prev = v;
    }
    return sb.toString();
  }

  private static String oneLine(String s) {
    String t = s.replaceAll("\\s+", " ").trim();
    return t.length() > 160 ? t.substring(0, 159) + "…" : t;
  }

  private static String join(JsonNode arr) {
    StringBuilder sb = new StringBuilder();
    for (JsonNode n : arr) {
      sb.append(sb.length() == 0 ? "" : ", ").append(n.asText());
    }
    return sb.toString();
  }

  static String score(JsonNode n) {
    return n.isNumber() ? String.format(Locale.ROOT, "%.1f", n.asDouble()) : "–";
  }

  private static String num(JsonNode n) {
    return n.isNumber() ? String.format(Locale.ROOT, "%.1f", n.asDouble()) : "–";
  }

  private static String cnt(JsonNode n) {
    return n.isNumber() ? String.format(Locale.ROOT, "%,d", n.asLong()) : "–";
  }

  private static String pct(JsonNode n) {
    return n.isNumber() ? String.format(Locale.ROOT, "%.1f%%", n.asDouble() * 100) : "–";
  }

  /** Rates as percentages, durations in hours, ratings in stars, scores in points. */
  static String metricValue(String metric, JsonNode n) {
    if (!n.isNumber()) {
      return "–";
    }
    double v = n.asDouble();
    if (metric.endsWith("_rate")) {
      return String.format(Locale.ROOT, "%.1f%%", v * 100);
    }
    if (metric.endsWith("_hours")) {
      return String.format(Locale.ROOT, "%.1f h", v);
    }
    if (metric.endsWith("rating")) {
      return String.format(Locale.ROOT, "%.2f ★", v);
    }
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
