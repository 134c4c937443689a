package dev.sellertrust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.sellertrust.spark.ForklessLocalFileSystem;
import dev.sellertrust.spark.SparkSessions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * One local SparkSession per test JVM (surefire runs a single fork), as in Iceberg's TestBase:
 * session start costs about 5 s, so every test class shares it.
 */
public abstract class SparkTestBase {

  protected static final SparkSession spark = SharedSession.INSTANCE;

  private static final class SharedSession {
    static final SparkSession INSTANCE =
        SparkSession.builder()
            .master("local[2]")
            .appName("seller-trust-tests")
            .config("spark.ui.enabled", "false")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .config(SparkSessions.SHUFFLE_PARTITIONS, "1")
            .config("spark.default.parallelism", "2")
            .config("spark.sql.session.timeZone", "UTC")
            .config("spark.sql.datetime.java8API.enabled", "true")
            .config("spark.sql.maxPlanStringLength", "200000")
            // As in a local run (SparkSessions): no chmod process per file written, folders listed on the driver.
            .config(SparkSessions.LOCAL_FILE_SYSTEM, ForklessLocalFileSystem.class.getName())
            .config("spark.sql.sources.parallelPartitionDiscovery.threshold", "100000")
            // As in a local run: test inputs are tiny, so the job runs them without code generation, adaptive
            // execution or automatic broadcast joins, on one shuffle partition (SparkSessions.chooseExecution), and
            // the session starts that way for every other test too. EndToEndTest runs the job both ways and compares
            // the snapshots.
            .config(SparkSessions.AUTO_CODEGEN, "true")
            .config(SparkSessions.AUTO_SHUFFLE_PARTITIONS, "true")
            .config(SparkSessions.ADAPTIVE, "false")
            .config(SparkSessions.AUTO_BROADCAST, "-1")
            .config(SparkSessions.WHOLE_STAGE_CODEGEN, "false")
            .config(SparkSessions.CODEGEN_FACTORY_MODE, "NO_CODEGEN")
            .getOrCreate();
  }

  /** Runs {@code body} with these session settings, then puts the shared session's previous values back. */
  protected static void withSettings(Map<String, String> settings, Runnable body) {
    Map<String, String> before = new HashMap<>();
    settings.keySet().forEach(k -> before.put(k, spark.conf().get(k, null)));
    try {
      settings.forEach((k, v) -> spark.conf().set(k, v));
      body.run();
    } finally {
      before.forEach((k, v) -> {
        if (v == null) {
          spark.conf().unset(k);
        } else {
          spark.conf().set(k, v);
        }
      });
    }
  }

  /** A DataFrame from JSON lines and a DDL schema: the tiny-input idiom of the house style. */
  protected static Dataset<Row> df(String ddl, String... jsonLines) {
    StructType schema = StructType.fromDDL(ddl);
    Dataset<String> json = spark.createDataset(Arrays.asList(jsonLines), Encoders.STRING());
    return spark.read().schema(schema).option("mode", "FAILFAST").json(json);
  }

  protected static Row row(Object... values) {
    return RowFactory.create(values);
  }

  /** Compares rows ignoring order; doubles within 1e-9 relative tolerance. */
  protected static void assertRowsEqual(String context, List<Row> expected, List<Row> actual) {
    List<Row> e = sorted(expected);
    List<Row> a = sorted(actual);
    if (e.size() != a.size()) {
      fail(context + ": expected " + e.size() + " rows " + e + " but got " + a.size() + " " + a);
    }
    for (int i = 0; i < e.size(); i++) {
      Row er = e.get(i);
      Row ar = a.get(i);
      assertEquals(er.length(), ar.length(), context + ": row width at " + i);
      for (int j = 0; j < er.length(); j++) {
        Object ev = er.get(j);
        Object av = ar.get(j);
        if (ev instanceof Double d && av instanceof Double ad) {
          assertEquals(d, ad, 1e-9 * Math.max(1.0, Math.abs(d)), context + ": row " + ar + " column " + j);
        } else {
          assertEquals(ev, av, context + ": row " + ar + " column " + j);
        }
      }
    }
  }

  protected static void assertRowsEqual(String context, List<Row> expected, Dataset<Row> actual) {
    assertRowsEqual(context, expected, actual.collectAsList());
  }

  private static List<Row> sorted(List<Row> rows) {
    List<Row> copy = new ArrayList<>(rows);
    copy.sort(Comparator.comparing(Row::toString));
    return copy;
  }
}
