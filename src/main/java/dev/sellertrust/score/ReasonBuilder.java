package dev.sellertrust.score;

import static org.apache.spark.sql.functions.*;

import dev.sellertrust.config.JobConfig;
import dev.sellertrust.metrics.Metric;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The reasons behind a score: each names what moved the score, the seller's own figure and its peers' benchmark,
 * e.g. {@code unanswered_contacts: 32% vs peers 8% (41 buyers)}. Penalties first (largest first), then strengths.
 * A penalty needs the posterior to stand clear of the peers AND at least floors.minDistinctBuyers affected buyers
 * (eBay's rate-and-count rule), so one angry buyer cannot produce one.
 */
final class ReasonBuilder {
  /** Points of overall score a reason must move to be worth saying. */
  private static final double MIN_IMPACT = 0.5;

  private final JobConfig cfg;
  private final Components components;

  ReasonBuilder(JobConfig cfg, Components components) {
    this.cfg = cfg;
    this.components = components;
  }

  Dataset<Row> withReasons(Dataset<Row> d) {
    JobConfig.Weights w = cfg.weights();
    List<Column> candidates = new ArrayList<>();
    addSubs(candidates, components.returnSubs(), w.returns(), OutputCols.RETURNS_COMPONENT);
    addSubs(candidates, components.serviceSubs(), w.service(), OutputCols.SERVICE_COMPONENT);
    addSubs(candidates, components.deliverySubs(), w.delivery(), OutputCols.DELIVERY_COMPONENT);
    addSubs(candidates, List.of(components.policySub()), w.policy(), OutputCols.POLICY_COMPONENT);
    double others = 0;
    for (Components.Sub s : components.reviewSubs()) {
      if (s.weight() > 0) {
        addSubs(candidates, List.of(s), w.reviews() * s.weight(), OutputCols.REVIEW_COMPONENT);
        others += s.weight();
      }
    }
    candidates.add(ratingReason(w.reviews() * (1 - others)));
    candidates.add(policyClarityReason(w.policy()));
    Column all = filter(array(candidates.toArray(new Column[0])), c -> c.isNotNull());
    Column ordered = transform(sort_array(all), c -> c.getField("text"));
    return d.withColumn(OutputCols.REASONS, slice(ordered, 1, cfg.reasons().max()));
  }

  private void addSubs(List<Column> out, List<Components.Sub> subs, double componentWeight, String component) {
    double total = subs.stream().mapToDouble(Components.Sub::weight).sum();
    for (Components.Sub s : subs) {
      Column impact =
          components.subScore(s).minus(components.peerSubScore(s))
              .multiply(componentWeight * s.weight() / total)
              .divide(col("_den"));
      Column n = coalesce(col(s.metric() + "_n"), lit(0L));
      Column buyers = coalesce(col(s.metric() + "_buyers"), lit(0L));
      Column rate = SellerScoring.observed(s.metric());
      Column peer = col(s.metric() + "_peer");
      Column enough = n.geq(cfg.floors().minEvidence()).and(col(component).isNotNull());
      Column bad =
          enough.and(impact.lt(-MIN_IMPACT)).and(buyers.geq(cfg.floors().minDistinctBuyers()))
              .and(col(s.metric() + "_mean").gt(peer));
      out.add(when(bad, reason(impact, badText(s, rate, peer, buyers))));
      if (s.goodCode() != null) {
        Column good = enough.and(n.geq(2 * cfg.floors().minEvidence())).and(impact.gt(MIN_IMPACT));
        out.add(when(good, reason(lit(1000.0).minus(impact),
            format_string(s.goodCode() + ": %s vs peers %s", pct(rate), pct(peer)))));
      }
    }
  }

  private Column badText(Components.Sub s, Column rate, Column peer, Column buyers) {
    if (s.metric().equals(Metric.SLOW_RESPONSE)) {
      // Without a p90 the curve never reaches 90% answered: say so rather than print a number.
      return format_string(s.badCode() + ": p90 %s, %s over %.0fh vs peers %s",
          coalesce(concat(format_number(col("first_response_p90_hours"), 0), lit("h")), lit("never reached")), pct(rate),
          lit(cfg.service().responseTargetHours()), pct(peer));
    }
    if (Components.readAgainstCorridors(s)) {
      return format_string(s.badCode() + ": %s vs peers %s, corridor %s (%d buyers)", pct(rate), pct(peer),
          pct(Components.corridorRate(s)), buyers);
    }
    return format_string(s.badCode() + ": %s vs peers %s (%d buyers)", pct(rate), pct(peer), buyers);
  }

  private Column ratingReason(double weight) {
    Components.Scored r = components.ratingScore();
    Column peerScore = col(RatingPosteriors.PEER_RATING).minus(1.0).divide(4.0).multiply(100.0);
    Column impact = r.value().minus(peerScore).multiply(weight).divide(col("_den"));
    Column n = coalesce(col("n_reviews"), lit(0L));
    Column negBuyers = coalesce(col(Metric.NEGATIVE_REVIEW + "_buyers"), lit(0L));
    Column enough = r.observed().and(n.geq(cfg.floors().minEvidence()));
    Column text = format_string("%s: %.1f stars (Bayesian %.2f, %d reviews) vs peers %.2f",
        when(impact.lt(0), lit("low_rating")).otherwise(lit("high_rating")),
        col("avg_rating"), col(RatingPosteriors.POST_RATING), n, col(RatingPosteriors.PEER_RATING));
    return when(enough.and(impact.lt(-MIN_IMPACT)).and(negBuyers.geq(cfg.floors().minDistinctBuyers())), reason(impact, text))
        .when(enough.and(n.geq(2 * cfg.floors().minEvidence())).and(impact.gt(MIN_IMPACT)), reason(lit(1000.0).minus(impact), text));
  }

  private Column policyClarityReason(double weight) {
    Column clarity = col("clarity_score");
    Column present = col(OutputCols.POLICY_COMPONENT).isNotNull();
    Column impactMissing = lit(-100.0 * weight).divide(col("_den"));
    return when(present.and(clarity.isNull()), reason(impactMissing, lit("no_return_policy: none published")))
        .when(present.and(clarity.lt(50)), reason(clarity.minus(100.0).multiply(weight).divide(col("_den")),
            format_string("unclear_return_policy: clarity %.0f/100", clarity)))
        .when(present.and(clarity.geq(80)), reason(lit(1000.0).minus(clarity.multiply(weight).divide(col("_den"))),
            format_string("clear_return_policy: clarity %.0f/100", clarity)));
  }

  private static Column reason(Column sortKey, Column text) {
    return struct(sortKey.as("key"), text.as("text"));
  }

  private static Column pct(Column rate) {
    return when(rate.isNull(), lit("n/a")).otherwise(concat(format_number(rate.multiply(100.0), 1), lit("%")));
  }
}
