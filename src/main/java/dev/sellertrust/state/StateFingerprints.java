package dev.sellertrust.state;

import static org.apache.spark.sql.functions.*;

import dev.sellertrust.config.ConfigLoader;
import dev.sellertrust.config.RunRequest;
import dev.sellertrust.metrics.MetricCols;
import dev.sellertrust.metrics.ReturnMetrics;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;

/**
 * What a saved state depends on besides the rows it summed: if any of these changed, the state's sums are not what a
 * recomputation would give, and the run recomputes in full.
 */
public final class StateFingerprints {
  private StateFingerprints() {}

  /** Every setting (a changed quality limit changes which rows were accepted, not only the score). */
  public static String config(RunRequest req) {
    return sha256(ConfigLoader.toJson(req.config()) + "\u0000" + req.inputDir());
  }

  /** Pseudonyms in the saved buyer pairs are only comparable under the same key; the key itself is never stored. */
  public static String buyerKey(RunRequest req) {
    return sha256("sellertrust-state-fingerprint\u0000" + req.buyerKey()).substring(0, 16);
  }

  /**
   * Settled returns were judged against the policy in force (its window, refund timeline, free-return terms): a policy
   * that changed since would judge them differently. Order-independent: XOR of per-seller row hashes, and the count.
   */
  public static String policy(Dataset<Row> sellerPolicy) {
    if (sellerPolicy == null) {
      return "none";
    }
    Column[] f = policyFigures();
    Row r = sellerPolicy.agg(f[0], f[1]).first();
    return r.getLong(0) + ":" + (r.isNullAt(1) ? 0L : r.getLong(1));
  }

  /** The policy rows, observed by {@code seen} when first computed ({@link #policy(Observation, Dataset)}). */
  public static Dataset<Row> observePolicy(Dataset<Row> sellerPolicy, Observation seen) {
    Column[] f = policyFigures();
    return sellerPolicy.observe(seen, f[0], f[1]);
  }

  /**
   * As {@link #policy(Dataset)}, from what {@code seen} observed; queries the rows when Spark reported nothing.
   * {@code sellerPolicy} null (no policies): nothing was observed, and none is waited for.
   */
  public static String policy(Observation seen, Dataset<Row> sellerPolicy) {
    if (sellerPolicy == null) {
      return policy(null);
    }
    Map<String, Object> m;
    try {
      m = seen.getAsJava();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while fingerprinting the policies", e);
    }
    if (m.isEmpty()) {
      return policy(sellerPolicy);
    }
    Object xor = m.get(XOR);
    return ((Number) m.get(ROWS)).longValue() + ":" + (xor == null ? 0L : ((Number) xor).longValue());
  }

  private static final String ROWS = "policy_rows";
  private static final String XOR = "policy_xor";

  private static Column[] policyFigures() {
    Column h = xxhash64(col(MetricCols.SELLER_ID), col(ReturnMetrics.POLICY_WINDOW_DAYS), col("refund_timeline_days"),
        col("return_shipping_paid_by"), col("restocking_fee"));
    return new Column[] {count(lit(1)).as(ROWS), bit_xor(h).as(XOR)};
  }

  private static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
