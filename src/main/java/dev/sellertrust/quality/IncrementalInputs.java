package dev.sellertrust.quality;

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
 * change, and the day that settles today) and the orders of the same days. Older rows live on in the state. An
 * event counts only if it comes within settleDays of its order, so a recent event may still name an order of the
 * horizon before: that order has settled and the event with it, so the event is left out, but it is not an unknown
 * reference, so those orders' ids (and sellers, no other column) are read for the reference check.
 * Date-partitioned inputs ({@code <dataset>/date=YYYY-MM-DD/}, by order date and by event creation date) are pruned
 * to these days when read.
 */
public final class IncrementalInputs {
  private IncrementalInputs() {}

  /** What {@link InputStage#run} reads for a daily run continuing a state. */
  public static InputStage.Pruning pruning(LocalDate snapshot, int settleDays) {
    return new InputStage.Pruning(firstDays(snapshot, settleDays), snapshot.minusDays(2L * settleDays));
  }

  /** The first day to read per dated dataset; sellers and policies are always read in full. */
  static Map<String, LocalDate> firstDays(LocalDate snapshot, int settleDays) {
    Map<String, LocalDate> m = new LinkedHashMap<>();
    for (DatasetSpec spec : new DatasetSpec[] {InputContract.ORDERS, InputContract.REVIEWS, InputContract.RETURNS,
        InputContract.SERVICE_TICKETS}) {
      m.put(spec.name(), snapshot.minusDays(settleDays));
    }
    return m;
  }

  /**
   * The rows of the horizon, from all accepted rows (inputs that are not partitioned, and tests), or from those
   * partition pruning read. Events naming an order before the horizon are left out: their order has settled, and
   * they with it (or they came after it settled and count for no day).
   */
  public static AcceptedInputs restrict(AcceptedInputs in, LocalDate snapshot, int settleDays) {
    AcceptedInputs out = in;
    for (Map.Entry<String, LocalDate> e : firstDays(snapshot, settleDays).entrySet()) {
      DatasetSpec spec = InputContract.byName(e.getKey());
      Dataset<Row> rows = in.accepted(spec);
      if (rows != null) {
        out = out.with(spec, rows.filter(to_date(col(spec.eventTsColumn())).geq(lit(java.sql.Date.valueOf(e.getValue())))));
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
