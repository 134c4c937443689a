package dev.sellertrust.job;

import static org.apache.spark.sql.functions.*;

import dev.sellertrust.io.Col;
import dev.sellertrust.io.DatasetSpec;
import dev.sellertrust.io.InputContract;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The rows a daily incremental run needs: events created within the settle horizon (everything that can still
 * change, and the day that settles today), and the orders they may name (an event counts only if it comes within
 * settleDays of its order, so orders of the last two horizons: older ones are accepted by the reference check, then
 * left out as settled). Older rows live on in the state. Date-partitioned inputs
 * ({@code <dataset>/date=YYYY-MM-DD/}, by order date and by event creation date) are pruned to these days when read.
 */
public final class IncrementalInputs {
  private IncrementalInputs() {}

  /** The first day to read per dated dataset; sellers and policies are always read in full. */
  public static Map<String, LocalDate> firstDays(LocalDate snapshot, int settleDays) {
    Map<String, LocalDate> m = new LinkedHashMap<>();
    m.put(InputContract.ORDERS.name(), snapshot.minusDays(2L * settleDays));
    for (DatasetSpec spec : new DatasetSpec[] {InputContract.REVIEWS, InputContract.RETURNS, InputContract.SERVICE_TICKETS}) {
      m.put(spec.name(), snapshot.minusDays(settleDays));
    }
    return m;
  }

  /** The creation timestamp that dates each dated dataset's rows (and its partitions). */
  static String createdColumn(DatasetSpec spec) {
    if (spec == InputContract.ORDERS) {
      return Col.Orders.ORDER_TS;
    }
    if (spec == InputContract.REVIEWS) {
      return Col.Reviews.REVIEW_TS;
    }
    if (spec == InputContract.RETURNS) {
      return Col.Returns.REQUESTED_TS;
    }
    if (spec == InputContract.SERVICE_TICKETS) {
      return Col.Tickets.OPENED_TS;
    }
    throw new IllegalArgumentException(spec.name() + " is not dated");
  }

  /**
   * The same rows partition pruning would have read, for inputs that are not partitioned (and for tests). Events
   * naming an order older than both horizons came after their order settled, so they count for no day: they are left
   * out here, as the reference check quarantines them when partitions were pruned.
   */
  public static AcceptedInputs restrict(AcceptedInputs in, LocalDate snapshot, int settleDays) {
    AcceptedInputs out = in;
    for (Map.Entry<String, LocalDate> e : firstDays(snapshot, settleDays).entrySet()) {
      DatasetSpec spec = InputContract.byName(e.getKey());
      Dataset<Row> rows = in.accepted(spec);
      if (rows != null) {
        out = out.with(spec, rows.filter(to_date(col(createdColumn(spec))).geq(lit(java.sql.Date.valueOf(e.getValue())))));
      }
    }
    Dataset<Row> orderIds = out.accepted(InputContract.ORDERS).select(col(Col.ORDER_ID).as("_o"));
    for (DatasetSpec spec : new DatasetSpec[] {InputContract.REVIEWS, InputContract.RETURNS, InputContract.SERVICE_TICKETS}) {
      Dataset<Row> rows = out.accepted(spec);
      if (rows != null) {
        out = out.with(spec, rows.join(orderIds, col(Col.ORDER_ID).equalTo(col("_o")), "left")
            .filter(col(Col.ORDER_ID).isNull().or(col("_o").isNotNull()))
            .drop("_o"));
      }
    }
    return out;
  }
}
