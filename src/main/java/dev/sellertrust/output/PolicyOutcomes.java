package dev.sellertrust.output;

import static org.apache.spark.sql.functions.col;

import dev.sellertrust.score.RankCorrelation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Across sellers: do clearer return policies go with fewer disputed and dissatisfied returns? (Clear communication is
 * supposed to avoid disputes.) Rank correlations over sellers with a policy and enough returns, for the manifest and the
 * report; a negative value means clearer policies, fewer disputes.
 */
public final class PolicyOutcomes {
  private PolicyOutcomes() {}

  static final int MIN_RETURNS = 5;

  public static Map<String, Object> measure(Dataset<Row> sellerMetrics, Dataset<Row> sellerScores) {
    List<Row> rows = sellerMetrics.join(sellerScores.select("seller_id", "n_returns"), "seller_id")
        .filter(col("policy_clarity_score").isNotNull().and(col("n_returns").geq(MIN_RETURNS))
            .and(col("dissatisfied_return_rate").isNotNull()).and(col("return_rejection_rate").isNotNull()))
        .select("policy_clarity_score", "dissatisfied_return_rate", "return_rejection_rate")
        .collectAsList();
    double[] clarity = rows.stream().mapToDouble(r -> r.getDouble(0)).toArray();
    double[] dissatisfied = rows.stream().mapToDouble(r -> r.getDouble(1)).toArray();
    double[] rejected = rows.stream().mapToDouble(r -> r.getDouble(2)).toArray();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("sellers", (long) rows.size());
    out.put("min_returns", MIN_RETURNS);
    out.put("spearman_clarity_dissatisfied", nanToNull(RankCorrelation.spearman(clarity, dissatisfied)));
    out.put("spearman_clarity_rejected", nanToNull(RankCorrelation.spearman(clarity, rejected)));
    return out;
  }

  private static Double nanToNull(double v) {
    return Double.isNaN(v) ? null : v;
  }
}
