package dev.sellertrust.generate;

import dev.sellertrust.policy.PolicySpec;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Writes the hidden truth as CSV into the truth directory, never into the input directory: per seller its quality,
 * hidden rates, policy and planted mismatches (with how many rows show each), and per published policy the spec its
 * text was rendered from.
 */
final class TruthWriter {
  private TruthWriter() {}

  static final String SELLER_TRUTH = "seller_truth.csv";
  static final String POLICY_TRUTH = "policy_truth.csv";

  private static final List<String> SPEC_COLUMNS = List.of("window_days", "window_starts_from",
      "refund_to_original", "store_credit_only", "refund_timeline_days", "shipping_paid_by",
      "restocking_fee_percent", "exchange_offered", "vague");

  static final List<String> SELLER_COLUMNS = concat(
      List.of("seller_id", "true_quality", "category", "country", "n_orders", "giant", "has_policy",
          "policy_clarity", "policy_language"),
      SPEC_COLUMNS,
      List.of("mismatch_outside_window", "mismatch_refund_slow", "mismatch_shipping_deduction",
          "mismatch_no_exchange", "evidence_outside_window", "evidence_refund_slow",
          "evidence_shipping_deduction", "evidence_no_exchange", "serial_complainer_buyer",
          "seller_return_rate", "reject_in_policy_rate", "response_median_hours", "unanswered_rate",
          "refund_median_days", "late_rate", "auto_reply", "domestic_share", "delivered_orders", "late_orders",
          "undelivered_orders"));

  static final List<String> POLICY_COLUMNS = concat(
      List.of("seller_id", "market", "language", "effective_date", "clarity"), SPEC_COLUMNS, List.of());

  private static final int FLUSH_ROWS = 10_000;

  /**
   * {@code evidence[i]} holds seller i's counts in the order of the evidence_* columns, then its delivered, late and
   * undelivered orders.
   */
  static void write(Path truthDir, SellerPlanner planner, long[] orders, long[] firstOrderNo, int giant,
      int[][] evidence) throws IOException {
    try (Table sellers = new Table(truthDir.resolve(SELLER_TRUTH), SELLER_COLUMNS);
        Table policies = new Table(truthDir.resolve(POLICY_TRUTH), POLICY_COLUMNS)) {
      for (int i = 0; i < orders.length; i++) {
        SellerProfile s = planner.plan(i, orders[i], firstOrderNo[i], i == giant);
        sellerRow(sellers.rows, s, evidence[i]);
        for (MarketPolicy p : s.policies()) {
          policies.rows.str(s.id()).str(p.market()).str(p.language()).day(p.effectiveDay()).str(p.clarity());
          spec(policies.rows, p.spec());
          policies.rows.end(0);
        }
        sellers.flushEvery(FLUSH_ROWS);
        policies.flushEvery(FLUSH_ROWS);
      }
    }
  }

  private static void sellerRow(RowEncoder e, SellerProfile s, int[] ev) {
    MarketPolicy p = s.defaultPolicy();
    Mismatches m = s.mismatches();
    Behaviour b = s.behaviour();
    e.str(s.id()).str(decimal(s.quality())).str(s.category().code).str(s.country().name()).integer(s.orders())
        .bool(s.giant()).bool(p != null).str(p == null ? "none" : p.clarity()).str(p == null ? null : p.language());
    spec(e, p == null ? null : p.spec());
    e.bool(m.outsideWindow()).bool(m.refundSlow()).bool(m.shippingDeduction()).bool(m.noExchange())
        .integer(ev[0]).integer(ev[1]).integer(ev[2]).integer(ev[3]).str(s.serialComplainer())
        .str(decimal(b.sellerReturnRate())).str(decimal(b.rejectInPolicyRate()))
        .str(decimal(b.responseMedianHours())).str(decimal(b.unansweredRate())).str(decimal(b.refundMedianDays()))
        .str(decimal(b.lateRate())).bool(b.autoReply()).str(decimal(b.domesticShare()))
        .integer(ev[4]).integer(ev[5]).integer(ev[6])
        .end(0);
  }

  private static void spec(RowEncoder e, PolicySpec s) {
    if (s == null) {
      for (int i = 0; i < SPEC_COLUMNS.size(); i++) {
        e.str(null);
      }
      return;
    }
    e.str(text(s.windowDays())).str(s.windowStartsFrom()).bool(s.refundToOriginal()).bool(s.storeCreditOnly())
        .str(text(s.refundTimelineDays())).str(s.shippingPaidBy()).str(text(s.restockingFeePercent()))
        .bool(s.exchangeOffered()).bool(s.vague());
  }

  private static String text(Object v) {
    return v == null ? null : v.toString();
  }

  private static String decimal(double v) {
    return String.format(Locale.ROOT, "%.6f", v);
  }

  private static List<String> concat(List<String> a, List<String> b, List<String> c) {
    return java.util.stream.Stream.of(a, b, c).flatMap(List::stream).toList();
  }

  /** A CSV file written through the same encoder as the datasets, flushed in blocks. */
  private static final class Table implements AutoCloseable {
    private final List<String> columns;
    private final SingleFileSink sink;
    private RowBuffer buffer;
    RowEncoder rows;

    Table(Path file, List<String> columns) throws IOException {
      this.columns = columns;
      this.sink = new SingleFileSink(file, String.join(",", columns) + "\n");
      fresh();
    }

    private void fresh() {
      buffer = new RowBuffer();
      rows = new CsvRowEncoder(columns, buffer);
    }

    void flushEvery(int n) throws IOException {
      if (buffer.rows() >= n) {
        flush();
      }
    }

    private void flush() throws IOException {
      buffer.seal(false);
      sink.write(buffer);
      fresh();
    }

    @Override
    public void close() throws IOException {
      flush();
      sink.close();
    }
  }
}
