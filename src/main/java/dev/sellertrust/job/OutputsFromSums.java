package dev.sellertrust.job;

import static org.apache.spark.sql.functions.*;

import dev.sellertrust.config.RunRequest;
import dev.sellertrust.integrity.ReviewIntegrityStage;
import dev.sellertrust.io.Col;
import dev.sellertrust.metrics.BadBuyers;
import dev.sellertrust.metrics.CorridorMetrics;
import dev.sellertrust.metrics.DeliveryMetrics;
import dev.sellertrust.metrics.DurationHistogram;
import dev.sellertrust.metrics.Metric;
import dev.sellertrust.metrics.MetricCols;
import dev.sellertrust.metrics.OrderDefects;
import dev.sellertrust.metrics.PolicyPracticeMetrics;
import dev.sellertrust.metrics.ReturnMetrics;
import dev.sellertrust.metrics.ReviewMetrics;
import dev.sellertrust.metrics.SellerAggregate;
import dev.sellertrust.metrics.SellerSums;
import dev.sellertrust.metrics.ServiceMetrics;
import dev.sellertrust.output.Outputs;
import dev.sellertrust.output.ReviewThemeOutputs;
import dev.sellertrust.policy.PolicyClarity;
import dev.sellertrust.policy.PolicyStage;
import dev.sellertrust.score.BetaPosteriors;
import dev.sellertrust.score.PeerGroups;
import dev.sellertrust.score.RatingPosteriors;
import dev.sellertrust.score.ScoringInputs;
import dev.sellertrust.score.SellerScoring;
import dev.sellertrust.spark.Checkpoints;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/** The outputs from the merged sums: metrics, posteriors, scores, corridors and the review themes, not yet written. */
final class OutputsFromSums {
  private OutputsFromSums() {}

