package dev.sellertrust.policy;

import dev.sellertrust.io.OutputLayout;
import dev.sellertrust.report.TableFigures;
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
    return measure(TableFigures.query(policyClarity, OutputLayout.POLICY_CLARITY));
  }

  /** @param figures policy_clarity's {@link TableFigures} */
  public static Map<String, Object> measure(Map<String, Object> figures) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("policies", TableFigures.asLong(figures.get(TableFigures.ROWS)));
    out.put("policies_repaired", TableFigures.asLong(figures.get(TableFigures.POLICIES_REPAIRED)));
    out.put("sequences_repaired", TableFigures.asLong(figures.get(TableFigures.SEQUENCES_REPAIRED)));
    return out;
  }
}
