package dev.sellertrust.job;

import dev.sellertrust.metrics.SellerSums;
import dev.sellertrust.spark.Checkpoints;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Where the runner materialises the sums: every family's table, and the bad-buyer pairs, each computed once. */
final class Materialised {
  private Materialised() {}

  /** Every family's table computed once and its lineage cut, so later plans stay small. */
  static SellerSums sums(SellerSums s) {
    Map<String, Dataset<Row>> m = new LinkedHashMap<>();
    s.sums().forEach((name, d) -> m.put(name, Checkpoints.onDisk(d)));
    return s.withSums(m);
  }

  /** The bad-buyer pairs computed once; the sums left as they are. */
  static SellerSums pairs(SellerSums s) {
    return s.pairs() == null ? s : s.withPairs(Checkpoints.onDisk(s.pairs()));
  }

  /** Both. */
  static SellerSums sumsAndPairs(SellerSums s) {
    return pairs(sums(s));
  }
}
