package dev.sellertrust.quality;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sellertrust.config.ConfigLoader;
import dev.sellertrust.config.JobConfig;
import dev.sellertrust.config.RunRequest;
import dev.sellertrust.io.OutputLayout;
import dev.sellertrust.job.RunResult;
import dev.sellertrust.job.TrustScoreJob;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * A tiny valid marketplace (3 sellers, 12 orders and a few rows of every other dataset) that a bad-input case copies
 * and changes in one place. Buyer ids and review texts carry recognisable markers so privacy tests can look for them
 * in every output.
 */
public final class Fixture {
  public static final LocalDate SNAPSHOT = LocalDate.of(2026, 6, 1);
  public static final String BUYER_MARKER = "BUYER-SECRET-";
  public static final String TEXT_MARKER = "PRIVATE-REVIEW-TEXT";
  public static final String BUYER_KEY = "fixture-buyer-key-not-a-real-secret";
  private static final ObjectMapper JSON = new ObjectMapper();

  public static final String SELLERS_HEADER = "seller_id,seller_name,country,category,joined_date";
  public static final String SELLERS = """
      seller_id,seller_name,country,category,joined_date
      S1,Alpha Ltd,GB,beauty,2024-01-01
      S2,Beta GmbH,DE,fashion,2024-02-01
      S3,Gamma SA,FR,home,2024-03-01
      """;

  public static final String ORDERS_HEADER =
      "order_id,seller_id,buyer_id,buyer_country,order_ts,promised_delivery_date,delivered_ts,status,amount,currency";
  public static final String ORDERS = ORDERS_HEADER + "\n" + """
      O01,S1,BUYER-SECRET-01,GB,2026-04-01T10:00:00Z,2026-04-05,2026-04-04T10:00:00Z,delivered,10.50,GBP
      O02,S1,BUYER-SECRET-02,DE,2026-04-02T10:00:00Z,2026-04-06,2026-04-08T10:00:00Z,delivered,20.00,EUR
      O03,S1,BUYER-SECRET-03,FR,2026-04-03T10:00:00Z,2026-04-07,2026-04-06T10:00:00Z,delivered,30.00,EUR
      O04,S1,BUYER-SECRET-04,GB,2026-04-04T10:00:00Z,2026-04-08,,cancelled,40.00,GBP
      O05,S2,BUYER-SECRET-01,DE,2026-04-05T10:00:00Z,2026-04-09,2026-04-09T10:00:00Z,delivered,15.00,EUR
      O06,S2,BUYER-SECRET-05,DE,2026-04-06T10:00:00Z,2026-04-10,2026-04-12T10:00:00Z,delivered,25.00,EUR
      O07,S2,BUYER-SECRET-06,AT,2026-04-07T10:00:00Z,2026-04-11,2026-04-10T10:00:00Z,delivered,35.00,EUR
      O08,S2,BUYER-SECRET-02,DE,2026-05-20T10:00:00Z,2026-06-05,,shipped,45.00,EUR
      O09,S3,BUYER-SECRET-03,FR,2026-04-09T10:00:00Z,2026-04-13,2026-04-12T10:00:00Z,delivered,12.00,EUR
      O10,S3,BUYER-SECRET-04,BE,2026-04-10T10:00:00Z,2026-04-14,2026-04-13T10:00:00Z,delivered,22.00,EUR
      O11,S3,BUYER-SECRET-05,FR,2026-04-11T10:00:00Z,2026-04-15,,undelivered,32.00,EUR
      O12,S3,BUYER-SECRET-06,ES,2026-04-12T10:00:00Z,2026-04-16,2026-04-15T10:00:00Z,delivered,42.00,EUR
      """;

  public static final String REVIEWS_HEADER =
      "review_id,seller_id,order_id,rating,review_ts,language,title,text,verified_purchase";
  public static final String REVIEWS = REVIEWS_HEADER + "\n" + """
      V01,S1,O01,5,2026-04-06T10:00:00Z,en,Great,"PRIVATE-REVIEW-TEXT one, fast delivery",true
      V02,S1,O02,3,2026-04-09T10:00:00Z,de,Okay,PRIVATE-REVIEW-TEXT two,true
      V03,S1,O03,4,2026-04-08T10:00:00Z,fr,Bien,PRIVATE-REVIEW-TEXT three,false
      V04,S2,O05,4,2026-04-10T10:00:00Z,de,Gut,PRIVATE-REVIEW-TEXT four,true
      V05,S2,O06,2,2026-04-13T10:00:00Z,de,Late,PRIVATE-REVIEW-TEXT five,true
      V06,S2,O07,5,2026-04-11T10:00:00Z,de,Super,PRIVATE-REVIEW-TEXT six,true
      V07,S3,O09,4,2026-04-13T10:00:00Z,fr,Bien,PRIVATE-REVIEW-TEXT seven,true
      V08,S3,O10,5,2026-04-14T10:00:00Z,nl,Goed,PRIVATE-REVIEW-TEXT eight,true
      V09,S3,O12,1,2026-04-16T10:00:00Z,es,Mal,PRIVATE-REVIEW-TEXT nine,false
      V10,S3,,4,2026-04-20T10:00:00Z,en,Fine,PRIVATE-REVIEW-TEXT ten,false
      """;

