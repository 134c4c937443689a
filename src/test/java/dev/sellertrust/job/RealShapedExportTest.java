package dev.sellertrust.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sellertrust.SparkTestBase;
import dev.sellertrust.config.ConfigLoader;
import dev.sellertrust.config.JobConfig;
import dev.sellertrust.config.RunRequest;
import dev.sellertrust.io.OutputLayout;
import dev.sellertrust.score.Tier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job on an export shaped like a real marketplace's (the Olist data): reviews on one order in ten, no returns,
 * tickets or policies, delivery times on one order in ten, most sellers with a handful of orders, a few reviews
 * written after their order settled. Written here, row by row, so it needs no outside data.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealShapedExportTest extends SparkTestBase {
  static final LocalDate SNAPSHOT = LocalDate.of(2018, 10, 25);
  static final int LATE_REVIEWS = 4;

  @TempDir static Path tmp;
  final Map<String, Integer> reviewsPerSeller = new HashMap<>();
  final Map<String, Integer> ordersPerSeller = new HashMap<>();
  JsonNode manifest;
  List<Row> scores;

  @BeforeAll
  void runOnARealShapedExport() throws IOException {
    Path input = tmp.resolve("input");
    Files.createDirectories(input);
    Random random = new Random(11);
    StringBuilder sellers = new StringBuilder("seller_id,seller_name,country,category,joined_date\n");
    StringBuilder orders = new StringBuilder(
        "order_id,seller_id,buyer_id,buyer_country,order_ts,promised_delivery_date,delivered_ts,status,amount,currency\n");
    StringBuilder reviews = new StringBuilder(
        "review_id,seller_id,order_id,rating,review_ts,language,title,text,verified_purchase\n");
    int order = 0;
    int review = 0;
    int late = 0;
    for (int s = 0; s < 80; s++) {
      String seller = String.format("S%03d", s);
      // 8 big sellers, 16 middling ones, the rest with a handful of orders: as on a real marketplace.
      int n = s < 8 ? 360 + 20 * s : s < 24 ? 120 + 10 * (s - 8) : 1 + random.nextInt(8);
      // Each seller's share of unhappy buyers; big sellers spread from very good to poor.
      double unhappy = s < 24 ? 0.03 + 0.4 * ((s * 7) % 24) / 24.0 : random.nextDouble() * 0.5;
      sellers.append(seller).append(",,BR,").append(s % 2 == 0 ? "housewares" : "toys").append(",\n");
      for (int i = 0; i < n; i++) {
        String id = String.format("O%06d", order++);
        LocalDateTime placed = LocalDateTime.of(2017, 1, 1, 10, 0).plusDays(random.nextInt(620));
        boolean detailed = random.nextDouble() < 0.1;
        String promised = detailed ? placed.toLocalDate().plusDays(12).toString() : "";
        String delivered = detailed ? iso(placed.plusDays(random.nextDouble() < unhappy ? 16 : 7)) + "Z" : "";
        orders.append(id).append(',').append(seller).append(',').append(detailed ? "B" + order : "").append(",BR,")
            .append(iso(placed)).append("Z,").append(promised).append(',').append(delivered).append(",delivered,50.00,BRL\n");
        if (random.nextDouble() < 0.1 || (s < 24 && i < 3)) {
          int rating = random.nextDouble() < unhappy ? 1 + random.nextInt(2) : 4 + random.nextInt(2);
          // A few answers come long after the order settled: read, and reported as not counted.
          boolean afterSettle = late < LATE_REVIEWS && s >= 24 && placed.toLocalDate().isBefore(LocalDate.of(2018, 1, 1));
          LocalDateTime written = afterSettle ? placed.plusDays(200) : placed.plusDays(10);
          late += afterSettle ? 1 : 0;
          if (!afterSettle) {
            reviewsPerSeller.merge(seller, 1, Integer::sum);
          }
          reviews.append(String.format("R%06d", review++)).append(',').append(seller).append(',').append(id).append(',')
              .append(rating).append(',').append(iso(written)).append("Z,pt,,,true\n");
        }
      }
      ordersPerSeller.put(seller, n);
    }
    assertEquals(LATE_REVIEWS, late);
    Files.writeString(input.resolve("sellers.csv"), sellers);
    Files.writeString(input.resolve("orders.csv"), orders);
    Files.writeString(input.resolve("reviews.csv"), reviews);
    Path output = tmp.resolve("out");
    JobConfig cfg = ConfigLoader.defaults();
    TrustScoreJob.run(spark, new RunRequest(input.toString(), output.toString(), SNAPSHOT, cfg,
        ConfigLoader.methodologyVersion(cfg), "test-key", true));
    OutputLayout layout = new OutputLayout(output.toString());
    manifest = new ObjectMapper().readTree(Files.readString(Path.of(layout.manifest(SNAPSHOT).toString())));
    scores = spark.read().parquet(layout.table(OutputLayout.SELLER_SCORES, SNAPSHOT).toString())
        .select("seller_id", "trust_score", "tier", "evidence_share").collectAsList();
  }

  private static String iso(LocalDateTime t) {
    return t.format(java.time.format.DateTimeFormatter.ISO_LOCAL_DATE_TIME);
  }

  @Test
  void sellersWithManyReviewsGetATierAndThinOnesStayOutOfBothEnds() {
    long established = 0;
    long tiered = 0;
    for (Row r : scores) {
      if (reviewsPerSeller.getOrDefault(r.getString(0), 0) >= 30) {
        established++;
        tiered += Tier.INSUFFICIENT_EVIDENCE.equals(r.getString(2)) ? 0 : 1;
      }
    }
    assertTrue(established >= 8, "the slice must hold sellers with 30+ reviews: " + established);
    assertTrue(tiered >= 0.8 * established, tiered + " of " + established + " sellers with 30+ reviews have a tier");
    List<Row> ranked = new ArrayList<>(scores);
    ranked.sort(Comparator.comparingDouble((Row r) -> r.getDouble(1)).thenComparing(r -> r.getString(0)));
    int fifth = (int) Math.ceil(ranked.size() * 0.05);
    List<Row> ends = new ArrayList<>(ranked.subList(0, fifth));
    ends.addAll(ranked.subList(ranked.size() - fifth, ranked.size()));
    for (Row r : ends) {
      boolean thin = reviewsPerSeller.getOrDefault(r.getString(0), 0) < 5 && ordersPerSeller.get(r.getString(0)) < 10;
      assertFalse(thin, "thin seller " + r + " is in the best or worst 5%");
      if (Tier.INSUFFICIENT_EVIDENCE.equals(r.getString(2))) {
        continue;
      }
      assertTrue(r.getDouble(3) > 0, "a tiered seller rests on evidence of its own: " + r);
    }
  }

  @Test
  void theManifestSaysWhichComponentsWereScoredWithWhatCoverageAndTheFittedStrengths() {
    JsonNode c = manifest.path("scoring").path("components");
    assertFalse(c.path("returns").path("provided").asBoolean(true));
    assertFalse(c.path("service").path("provided").asBoolean(true));
    assertTrue(c.path("reviews").path("provided").asBoolean());
    double coverage = c.path("delivery").path("order_coverage").asDouble();
    assertTrue(coverage > 0.05 && coverage < 0.2, "delivery times are on about one order in ten: " + coverage);
    double rating = manifest.path("scoring").path("prior_strengths").path("rating").asDouble(-1);
    // The fitted prior leaves a seller with 100 reviews mostly its own evidence.
    assertTrue(rating > 0 && rating < 100, "rating prior strength " + rating);
    // The order defect rate is read against the reviews this platform's buyers write: one order in ten reviewed.
    JsonNode z = manifest.path("scoring").path("order_defect_zero_point");
    assertTrue(z.path("read_in_reviews").asBoolean(), z.toString());
    assertEquals(manifest.path("datasets").path("reviews").path("rows_counted").asLong(), z.path("reviews").asLong(),
        z.toString());
    double perOrder = (double) z.path("reviews").asLong() / z.path("orders").asLong();
    assertTrue(perOrder > 0.05 && perOrder < 0.2, "reviews on about one order in ten: " + z);
    assertEquals(perOrder, z.path("reviews_per_order").asDouble(), 1e-4, z.toString());
    assertEquals(ConfigLoader.defaults().zeroPoints().negativeReviewRate() * perOrder, z.path("zero_point").asDouble(),
        1e-4, z.toString());
  }

  @Test
  void everyReviewReadIsCountedQuarantinedOrReportedAsNotCounted() {
    JsonNode r = manifest.path("datasets").path("reviews");
    long read = r.path("rows_read").asLong();
    long counted = r.path("rows_counted").asLong();
    long quarantined = r.path("rows_quarantined").asLong();
    long notCounted = 0;
    for (JsonNode n : r.path("not_counted_by_reason")) {
      notCounted += n.asLong();
    }
    assertEquals(read, counted + quarantined + notCounted, r.toString());
    assertEquals(LATE_REVIEWS, r.path("not_counted_by_reason").path("review_created_after_order_settled").asLong(),
        r.toString());
    assertEquals(reviewsPerSeller.values().stream().mapToLong(Integer::longValue).sum(), counted, r.toString());
  }
}
