package dev.sellertrust.score;

import static org.apache.spark.sql.functions.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellertrust.SparkTestBase;
import dev.sellertrust.config.ConfigLoader;
import dev.sellertrust.config.JobConfig;
import dev.sellertrust.config.RunRequest;
import dev.sellertrust.generate.GeneratorSpec;
import dev.sellertrust.generate.MarketplaceGenerator;
import dev.sellertrust.io.Col;
import dev.sellertrust.io.InputContract;
import dev.sellertrust.job.TrustScoreJob;
import dev.sellertrust.quality.AcceptedInputs;
import dev.sellertrust.quality.InputStage;
import dev.sellertrust.quality.ValidationContext;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Properties the methodology promises, checked by changing the evidence of a few sellers and scoring again:
 * bad news never raises a score, good news never lowers one, more evidence never widens the interval, and an absent
 * dataset is not the same as a perfect record.
 */
class ScorePropertiesTest extends SparkTestBase {
  static final LocalDate SNAPSHOT = LocalDate.of(2026, 11, 28);
  static final Timestamp RECENT = Timestamp.valueOf("2026-11-20 10:00:00");

  @TempDir static Path tmp;
  static AcceptedInputs base;
  static RunRequest req;
  static Map<String, Row> baseline;
  static List<String> sellers;

  @BeforeAll
  static void scoreBaseline() throws java.io.IOException {
    Path input = tmp.resolve("input");
    MarketplaceGenerator.generate(GeneratorSpec.of(60, 8000, input).withSeed(5).withTruth(tmp.resolve("truth"))
        .withPeriod(SNAPSHOT, 365), spark);
    JobConfig cfg = ConfigLoader.defaults();
    req = new RunRequest(input.toString(), tmp.resolve("out").toString(), SNAPSHOT, cfg,
        ConfigLoader.methodologyVersion(cfg), "k", true);
    ValidationContext ctx = new ValidationContext(SNAPSHOT, 20000, 1e9, "k");
    base = AcceptedInputs.of(InputStage.run(spark, input.toString(), ctx));
    baseline = scores(base);
    // Sellers with a middling amount of evidence, where one event can matter.
    sellers = base.accepted(InputContract.ORDERS).groupBy(Col.SELLER_ID).count()
        .filter(col("count").between(15, 200)).orderBy(Col.SELLER_ID).limit(3)
        .select(Col.SELLER_ID).as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
    assertEquals(3, sellers.size());
  }

  static Map<String, Row> scores(AcceptedInputs in) {
    return scores(in, req);
  }

  static Map<String, Row> scores(AcceptedInputs in, RunRequest request) {
    Map<String, Row> m = new HashMap<>();
    for (Row r : TrustScoreJob.compute(in, request).scores().collectAsList()) {
      m.put(r.getAs("seller_id"), r);
    }
    return m;
  }

  /** One existing order per chosen seller, to attach a new review or contact to. */
  private static Dataset<Row> lastOrderOfEachChosenSeller() {
    return base.accepted(InputContract.ORDERS).filter(col(Col.SELLER_ID).isin(sellers.toArray()))
        .groupBy(Col.SELLER_ID).agg(max(Col.ORDER_ID).as(Col.ORDER_ID));
  }

  private static double score(Map<String, Row> m, String seller) {
    return m.get(seller).<Double>getAs("trust_score");
  }

  @Test
  void aOneStarReviewNeverRaisesAScore() {
    Map<String, Row> after = scores(withReview("extra-", 1, "bad", "bad"));
    for (String s : sellers) {
      assertTrue(score(after, s) <= score(baseline, s) + 1e-9, s + ": " + score(baseline, s) + " -> " + score(after, s));
    }
  }

  @Test
  void aFastReplyNeverLowersAScore() {
    Dataset<Row> tickets = base.accepted(InputContract.SERVICE_TICKETS);
    Dataset<Row> extra = lastOrderOfEachChosenSeller()
        .select(concat(lit("fast-"), col(Col.SELLER_ID)).as(Col.Tickets.TICKET_ID), col(Col.SELLER_ID), col(Col.ORDER_ID),
            lit("chat").as(Col.Tickets.CHANNEL), lit("product").as(Col.Tickets.TOPIC), lit(RECENT).as(Col.Tickets.OPENED_TS),
            lit(Timestamp.valueOf("2026-11-20 10:30:00")).as(Col.Tickets.FIRST_RESPONSE_TS),
            lit(Timestamp.valueOf("2026-11-20 11:00:00")).as(Col.Tickets.RESOLVED_TS), lit(false).as(Col.Tickets.AUTO_REPLY),
            lit(true).as(Col.Tickets.SATISFIED), lit(false).as(Col.Tickets.REOPENED));
    Map<String, Row> after = scores(base.with(InputContract.SERVICE_TICKETS, tickets.unionByName(extra)));
    for (String s : sellers) {
      assertTrue(score(after, s) >= score(baseline, s) - 1e-9, s + ": " + score(baseline, s) + " -> " + score(after, s));
    }
  }

