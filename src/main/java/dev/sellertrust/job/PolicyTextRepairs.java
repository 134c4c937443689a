package dev.sellertrust.job;

import static org.apache.spark.sql.functions.*;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * How many published policies had mis-decoded UTF-8 ("â€™", "Ã©") repaired before their facts were read, for the
 * manifest: a rising count points at a feed that decodes its pages with the wrong charset.
 */
public final class PolicyTextRepairs {
  private PolicyTextRepairs() {}

  public static Map<String, Object> measure(Dataset<Row> policyClarity) {
    Row r = policyClarity.agg(
            count(lit(1)),
            count(when(col("text_repairs").gt(0), lit(1))),
            coalesce(sum(col("text_repairs")), lit(0L)))
        .first();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("policies", r.getLong(0));
    out.put("policies_repaired", r.getLong(1));
    out.put("sequences_repaired", ((Number) r.get(2)).longValue());
    return out;
  }
}
