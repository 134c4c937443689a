package dev.sellertrust.output;

import static org.apache.spark.sql.functions.*;

import dev.sellertrust.integrity.IntegrityCols;
import dev.sellertrust.integrity.SellerIntegrity;
import dev.sellertrust.metrics.MetricCols;
import dev.sellertrust.score.OutputCols;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Adds the integrity verdict to the scores: the share, the flag, and the flag's reason ahead of the others. */
public final class IntegrityScores {
  private IntegrityScores() {}

  /**
   * @param integrity {@link SellerIntegrity#summarise}, or null without reviews (share null, flag false)
   * @param maxReasons the reasons' cap; the integrity reason comes first, so the last other reason may drop
   */
  public static Dataset<Row> attach(Dataset<Row> scores, Dataset<Row> integrity, int maxReasons) {
    if (integrity == null) {
      return scores.withColumn(IntegrityCols.SUSPICIOUS_SHARE, lit(null).cast("double"))
          .withColumn(IntegrityCols.FLAG, lit(false));
    }
    Dataset<Row> verdict = integrity.select(col(MetricCols.SELLER_ID).as("_i_seller"),
        col(IntegrityCols.SUSPICIOUS_SHARE).as("_i_share"), col(IntegrityCols.FLAG).as("_i_flag"),
        SellerIntegrity.reason().as("_i_reason"));
    Column reasons = coalesce(col(OutputCols.REASONS), array().cast("array<string>"));
    Column withReason = when(col("_i_reason").isNull(), reasons)
        .otherwise(slice(concat(array(col("_i_reason")), reasons), 1, maxReasons));
    return scores.join(verdict, col("_i_seller").equalTo(col(MetricCols.SELLER_ID)), "left")
        .withColumn(OutputCols.REASONS, when(col(OutputCols.REASONS).isNull().and(col("_i_reason").isNull()),
            col(OutputCols.REASONS)).otherwise(withReason))
        .withColumn(IntegrityCols.SUSPICIOUS_SHARE, col("_i_share"))
        .withColumn(IntegrityCols.FLAG, coalesce(col("_i_flag"), lit(false)))
        .drop("_i_seller", "_i_share", "_i_flag", "_i_reason");
  }
}
