package dev.sellertrust.job;

import static org.apache.spark.sql.functions.*;

import dev.sellertrust.score.OutputCols;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** The platform export: one JSON object per seller, shaped by docs/schemas/seller_scores.v1.schema.json. */
public final class ScoreExport {
  private ScoreExport() {}

  public static final String SCHEMA_VERSION = "1.1";

  public static Dataset<Row> toExport(Dataset<Row> scores, String snapshotDate) {
    return scores.select(
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
        col(OutputCols.PEER_GROUP),
        col(OutputCols.METHODOLOGY_VERSION));
  }
}
