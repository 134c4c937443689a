package dev.sellertrust.policy;

import static org.apache.spark.sql.functions.*;

import dev.sellertrust.io.Col;
import dev.sellertrust.metrics.MetricCols;
import dev.sellertrust.metrics.ReturnMetrics;
import dev.sellertrust.spark.Checkpoints;
import java.time.LocalDate;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * Policy texts to facts (policy_clarity table) and to the one policy per seller that the score uses: the clearest
 * policy in force (latest effective_date not after the snapshot, per market), since that is what a buyer can read.
 */
public final class PolicyStage {
  private PolicyStage() {}

  public record Result(Dataset<Row> clarity, Dataset<Row> sellerPolicy) {}

  public static Result run(Dataset<Row> policies, LocalDate snapshot) {
    Dataset<Row> inForce =
        policies.filter(col(Col.Policies.EFFECTIVE_DATE).isNull()
                .or(col(Col.Policies.EFFECTIVE_DATE).leq(lit(java.sql.Date.valueOf(snapshot)))))
            .withColumn("_market", coalesce(col(Col.Policies.MARKET), lit("*")))
            .withColumn("_r", row_number().over(Window.partitionBy(col(Col.SELLER_ID), col("_market"), col(Col.Policies.LANGUAGE))
                .orderBy(col(Col.Policies.EFFECTIVE_DATE).desc_nulls_last(), sha2(col(Col.Policies.POLICY_TEXT), 256))))
            .filter(col("_r").equalTo(1))
            .drop("_r", "_market");
    // Materialised once: both the published table and the per-seller choice read it, and the table is written through
    // coalesce(1), which would otherwise run the text analysis of every policy again in a single task (at 600k
    // policies: 350 s of one core, seen with jstack).
    Dataset<Row> clarity = Checkpoints.onDisk(PolicyClarity.analyze(inForce));
    Dataset<Row> best =
        clarity.withColumn("_r", row_number().over(Window.partitionBy(col(Col.SELLER_ID))
                .orderBy(col("clarity_score").desc(), col("market").asc_nulls_last(), col("language").asc())))
            .filter(col("_r").equalTo(1))
            .select(
                col(MetricCols.SELLER_ID),
                col("clarity_score"),
                col("return_window_days").as(ReturnMetrics.POLICY_WINDOW_DAYS),
                col("refund_timeline_days"),
                col("return_shipping_paid_by"),
                col("restocking_fee"),
                col("exchange_offered"));
    return new Result(clarity, best);
  }
}