  static Outputs of(SellerSums all, Dataset<Row> sellers, Dataset<Row> sellerPolicy,
      PolicyStage.Result policy, Dataset<Row> quarantine, Dataset<Row> reviewIntegrity, RunRequest req,
      Dataset<Row> reviews) {
    Dataset<Row> buyerCounts = Checkpoints.onDisk(BadBuyers.counts(all.pairs(), Metric.WITH_BUYER_FLOORS));
    Dataset<Row> orderSums = all.get(DeliveryMetrics.FAMILY);
    Dataset<Row> peers = Checkpoints.onDisk(PeerGroups.assign(sellers, orderSums));
    Dataset<Row> reviewSums = all.get(ReviewMetrics.FAMILY);
    Dataset<Row> returnSums = all.get(ReturnMetrics.FAMILY);
    Dataset<Row> ticketSums = all.get(ServiceMetrics.FAMILY);
    Dataset<Row> practiceSums = all.get(PolicyPracticeMetrics.FAMILY);

    SellerAggregate delivery = DeliveryMetrics.aggregate(orderSums, sellers, buyerCounts).materialised(Checkpoints::onDisk);
    SellerAggregate defects = OrderDefects.aggregate(orderSums, buyerCounts).materialised(Checkpoints::onDisk);
    List<Dataset<Row>> evidence = new ArrayList<>(List.of(delivery.evidence(), defects.evidence()));
    Dataset<Row> orderSummary = delivery.summary();

    SellerAggregate reviewAgg = reviewSums == null ? null : ReviewMetrics.aggregate(reviewSums, sellers, buyerCounts).materialised(Checkpoints::onDisk);
    SellerAggregate returnAgg = returnSums == null ? null : ReturnMetrics.aggregate(returnSums, buyerCounts).materialised(Checkpoints::onDisk);
    SellerAggregate ticketAgg = ticketSums == null ? null : ServiceMetrics.aggregate(ticketSums, buyerCounts).materialised(Checkpoints::onDisk);
    SellerAggregate practice = practiceSums == null ? null
        : PolicyPracticeMetrics.aggregate(practiceSums, sellerPolicy, buyerCounts).materialised(Checkpoints::onDisk);
    if (reviewAgg != null) {
      evidence.add(reviewAgg.evidence());
    }
    if (returnAgg != null) {
      evidence.add(returnAgg.evidence());
      evidence.add(ReturnMetrics.rateEvidence(returnAgg.summary(), orderSummary));
    }
    if (ticketAgg != null) {
      evidence.add(ticketAgg.evidence());
    }
    if (practice != null) {
      evidence.add(practice.evidence());
    }
    Dataset<Row> allEvidence = evidence.stream().reduce(Dataset::unionByName).orElseThrow();
    Dataset<Row> posteriors = BetaPosteriors.compute(allEvidence, peers, req.config().priors(), Checkpoints::onDisk);
    Dataset<Row> ratings = reviewAgg == null ? null
        : RatingPosteriors.compute(reviewAgg.summary(), peers, req.config().priors(), Checkpoints::onDisk);

    Dataset<Row> responseHistogram = all.get(ServiceMetrics.RESPONSE_HISTOGRAM);
    Dataset<Row> responseTimes = responseHistogram == null ? null
        : DurationHistogram.quantiles(responseHistogram, ServiceMetrics.RESPONSE_HISTOGRAM, List.of(MetricCols.SELLER_ID),
            new double[] {0.5, 0.9}, new String[] {"first_response_p50_hours", "first_response_p90_hours"});
    Dataset<Row> refundHistogram = all.get(ReturnMetrics.REFUND_HISTOGRAM);
    Dataset<Row> refundTimes = refundHistogram == null ? null
        : DurationHistogram.quantiles(refundHistogram, ReturnMetrics.REFUND_HISTOGRAM, List.of(MetricCols.SELLER_ID),
            new double[] {0.5}, new String[] {"refund_time_p50_hours"});
    Dataset<Row> policyScores = sellerPolicy == null ? null
        : sellers.select(col(Col.SELLER_ID)).join(sellerPolicy.select(MetricCols.SELLER_ID, "clarity_score"),
            new String[] {Col.SELLER_ID}, "left");
    Dataset<Row> returnSummary = returnAgg == null ? null : returnAgg.summary();
    if (returnSummary != null && practice != null) {
      returnSummary = returnSummary.join(practice.summary(), new String[] {MetricCols.SELLER_ID}, "left");
    }
    ScoringInputs in = new ScoringInputs(sellers, peers, posteriors, ratings, orderSummary,
        reviewAgg == null ? null : reviewAgg.summary().select(MetricCols.SELLER_ID, "n_reviews", "avg_rating"),
        returnSummary, ticketAgg == null ? null : ticketAgg.summary(), responseTimes, refundTimes, policyScores);
    // Both published tables read the per-seller frame: computed once.
    Dataset<Row> perSeller = SellerScoring.scored(in, req.config(), Checkpoints::onDisk).persist(StorageLevel.DISK_ONLY());
    SellerScoring.Result scored = SellerScoring.tables(perSeller, req.methodologyVersion());
    Dataset<Row> corridors = CorridorMetrics.compute(orderSums, sellers, reviewSums, returnSums, responseHistogram);
    Dataset<Row> clarity = policy == null
        ? SparkSession.active().createDataFrame(new ArrayList<Row>(), PolicyClarity.OUTPUT_SCHEMA)
        : policy.clarity();
    Dataset<Row> evidenceTable = posteriors.select(
        col(MetricCols.SELLER_ID), col(MetricCols.METRIC), col(MetricCols.BAD).as("bad_weighted"),
        col(MetricCols.TRIALS).as("trials_weighted"), col(MetricCols.N_RAW).as("trials"),
        col(MetricCols.BAD_BUYERS).as("bad_buyers"), col("peer_group"), col("peer_rate"), col("prior_strength"),
        col("post_mean").as("posterior_rate"), sqrt(col("post_var")).as("posterior_sd"),
        lit(req.methodologyVersion()).as("methodology_version"));
    Dataset<Row> scores = dev.sellertrust.output.IntegrityScores.attach(scored.scores(), reviewIntegrity,
        req.config().reasons().max());
    ReviewThemeOutputs themes = ReviewThemeOutputs.of(scores, scored.metrics(),
        reviewAgg == null ? null : reviewAgg.summary(), reviews, req.config().themes());
    return new Outputs(themes.scores(), themes.metrics(), evidenceTable, corridors, clarity, quarantine,
        ReviewIntegrityStage.orEmpty(reviewIntegrity), themes.reviewThemes());
  }
}
