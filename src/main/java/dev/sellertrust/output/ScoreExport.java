package dev.sellertrust.output;

import static org.apache.spark.sql.functions.*;

import dev.sellertrust.config.JobConfig;
import dev.sellertrust.metrics.MetricCols;
import dev.sellertrust.metrics.ReviewThemeRates;
import dev.sellertrust.score.OutputCols;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** The platform export: one JSON object per seller, shaped by docs/schemas/seller_scores.v1.schema.json. */
public final class ScoreExport {
  private ScoreExport() {}

  public static final String SCHEMA_VERSION = "1.2";
  public static final String COMPLAINT_THEMES = "complaint_themes";

  /**
   * @param scores the seller_scores rows
   * @param metrics the seller_metrics rows of the same snapshot (seller_id and the theme columns)
   */
  public static Dataset<Row> toExport(Dataset<Row> scores, Dataset<Row> metrics, String snapshotDate,
      JobConfig.Themes themes) {
    return scores.join(complaintThemes(metrics, themes), new String[] {OutputCols.SELLER_ID}, "left").select(
        lit(SCHEMA_VERSION).as("schema_version"),
        lit(snapshotDate).as("snapshot_date"),
        col(OutputCols.SELLER_ID),
        col(OutputCols.TRUST_SCORE),
        col(OutputCols.TRUST_SCORE_LOW),
        col(OutputCols.TRUST_SCORE_HIGH),
        col(OutputCols.TIER),
        col(OutputCols.PROVISIONAL),
        struct(
            col(OutputCols.REVIEW_COMPONENT).as("reviews"),
            col(OutputCols.RETURNS_COMPONENT).as("returns"),
            col(OutputCols.SERVICE_COMPONENT).as("service"),
            col(OutputCols.DELIVERY_COMPONENT).as("delivery"),
            col(OutputCols.POLICY_COMPONENT).as("policy")).as("components"),
        struct(
            col(OutputCols.N_ORDERS).as("orders"),
            col(OutputCols.N_REVIEWS).as("reviews"),
            col(OutputCols.N_RETURNS).as("returns"),
            col(OutputCols.N_TICKETS).as("tickets")).as("evidence"),
        col(OutputCols.REASONS),
        struct(
            col(dev.sellertrust.integrity.IntegrityCols.FLAG).as("flag"),
            col(dev.sellertrust.integrity.IntegrityCols.SUSPICIOUS_SHARE).as("suspicious_review_share"))
            .as("review_integrity"),
        coalesce(col(COMPLAINT_THEMES), array().cast(COMPLAINT_THEMES_TYPE)).as(COMPLAINT_THEMES),
        col(OutputCols.PEER_GROUP),
        col(OutputCols.METHODOLOGY_VERSION));
  }

  private static final String COMPLAINT_THEMES_TYPE =
      "array<struct<theme:string,rate:double,peer_rate:double,reviews:bigint,reviews_with_text:bigint>>";

  /**
   * Per seller, the complaint themes that pass the same bar as the reasons (config {@code themes}), largest excess
   * over the peers first, without the reasons' cap: the rates rounded to 4 decimals, with the reviews reporting the
   * theme and the reviews with text they are a share of.
   */
  private static Dataset<Row> complaintThemes(Dataset<Row> metrics, JobConfig.Themes cfg) {
    Column entries = transform(ReviewThemeRates.tellingThemes(cfg), t -> struct(
        t.getField(ReviewThemeRates.THEME).as("theme"),
        round(t.getField(ReviewThemeRates.RATE), 4).as("rate"),
        round(t.getField(ReviewThemeRates.PEER_RATE), 4).as("peer_rate"),
        t.getField(ReviewThemeRates.REVIEWS).as("reviews"),
        t.getField(ReviewThemeRates.WITH_TEXT).as("reviews_with_text")));
    return metrics.select(col(MetricCols.SELLER_ID), entries.cast(COMPLAINT_THEMES_TYPE).as(COMPLAINT_THEMES));
  }
}
