package dev.sellertrust.output;

import static org.apache.spark.sql.functions.*;

import dev.sellertrust.config.JobConfig;
import dev.sellertrust.metrics.MetricCols;
import dev.sellertrust.metrics.ReviewThemeRates;
import dev.sellertrust.themes.ReviewThemeColumns;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * What review themes add to a run's outputs: theme rates against peers in seller_metrics, telling themes in the
 * scores' reasons, and the review_themes table. Without reviews the rate columns are null and the table is empty.
 */
public record ReviewThemeOutputs(Dataset<Row> scores, Dataset<Row> metrics, Dataset<Row> reviewThemes) {

  /**
   * @param reviewSummary the review aggregate's summary, or null without reviews
   * @param reviews the accepted reviews this run read, or null
   */
  public static ReviewThemeOutputs of(Dataset<Row> scores, Dataset<Row> metrics, Dataset<Row> reviewSummary,
      Dataset<Row> reviews, JobConfig.Themes cfg) {
    Dataset<Row> table = reviews == null
        ? SparkSession.active().createDataFrame(new java.util.ArrayList<Row>(), OutputSchemas.REVIEW_THEMES)
        : ReviewThemeColumns.table(reviews);
    if (reviewSummary == null) {
      Dataset<Row> m = metrics;
      for (String c : ReviewThemeRates.metricColumns()) {
        m = m.withColumn(c, lit(null).cast(c.equals(ReviewThemeRates.WITH_TEXT) || c.endsWith("_reviews")
            ? "bigint" : "double"));
      }
      return new ReviewThemeOutputs(scores, m, table);
    }
    // the peer group published in seller_metrics, so a rate and its benchmark name the same sellers
    Dataset<Row> rates = ReviewThemeRates.compute(reviewSummary,
        metrics.select(col(MetricCols.SELLER_ID), col(ReviewThemeRates.PEER_GROUP)));
    Column[] rateCols = ReviewThemeRates.metricColumns().stream().map(c -> col("_r." + c).as(c))
        .toArray(Column[]::new);
    Dataset<Row> m = metrics.alias("_m").join(rates.alias("_r"),
        col("_m." + MetricCols.SELLER_ID).equalTo(col("_r." + MetricCols.SELLER_ID)), "left")
        .select(concatCols(col("_m.*"), rateCols));
    return new ReviewThemeOutputs(ReviewThemeRates.withReasons(scores, rates, cfg), m, table);
  }

  private static Column[] concatCols(Column first, Column[] rest) {
    Column[] all = new Column[rest.length + 1];
    all[0] = first;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
  }
}
