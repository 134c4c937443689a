package dev.sellertrust.quality;

import static org.apache.spark.sql.functions.*;

import dev.sellertrust.io.Col;
import dev.sellertrust.io.DatasetSpec;
import dev.sellertrust.io.FieldSpec;
import dev.sellertrust.io.FieldType;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/** Rules across rows and datasets: duplicate ids, and references to sellers and orders that were accepted. */
public final class ReferenceRules {
  private ReferenceRules() {}

  private static final String RANK = "_dup_rank";
  private static final String REF_SELLER = "_ref_seller";
  private static final String REF_ORDER_SELLER = "_ref_order_seller";

  /**
   * The ids found on more than one row (valid or not): an aggregate over the id column alone, far cheaper than ranking
   * every row. When it is empty, {@link #markDuplicates} has nothing to do and is skipped.
   */
  public static Dataset<Row> repeatedIds(Dataset<Row> checked, DatasetSpec spec) {
    return checked.select(col(spec.idColumn()))
        .filter(col(spec.idColumn()).isNotNull())
        .groupBy(col(spec.idColumn()))
        .count()
        .filter(col("count").gt(1))
        .select(col(spec.idColumn()));
  }

  /**
   * Among valid rows sharing an id, keeps one and quarantines the others as duplicates. The winner is the row with
   * the latest timestamp (a later export of a mutable record, e.g. a return that was since refunded), ties broken by
   * the smallest raw record and then the smallest values, so the choice never depends on file order.
   */
  public static Dataset<Row> markDuplicates(Dataset<Row> checked, DatasetSpec spec) {
    if (spec.idColumn() == null) {
      return checked;
    }
    List<Column> ts = new ArrayList<>();
    for (FieldSpec f : spec.fields()) {
      if (f.type() == FieldType.TIMESTAMP) {
        ts.add(col(f.name()));
      }
    }
    Column latest = ts.isEmpty() ? lit(0) : ts.size() == 1 ? ts.get(0) : greatest(ts.toArray(new Column[0]));
    Column valid = size(col(RowRules.REASONS)).equalTo(0);
    List<Column> order = new ArrayList<>(List.of(valid.desc(), latest.desc_nulls_last(), RowRules.rawRecord(spec).asc()));
    // The raw record withholds review texts (length only): the typed values break the remaining ties.
    for (FieldSpec f : spec.fields()) {
      if (!f.name().equals(Col.Orders.BUYER_ID)) {
        order.add(col(f.name()).cast("string").asc_nulls_first());
      }
    }
    WindowSpec w = Window.partitionBy(col(spec.idColumn())).orderBy(order.toArray(new Column[0]));
    return checked
        .withColumn(RANK, when(col(spec.idColumn()).isNotNull(), row_number().over(w)))
        .withColumn(RowRules.REASONS, appendWhen(valid.and(col(RANK).gt(1)), Reasons.DUPLICATE_ID + ":" + spec.idColumn()))
        .drop(RANK);
  }

  /**
   * Quarantines valid rows whose seller_id is not an accepted seller. {@code broadcastKeys}: the sellers are few enough
   * to be copied to every task, so the checked rows are joined where they are read instead of being shuffled.
   */
  public static Dataset<Row> markUnknownSellers(Dataset<Row> checked, Dataset<Row> sellerIds, boolean broadcastKeys) {
    Dataset<Row> keys = sellerIds.select(col(Col.SELLER_ID).as(REF_SELLER)).distinct();
    keys = broadcastKeys ? broadcast(keys) : keys;
    Column valid = size(col(RowRules.REASONS)).equalTo(0);
    return checked
        .join(keys, col(Col.SELLER_ID).equalTo(col(REF_SELLER)), "left")
        .withColumn(RowRules.REASONS, appendWhen(valid.and(col(REF_SELLER).isNull()), Reasons.UNKNOWN_SELLER + ":" + Col.SELLER_ID))
        .drop(REF_SELLER);
  }

  /**
   * Order keys (order id, seller id) of raw order rows read for their ids alone, one per id, without those already
   * in {@code accepted}: the ids are normalised as the row rules normalise them; nothing else is checked, since
   * these orders were judged when they were read in full.
   */
  public static Dataset<Row> earlierOrderKeys(Dataset<Row> raw, Dataset<Row> accepted) {
    Column id = nullif(trim(col(Col.ORDER_ID).cast("string")), lit(""));
    Column seller = nullif(trim(col(Col.SELLER_ID).cast("string")), lit(""));
    return raw.select(id.as(Col.ORDER_ID), seller.as(Col.SELLER_ID))
        .filter(col(Col.ORDER_ID).isNotNull())
        .groupBy(Col.ORDER_ID).agg(max(col(Col.SELLER_ID)).as(Col.SELLER_ID))
        .join(accepted.select(col(Col.ORDER_ID)), new String[] {Col.ORDER_ID}, "left_anti");
  }

  /**
   * Quarantines valid rows whose order_id is not an accepted order, or names an order of another seller.
   * A null order_id passes (whether it may be null is a row rule). {@code broadcastKeys} as for {@link #markUnknownSellers}.
   */
  public static Dataset<Row> markUnknownOrders(Dataset<Row> checked, Dataset<Row> orders, boolean broadcastKeys) {
    return markUnknownOrders(checked, orders, broadcastKeys, Reasons.UNKNOWN_ORDER);
  }

  /**
   * @param missingReason the reason for an order that is not among {@code orders}: {@link Reasons#UNKNOWN_ORDER}, or
   *     {@link Reasons#UNCHECKED_ORDER} when older orders were left unread
   */
  public static Dataset<Row> markUnknownOrders(Dataset<Row> checked, Dataset<Row> orders, boolean broadcastKeys,
      String missingReason) {
    Dataset<Row> keys =
        orders.select(col(Col.ORDER_ID).as("_ref_order"), col(Col.SELLER_ID).as(REF_ORDER_SELLER));
    keys = broadcastKeys ? broadcast(keys) : keys;
    Column valid = size(col(RowRules.REASONS)).equalTo(0);
    Column hasOrder = col(Col.ORDER_ID).isNotNull();
    return checked
        .join(keys, col(Col.ORDER_ID).equalTo(col("_ref_order")), "left")
        .withColumn(RowRules.REASONS,
            appendWhen(valid.and(hasOrder).and(col("_ref_order").isNull()), missingReason + ":" + Col.ORDER_ID))
        .withColumn(RowRules.REASONS,
            appendWhen(valid.and(col(REF_ORDER_SELLER).isNotNull()).and(col(REF_ORDER_SELLER).notEqual(col(Col.SELLER_ID))),
                Reasons.ORDER_SELLER_MISMATCH + ":" + Col.SELLER_ID))
        .drop("_ref_order", REF_ORDER_SELLER);
  }

  private static Column appendWhen(Column condition, String reason) {
    return when(condition, concat(col(RowRules.REASONS), array(lit(reason)))).otherwise(col(RowRules.REASONS));
  }
}
