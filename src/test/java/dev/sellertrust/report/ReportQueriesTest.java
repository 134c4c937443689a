package dev.sellertrust.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sellertrust.SparkTestBase;
import org.junit.jupiter.api.Test;

class ReportQueriesTest extends SparkTestBase {

  @Test
  void oneAggregateCountsTiersScoreBinsAndSellersWithoutScore() {
    ReportQueries.ScoreCounts c = ReportQueries.scoreCounts(df("seller_id string, tier string, trust_score double",
        "{\"seller_id\": \"a\", \"tier\": \"trusted\", \"trust_score\": 97.5}",
        "{\"seller_id\": \"b\", \"tier\": \"trusted\", \"trust_score\": 100.0}",
        "{\"seller_id\": \"c\", \"tier\": \"fair\", \"trust_score\": 52.0}",
        "{\"seller_id\": \"d\", \"tier\": \"insufficient_evidence\", \"trust_score\": null}",
        "{\"seller_id\": \"e\", \"tier\": null, \"trust_score\": 3.0}"));
    assertEquals(2L, c.tiers().get("trusted"));
    assertEquals(1L, c.tiers().get("fair"));
    assertEquals(0L, c.tiers().get("good"), "every tier is listed, with 0 when no seller has it");
    assertEquals(1L, c.tiers().get("insufficient_evidence"), "a seller without a score still has its tier");
    assertEquals(1L, c.tiers().get("unknown"), "a missing tier is counted as unknown");
    assertEquals(5L, c.tiers().values().stream().mapToLong(Long::longValue).sum());
    assertEquals(1, c.withoutScore(), "a missing score is not put in the top bin");
    long[] trusted = new long[20];
    trusted[19] = 2; // 97.5 and 100 (the top bin holds 95..100)
    assertArrayEquals(trusted, c.bins().get("trusted"));
    assertEquals(1, c.bins().get("fair")[10]);
    assertArrayEquals(new long[20], c.bins().get("insufficient_evidence"));
    assertEquals(1, c.bins().get("unknown")[0]);
  }
}