  public static final String RETURNS_HEADER =
      "return_id,order_id,seller_id,requested_ts,reason,status,rejection_reason,resolution,first_response_ts,"
          + "resolved_ts,refund_amount,buyer_dissatisfied";
  public static final String RETURNS = RETURNS_HEADER + "\n" + """
      R01,O02,S1,2026-04-09T12:00:00Z,late_delivery,refunded,,refund,2026-04-10T12:00:00Z,2026-04-15T12:00:00Z,20.00,false
      R02,O03,S1,2026-04-07T12:00:00Z,changed_mind,rejected,outside_window,none,2026-04-08T12:00:00Z,2026-04-09T12:00:00Z,,true
      R03,O06,S2,2026-04-13T12:00:00Z,defective,refunded,,refund,2026-04-14T12:00:00Z,2026-04-20T12:00:00Z,25.00,false
      R04,O07,S2,2026-04-11T12:00:00Z,wrong_item,approved,,exchange,2026-04-12T12:00:00Z,,,false
      R05,O10,S3,2026-04-14T12:00:00Z,not_as_described,refunded,,refund,2026-04-14T18:00:00Z,2026-04-18T12:00:00Z,22.00,false
      R06,O12,S3,2026-04-16T12:00:00Z,damaged_in_transit,refunded,,partial_refund,2026-04-17T12:00:00Z,2026-04-25T12:00:00Z,10.00,true
      """;

  public static final String TICKETS_HEADER =
      "ticket_id,seller_id,order_id,channel,topic,opened_ts,first_response_ts,resolved_ts,auto_reply,satisfied,reopened";
  public static final String TICKETS = TICKETS_HEADER + "\n" + """
      T01,S1,O02,email,delivery,2026-04-07T08:00:00Z,2026-04-07T09:00:00Z,2026-04-07T12:00:00Z,false,true,false
      T02,S1,,chat,product,2026-04-20T08:00:00Z,2026-04-21T09:00:00Z,2026-04-22T12:00:00Z,false,false,true
      T03,S2,O06,phone,return,2026-04-13T08:00:00Z,2026-04-13T08:30:00Z,2026-04-13T10:00:00Z,false,true,false
      T04,S2,O07,platform_message,refund,2026-04-12T08:00:00Z,2026-04-14T09:00:00Z,,true,,
      T05,S3,O10,email,other,2026-04-14T08:00:00Z,2026-04-14T10:00:00Z,2026-04-15T12:00:00Z,false,true,false
      T06,S3,O11,chat,delivery,2026-04-20T08:00:00Z,2026-04-20T08:05:00Z,2026-04-21T08:00:00Z,false,false,false
      """;

  public static final String POLICIES_HEADER = "seller_id,market,language,effective_date,policy_text";
  public static final String POLICIES = POLICIES_HEADER + "\n" + """
      S1,*,en,2025-01-01,"You can return items within 30 days of delivery. Refunds are issued to the original payment method within 10 days. Return shipping is free."
      S2,DE,de,2025-02-01,"Sie können Artikel innerhalb von 14 Tagen nach Erhalt zurückgeben. Die Erstattung erfolgt innerhalb von 14 Tagen."
      S3,*,fr,2025-03-01,"Vous pouvez retourner les articles dans un délai de 30 jours après la livraison."
      """;

  /** Dataset name -> file content of the valid base fixture. */
  public static Map<String, String> base() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("sellers.csv", SELLERS);
    m.put("orders.csv", ORDERS);
    m.put("reviews.csv", REVIEWS);
    m.put("returns.csv", RETURNS);
    m.put("service_tickets.csv", TICKETS);
    m.put("return_policies.csv", POLICIES);
    return m;
  }

  /** Rows in the base fixture, by dataset. */
  public static final Map<String, Integer> BASE_ROWS = Map.of(
      "sellers", 3, "orders", 12, "reviews", 10, "returns", 6, "service_tickets", 6, "return_policies", 3);

  private Fixture() {}

  public static void write(Path dir, Map<String, String> files) {
    try {
      Files.createDirectories(dir);
      for (Map.Entry<String, String> f : files.entrySet()) {
        Path p = dir.resolve(f.getKey());
        Files.createDirectories(p.getParent());
        Files.writeString(p, f.getValue(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void writeBytes(Path file, byte[] bytes) {
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A config file raising the quarantine ceiling: in a 12-row fixture one bad row is already 8%. */
  public static JobConfig config(Path dir, String json) {
    try {
      Path f = dir.resolve("config.json");
      Files.writeString(f, json, StandardCharsets.UTF_8);
      return ConfigLoader.load(f);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static JobConfig tolerantConfig(Path dir) {
    return config(dir, "{\"quality\": {\"maxQuarantineShare\": 0.5}}");
  }

  public static RunRequest request(Path input, Path output, LocalDate snapshot, JobConfig cfg) {
    return new RunRequest(input.toString(), output.toString(), snapshot, cfg, ConfigLoader.methodologyVersion(cfg),
        BUYER_KEY, true);
  }

  public static RunResult run(SparkSession spark, Path input, Path output, JobConfig cfg) {
    return TrustScoreJob.run(spark, request(input, output, SNAPSHOT, cfg));
  }

  public static Path manifestFile(Path output, LocalDate snapshot) {
    return output.resolve(OutputLayout.MANIFESTS).resolve(OutputLayout.partition(snapshot)).resolve(OutputLayout.MANIFEST_FILE);
  }

  public static JsonNode manifest(Path output, LocalDate snapshot) {
    try {
      return JSON.readTree(Files.readString(manifestFile(output, snapshot)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static List<Row> quarantine(SparkSession spark, Path output, LocalDate snapshot) {
    return spark.read().parquet(new OutputLayout(output.toString()).table(OutputLayout.QUARANTINE, snapshot).toString())
        .collectAsList();
  }
}
