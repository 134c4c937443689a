package dev.sellertrust.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellertrust.SparkTestBase;
import dev.sellertrust.config.JobConfig;
import dev.sellertrust.output.OutputSchemas;
import dev.sellertrust.themes.ReviewThemeColumns;
import dev.sellertrust.themes.Theme;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class ReviewThemeRatesTest extends SparkTestBase {
  private static final String REVIEWS = "review_id string, seller_id string, rating int, language string,"
      + " title string, text string";

  @Test
  void reviewThemesHasOneRowPerReviewAndThemeAndNoReviewText() {
    Dataset<Row> reviews = df(REVIEWS,
        "{\"review_id\":\"r1\",\"seller_id\":\"s1\",\"rating\":1,\"language\":\"en\",\"text\":\"Arrived late and broken. Order 99887766 for buyer B00012345\"}",
        "{\"review_id\":\"r2\",\"seller_id\":\"s1\",\"rating\":1,\"language\":\"\",\"text\":\"没收到\"}",
        "{\"review_id\":\"r3\",\"seller_id\":\"s2\",\"rating\":3,\"language\":\"de\",\"text\":null}");
    List<Row> rows = ReviewThemeColumns.table(reviews).to(OutputSchemas.REVIEW_THEMES)
        .orderBy("review_id", "theme").collectAsList();
    List<String> got = new ArrayList<>();
    for (Row r : rows) {
      got.add(r.getString(0) + "/" + r.getString(2) + "/" + r.getString(3));
      assertFalse(r.getString(4).contains("99887766") || r.getString(4).contains("B00012345"), r.getString(4));
    }
    assertEquals(List.of("r1/late_delivery/en", "r1/poor_quality_or_damaged/en", "r2/not_received/zh"), got);
  }

  @Test
  void ratesArePerSellerAgainstThePeerGroupAndTellingOnesBecomeReasons() {
    // s1: 4 of 5 reviews with text say not received; s2 and s3: none of theirs do
    Dataset<Row> summary = df("seller_id string, reviews_with_text long, reviews_with_text_w double,"
            + " theme_not_received_reviews long, theme_not_received_w double",
        "{\"seller_id\":\"s1\",\"reviews_with_text\":5,\"reviews_with_text_w\":4.0,\"theme_not_received_reviews\":4,\"theme_not_received_w\":3.0}",
        "{\"seller_id\":\"s2\",\"reviews_with_text\":50,\"reviews_with_text_w\":40.0,\"theme_not_received_reviews\":0,\"theme_not_received_w\":0.0}",
        "{\"seller_id\":\"s3\",\"reviews_with_text\":30,\"reviews_with_text_w\":20.0,\"theme_not_received_reviews\":1,\"theme_not_received_w\":0.5}");
    for (Theme t : Theme.values()) {
      if (t != Theme.NOT_RECEIVED) {
        summary = summary.withColumn(ReviewThemeRates.count(t), org.apache.spark.sql.functions.lit(0L))
            .withColumn(ReviewThemeRates.weighted(t), org.apache.spark.sql.functions.lit(0.0));
      }
    }
    Dataset<Row> peers = df("seller_id string, peer_group string",
        "{\"seller_id\":\"s1\",\"peer_group\":\"g\"}", "{\"seller_id\":\"s2\",\"peer_group\":\"g\"}",
        "{\"seller_id\":\"s3\",\"peer_group\":\"g\"}");
    List<Row> rates = ReviewThemeRates.compute(summary, peers).orderBy("seller_id")
        .select("seller_id", ReviewThemeRates.rate(Theme.NOT_RECEIVED), ReviewThemeRates.peerRate(Theme.NOT_RECEIVED))
        .collectAsList();
    assertEquals(0.75, rates.get(0).getDouble(1), 1e-9);
    assertEquals(3.5 / 64.0, rates.get(0).getDouble(2), 1e-9);
    assertEquals(0.025, rates.get(2).getDouble(1), 1e-9);

    Dataset<Row> scores = df("seller_id string, reasons array<string>",
        "{\"seller_id\":\"s1\",\"reasons\":[\"few reviews\"]}", "{\"seller_id\":\"s3\",\"reasons\":[]}");
    List<Row> withReasons = ReviewThemeRates.withReasons(scores, ReviewThemeRates.compute(summary, peers),
        new JobConfig.Themes(5, 2.0, 0.03, 2)).orderBy("seller_id").collectAsList();
    assertEquals(List.of("few reviews", "buyers report items not received: 75% of reviews vs 5% for peers (5 reviews)"),
        withReasons.get(0).getList(1));
    assertTrue(withReasons.get(1).getList(1).isEmpty(), "s3 is below its peers' rate x2");
    List<Row> tooFew = ReviewThemeRates.withReasons(scores, ReviewThemeRates.compute(summary, peers),
        new JobConfig.Themes(6, 2.0, 0.03, 2)).orderBy("seller_id").collectAsList();
    assertEquals(List.of("few reviews"), tooFew.get(0).getList(1), "5 reviews with text are below minReviews 6");
  }
}
