package dev.sellertrust.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellertrust.SparkTestBase;
import dev.sellertrust.io.OutputLayout;
import dev.sellertrust.metrics.Metric;
import dev.sellertrust.output.OutputSchemas;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report and the manifest take a run's figures from aggregates observed while the tables are written; a report
 * rebuilt later queries the published table. Both must give the same figures.
 */
class TableFiguresTest extends SparkTestBase {
  @TempDir Path tmp;
  private int written;

  @Test
  void figuresObservedWhileWritingEqualThoseQueriedFromTheWrittenTable() throws InterruptedException {
    Dataset<Row> scores = df(OutputSchemas.SELLER_SCORES.toDDL(),
        "{\"seller_id\":\"s1\",\"trust_score\":81.5,\"tier\":\"trusted\",\"review_component\":90.0,\"n_orders\":40}",
        "{\"seller_id\":\"s2\",\"trust_score\":55.0,\"tier\":\"fair\",\"delivery_component\":20.0,\"n_orders\":12}",
        "{\"seller_id\":\"s3\",\"trust_score\":70.2,\"tier\":\"insufficient_evidence\",\"n_orders\":1}",
        "{\"seller_id\":\"s4\",\"tier\":\"good\"}");
    Map<String, Object> queried = observedEqualsQueried(OutputLayout.SELLER_SCORES, scores);
    assertEquals(4L, TableFigures.asLong(queried.get(TableFigures.ROWS)));
    assertEquals(1L, TableFigures.asLong(queried.get(TableFigures.tierCount("trusted"))));

    Dataset<Row> metrics = df(OutputSchemas.SELLER_METRICS.toDDL(),
        "{\"seller_id\":\"s1\",\"rating_prior_strength\":12.5,\"reviews_with_text\":8,\"theme_late_delivery_reviews\":2}",
        "{\"seller_id\":\"s2\",\"rating_prior_strength\":12.5,\"reviews_with_text\":0}");
    observedEqualsQueried(OutputLayout.SELLER_METRICS, metrics);

    Dataset<Row> evidence = df(OutputSchemas.SELLER_EVIDENCE.toDDL(),
        "{\"seller_id\":\"s1\",\"metric\":\"late_delivery\",\"trials\":30,\"prior_strength\":20.0}",
        "{\"seller_id\":\"s2\",\"metric\":\"late_delivery\",\"trials\":12,\"prior_strength\":20.0}",
        "{\"seller_id\":\"s1\",\"metric\":\"negative_review\",\"trials\":5}");
    Map<String, Object> ev = observedEqualsQueried(OutputLayout.SELLER_EVIDENCE, evidence);
    assertTrue(TableFigures.evidenceComplete(ev));
    assertEquals(42L, TableFigures.asLong(ev.get(TableFigures.evidenceTrials(Metric.LATE_DELIVERY))));
    assertEquals(20.0, ev.get(TableFigures.evidenceStrength(Metric.LATE_DELIVERY)));
    assertEquals(1L, TableFigures.asLong(ev.get(TableFigures.evidenceRows(Metric.NEGATIVE_REVIEW))));
    assertEquals(null, ev.get(TableFigures.evidenceStrength(Metric.NEGATIVE_REVIEW)));
    assertEquals(0L, TableFigures.asLong(ev.get(TableFigures.evidenceRows(Metric.UNANSWERED))));
    // A metric the figures do not know: the manifest then groups the written table by metric instead.
    Dataset<Row> unknown = df(OutputSchemas.SELLER_EVIDENCE.toDDL(),
        "{\"seller_id\":\"s1\",\"metric\":\"a_new_metric\",\"trials\":3}");
    assertFalse(TableFigures.evidenceComplete(observedEqualsQueried(OutputLayout.SELLER_EVIDENCE, unknown)));
  }

  private Map<String, Object> observedEqualsQueried(String table, Dataset<Row> rows) throws InterruptedException {
    Path out = tmp.resolve(table + "-" + written++);
    List<Column> figures = TableFigures.of(table, rows.columns());
    assertTrue(figures.size() > 1, table + " has figures besides its row count");
    Observation observed = new Observation("figures_" + table);
    rows.observe(observed, figures.get(0), figures.subList(1, figures.size()).toArray(new Column[0]))
        .write().parquet(out.toString());
    Map<String, Object> queried = TableFigures.query(spark.read().parquet(out.toString()), table);
    assertEquals(queried, observed.getAsJava(), table);
    return queried;
  }
}