  @Test
  void moreOfTheSameEvidenceNeverWidensTheInterval() {
    AcceptedInputs doubled = base;
    for (var spec : List.of(InputContract.ORDERS, InputContract.REVIEWS, InputContract.RETURNS, InputContract.SERVICE_TICKETS)) {
      Dataset<Row> d = base.accepted(spec);
      Dataset<Row> copy = d.filter(col(Col.SELLER_ID).isin(sellers.toArray()));
      for (String idCol : List.of(spec.idColumn(), Col.ORDER_ID)) {
        if (List.of(d.columns()).contains(idCol)) {
          copy = copy.withColumn(idCol, concat(col(idCol), lit("-copy")));
        }
      }
      doubled = doubled.with(spec, d.unionByName(copy));
    }
    Map<String, Row> after = scores(doubled);
    for (String s : sellers) {
      double before = width(baseline.get(s));
      double now = width(after.get(s));
      assertTrue(now <= before + 1e-9, s + ": interval " + before + " -> " + now);
    }
  }

  /** The same 3-star review, once saying the parcel never came and once that all was well. */
  @Test
  void aDeliveryComplaintLowersTheDeliveryComponentWhenWeightedAndNeverRaisesAScore() throws java.io.IOException {
    Path file = tmp.resolve("complaints.json");
    java.nio.file.Files.writeString(file, "{\"delivery\": {\"complaintWeight\": 0.5}}");
    JobConfig cfg = ConfigLoader.load(file);
    RunRequest weighted = new RunRequest(req.inputDir(), req.outputDir(), SNAPSHOT, cfg,
        ConfigLoader.methodologyVersion(cfg), "k", true);
    Map<String, Row> complaint = scores(withReview("text-", 3, "", "The parcel never arrived."), weighted);
    Map<String, Row> praise = scores(withReview("text-", 3, "", "Came as described, fine."), weighted);
    for (String s : sellers) {
      double c = complaint.get(s).<Double>getAs("delivery_component");
      double p = praise.get(s).<Double>getAs("delivery_component");
      assertTrue(c < p, s + ": delivery component " + p + " with praise, " + c + " with a complaint");
      assertTrue(score(complaint, s) <= score(praise, s) + 1e-9, s + ": " + score(praise, s) + " -> " + score(complaint, s));
    }
  }

  /** The inputs with one more recent English review of each chosen seller's last order. */
  private static AcceptedInputs withReview(String idPrefix, int rating, String title, String text) {
    Dataset<Row> extra = lastOrderOfEachChosenSeller()
        .select(concat(lit(idPrefix), col(Col.SELLER_ID)).as(Col.Reviews.REVIEW_ID), col(Col.SELLER_ID), col(Col.ORDER_ID),
            lit(rating).as(Col.Reviews.RATING), lit(RECENT).as(Col.Reviews.REVIEW_TS), lit("en").as(Col.Reviews.LANGUAGE),
            lit(title).as(Col.Reviews.TITLE), lit(text).as(Col.Reviews.TEXT), lit(true).as(Col.Reviews.VERIFIED_PURCHASE));
    return base.with(InputContract.REVIEWS, base.accepted(InputContract.REVIEWS).unionByName(extra));
  }

  private static double width(Row r) {
    return r.<Double>getAs("trust_score_high") - r.<Double>getAs("trust_score_low");
  }

  @Test
  void absentReturnsAreNotScoredAsNoReturns() {
    Map<String, Row> absent = scores(base.with(InputContract.RETURNS, null));
    Dataset<Row> none = base.accepted(InputContract.RETURNS).limit(0);
    Map<String, Row> empty = scores(base.with(InputContract.RETURNS, none));
    for (String s : sellers) {
      assertNull(absent.get(s).getAs("returns_component"), "absent dataset: component not available");
      assertTrue(empty.get(s).<Double>getAs("returns_component") > 90, "an empty returns table reads as no returns");
      assertNotEquals(score(absent, s), score(empty, s), 1e-6);
    }
  }
}
