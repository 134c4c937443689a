package dev.sellertrust.spark;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellertrust.SparkTestBase;
import org.junit.jupiter.api.Test;

class SparkWorkCounterTest extends SparkTestBase {

  @Test
  void countsTheJobsAndSqlExecutionsStartedWhileItRuns() {
    spark.range(10).count();
    SparkWorkCounter counter = SparkWorkCounter.start(spark.sparkContext());
    spark.range(100).toDF("n").filter(col("n").gt(5)).collectAsList();
    spark.range(100).toDF("n").groupBy(col("n").mod(3)).count().collectAsList();
    SparkWorkCounter.Counts c = counter.stop();
    assertEquals(2, c.sqlExecutions(), "one SQL execution per action: " + c);
    assertTrue(c.jobs() >= 2, "each action runs at least one job: " + c);
    assertTrue(c.tasks() >= c.jobs(), "each job runs at least one task: " + c);
    spark.range(10).count();
    assertEquals(c, counter.counts(), "a stopped counter counts no more");
  }
}
