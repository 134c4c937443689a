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
 * change, and the day that settles today), and the orders they may name (an event comes at most settleDays after its
 * order, so orders of the last two horizons). Older rows live on in the state. Date-partitioned inputs
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

  /** The same rows partition pruning would have read, for inputs that are not partitioned (and for tests). */
  public static AcceptedInputs restrict(AcceptedInputs in, LocalDate snapshot, int settleDays) {
    AcceptedInputs out = in;
    for (Map.Entry<String, LocalDate> e : firstDays(snapshot, settleDays).entrySet()) {
      DatasetSpec spec = InputContract.byName(e.getKey());
      Dataset<Row> rows = in.accepted(spec);
      if (rows != null) {
        out = out.with(spec, rows.filter(to_date(col(createdColumn(spec))).geq(lit(java.sql.Date.valueOf(e.getValue())))));
      }
    }
    return out;
  }

  /**
   * Events that came more than settleDays after their order (or name an order the run did not read): their order's
   * day was settled into the state without them, so only a full recomputation counts them right.
   */
  static long lateEvents(AcceptedInputs in, int settleDays) {
    Dataset<Row> orders = in.accepted(InputContract.ORDERS)
        .select(col(Col.ORDER_ID).as("_o"), to_date(col(Col.Orders.ORDER_TS)).as("_order_date"));
    Dataset<Row> events = null;
    for (DatasetSpec spec : new DatasetSpec[] {InputContract.REVIEWS, InputContract.RETURNS, InputContract.SERVICE_TICKETS}) {
      Dataset<Row> rows = in.accepted(spec);
      if (rows != null) {
        Dataset<Row> e = rows.filter(col(Col.ORDER_ID).isNotNull())
            .select(col(Col.ORDER_ID), to_date(col(createdColumn(spec))).as("_created"));
        events = events == null ? e : events.union(e);
      }
    }
    if (events == null) {
      return 0;
    }
    return events.join(orders, col(Col.ORDER_ID).equalTo(col("_o")), "left")
        .filter(col("_o").isNull().or(col("_created").gt(date_add(col("_order_date"), settleDays))))
        .count();
  }
}
