package dev.sellertrust.olist;

import static org.apache.spark.sql.functions.*;

import dev.sellertrust.io.Col;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;

/**
 * Turns the Olist tables into the job's input contract (docs/INPUT_CONTRACT.md, "From the Olist dataset"): sellers,
 * orders and reviews. Olist has no returns, after-sales contacts or return policies, so those components stay
 * unavailable. Every Olist row that cannot be carried over is in {@link Result#rejected} with a reason; the rest is
 * validated by the job itself when it reads the output.
 */
public final class OlistImport {
  private OlistImport() {}

  /** Olist's timestamps are the marketplace's local time, written without an offset. */
  public static final String SOURCE_ZONE = "America/Sao_Paulo";
  public static final String COUNTRY = "BR";
  public static final String CURRENCY = "BRL";
  public static final String LANGUAGE = "pt";

  public static final String SOURCE = "source";
  public static final String RECORD = "record";
  public static final String REASON = "reason";

  public static final String MALFORMED_CSV = "malformed_csv";
  public static final String UNKNOWN_STATUS = "unknown_status";
  public static final String ORDER_WITHOUT_ITEMS = "order_without_items";
  public static final String ITEM_OF_UNKNOWN_ORDER = "item_of_unknown_order";
  public static final String REVIEW_OF_UNIMPORTED_ORDER = "review_of_unimported_order";

  /** The contract tables ({@code reviews} null without a reviews file) and the rows left behind. */
  public record Result(Dataset<Row> sellers, Dataset<Row> orders, Dataset<Row> reviews, Dataset<Row> rejected) {}

  private static final String OLIST_ORDER = "_olist_order_id";
  private static final String N_SELLERS = "_n_sellers";

  public static Result convert(OlistFiles.Tables t) {
    List<Dataset<Row>> rejected = new ArrayList<>();
    rejected.add(malformed(t.orders(), OlistCols.Orders.FILE));
    rejected.add(malformed(t.items(), OlistCols.Items.FILE));
    rejected.add(malformed(t.sellers(), OlistCols.Sellers.FILE));
    // The lookup files too: an unreadable customer or product line changes a buyer or a category.
    if (t.customers() != null) {
      rejected.add(malformed(t.customers(), OlistCols.Customers.FILE));
    }
    if (t.products() != null) {
      rejected.add(malformed(t.products(), OlistCols.Products.FILE));
    }
    if (t.categoryNames() != null) {
      rejected.add(malformed(t.categoryNames(), OlistCols.CategoryNames.FILE));
    }

    Dataset<Row> orders = readable(t.orders()).withColumn("_status", status(col(OlistCols.Orders.STATUS)));
    rejected.add(rows(orders.filter(col("_status").isNull()), OlistCols.Orders.FILE,
        concat_ws(" ", col(OlistCols.ORDER_ID), coalesce(col(OlistCols.Orders.STATUS), lit(""))), UNKNOWN_STATUS));

    Dataset<Row> items = readable(t.items());
    rejected.add(rows(items.join(orders, items.col(OlistCols.ORDER_ID).equalTo(orders.col(OlistCols.ORDER_ID)),
            "left_anti"), OlistCols.Items.FILE,
        concat_ws(" ", col(OlistCols.ORDER_ID), col(OlistCols.Items.ITEM_ID)), ITEM_OF_UNKNOWN_ORDER));

    Dataset<Row> parts = sellerParts(items);
    Dataset<Row> known = orders.filter(col("_status").isNotNull());
    rejected.add(rows(known.join(parts, known.col(OlistCols.ORDER_ID).equalTo(parts.col(OLIST_ORDER)), "left_anti"),
        OlistCols.Orders.FILE, col(OlistCols.ORDER_ID), ORDER_WITHOUT_ITEMS));

    Dataset<Row> contractOrders = orders(known, parts, t.customers());
    Dataset<Row> reviews = null;
    if (t.reviews() != null) {
      rejected.add(malformed(t.reviews(), OlistCols.Reviews.FILE));
      Dataset<Row> r = readable(t.reviews());
      Dataset<Row> ids = contractOrders.select(col(OLIST_ORDER), col(Col.ORDER_ID).as("_order"),
          col(Col.SELLER_ID).as("_seller"));
      rejected.add(rows(r.join(ids, r.col(OlistCols.ORDER_ID).equalTo(ids.col(OLIST_ORDER)), "left_anti"),
          OlistCols.Reviews.FILE, concat_ws(" ", col(OlistCols.Reviews.REVIEW_ID), col(OlistCols.ORDER_ID)),
          REVIEW_OF_UNIMPORTED_ORDER));
      reviews = reviews(r.join(ids, r.col(OlistCols.ORDER_ID).equalTo(ids.col(OLIST_ORDER))));
    }
    Dataset<Row> imported = items.join(known, items.col(OlistCols.ORDER_ID).equalTo(known.col(OlistCols.ORDER_ID)),
        "left_semi");
    return new Result(sellers(readable(t.sellers()), imported, t.products(), t.categoryNames()),
        contractOrders.drop(OLIST_ORDER), reviews,
        rejected.stream().reduce(Dataset::unionByName).orElseThrow());
  }

  /**
   * One contract order per Olist order and seller: an Olist order may hold items of several sellers, and each seller
   * answers for its own part. Its amount is what the buyer paid for that part, items and freight.
   */
  static Dataset<Row> sellerParts(Dataset<Row> items) {
    Column paid = trim(col(OlistCols.Items.PRICE)).try_cast(DataTypes.DoubleType)
        .plus(trim(col(OlistCols.Items.FREIGHT)).try_cast(DataTypes.DoubleType));
    return items
        .groupBy(col(OlistCols.ORDER_ID).as(OLIST_ORDER), col(OlistCols.SELLER_ID))
        .agg(sum(paid).as("_paid"), count(paid).as("_priced"), count(lit(1)).as("_items"))
        // An unreadable price leaves the amount empty rather than understating it.
        .withColumn(Col.Orders.AMOUNT, when(col("_priced").equalTo(col("_items")), round(col("_paid"), 2)))
        .withColumn(N_SELLERS, count(lit(1)).over(Window.partitionBy(col(OLIST_ORDER))))
        .drop("_paid", "_priced", "_items");
  }

  static Dataset<Row> orders(Dataset<Row> known, Dataset<Row> parts, Dataset<Row> customers) {
    Dataset<Row> o = known.join(parts, known.col(OlistCols.ORDER_ID).equalTo(parts.col(OLIST_ORDER)));
    Column buyer = col(OlistCols.CUSTOMER_ID);
    if (customers != null) {
      // customer_id is per order in Olist; customer_unique_id is the person, which the buyer floors count.
      Dataset<Row> c = readable(customers)
          .select(col(OlistCols.CUSTOMER_ID).as("_customer"), col(OlistCols.Customers.UNIQUE_ID).as("_person"))
          .dropDuplicates("_customer");
      o = o.join(c, o.col(OlistCols.CUSTOMER_ID).equalTo(c.col("_customer")), "left");
      buyer = coalesce(col("_person"), col(OlistCols.CUSTOMER_ID));
    }
    return o.select(
        when(col(N_SELLERS).equalTo(1), col(OLIST_ORDER))
            .otherwise(concat(col(OLIST_ORDER), lit(":"), parts.col(OlistCols.SELLER_ID))).as(Col.Orders.ORDER_ID),
        parts.col(OlistCols.SELLER_ID).as(Col.Orders.SELLER_ID),
        buyer.as(Col.Orders.BUYER_ID),
        lit(COUNTRY).as(Col.Orders.BUYER_COUNTRY),
        utc(col(OlistCols.Orders.PURCHASED)).as(Col.Orders.ORDER_TS),
        localDate(col(OlistCols.Orders.ESTIMATED)).as(Col.Orders.PROMISED_DELIVERY_DATE),
        utc(col(OlistCols.Orders.DELIVERED)).as(Col.Orders.DELIVERED_TS),
        col("_status").as(Col.Orders.STATUS),
        col(Col.Orders.AMOUNT),
        lit(CURRENCY).as(Col.Orders.CURRENCY),
        col(OLIST_ORDER));
  }

  /**
   * A review of an Olist order is a review of every seller in it. Its id stays Olist's unless that would repeat (an
   * order of several sellers, or one review Olist lists under several orders): then the contract order id is appended.
   */
  static Dataset<Row> reviews(Dataset<Row> joined) {
    Column id = col(OlistCols.Reviews.REVIEW_ID);
    return joined
        .withColumn("_copies", count(lit(1)).over(Window.partitionBy(id)))
        .select(
            when(col("_copies").equalTo(1), id).otherwise(concat(id, lit(":"), col("_order"))).as(Col.Reviews.REVIEW_ID),
            col("_seller").as(Col.Reviews.SELLER_ID),
            col("_order").as(Col.Reviews.ORDER_ID),
            trim(col(OlistCols.Reviews.SCORE)).as(Col.Reviews.RATING),
            // The answer is when the buyer wrote it; the creation date is when Olist sent the survey.
            utc(coalesce(nullIfBlank(col(OlistCols.Reviews.ANSWERED)), col(OlistCols.Reviews.CREATED)))
                .as(Col.Reviews.REVIEW_TS),
            lit(LANGUAGE).as(Col.Reviews.LANGUAGE),
            col(OlistCols.Reviews.TITLE).as(Col.Reviews.TITLE),
            col(OlistCols.Reviews.MESSAGE).as(Col.Reviews.TEXT),
            lit("true").as(Col.Reviews.VERIFIED_PURCHASE));
  }

  /**
   * Every Olist seller; the category is the one most of its imported items are listed in (English when translated),
   * ties going to the first name.
   */
  static Dataset<Row> sellers(Dataset<Row> sellers, Dataset<Row> items, Dataset<Row> products,
      Dataset<Row> categoryNames) {
    Dataset<Row> s = sellers.select(col(OlistCols.SELLER_ID));
    Column category = lit(null).cast(DataTypes.StringType);
    if (products != null) {
      Dataset<Row> p = readable(products).select(col(OlistCols.PRODUCT_ID).as("_product"),
          nullIfBlank(col(OlistCols.Products.CATEGORY)).as("_category"));
      if (categoryNames != null) {
        Dataset<Row> n = readable(categoryNames).select(col(OlistCols.Products.CATEGORY).as("_pt"),
            nullIfBlank(col(OlistCols.CategoryNames.ENGLISH)).as("_en"));
        p = p.join(n, p.col("_category").equalTo(n.col("_pt")), "left")
            .select(col("_product"), coalesce(col("_en"), col("_category")).as("_category"));
      }
      Dataset<Row> counts = items.join(p, items.col(OlistCols.PRODUCT_ID).equalTo(p.col("_product")))
          .filter(col("_category").isNotNull())
          .groupBy(col(OlistCols.SELLER_ID).as("_of"), col("_category")).count();
      Dataset<Row> top = counts
          .withColumn("_rank", row_number().over(
              Window.partitionBy(col("_of")).orderBy(col("count").desc(), col("_category"))))
          .filter(col("_rank").equalTo(1));
      s = s.join(top, s.col(OlistCols.SELLER_ID).equalTo(top.col("_of")), "left");
      category = col("_category");
    }
    return s.select(
        col(OlistCols.SELLER_ID).as(Col.Sellers.SELLER_ID),
        lit(null).cast(DataTypes.StringType).as(Col.Sellers.SELLER_NAME),
        lit(COUNTRY).as(Col.Sellers.COUNTRY),
        category.as(Col.Sellers.CATEGORY),
        lit(null).cast(DataTypes.StringType).as(Col.Sellers.JOINED_DATE));
  }

  /** Olist's statuses on the contract's; null for one the import does not know. */
  static Column status(Column olist) {
    Column s = lower(trim(olist));
    return when(s.equalTo("delivered"), lit("delivered"))
        .when(s.equalTo("shipped"), lit("shipped"))
        // "unavailable": the order could not be fulfilled and was not shipped.
        .when(s.isin("canceled", "cancelled", "unavailable"), lit("cancelled"))
        .when(s.isin("created", "approved", "invoiced", "processing"), lit("placed"));
  }

  /**
   * A local Olist time as an ISO-8601 UTC instant. A text that is not a time is kept as it is, so the job quarantines
   * it as an invalid timestamp with the raw value.
   */
  static Column utc(Column local) {
    Column text = nullIfBlank(local);
    Column wall = text.try_cast(DataTypes.TimestampNTZType);
    Column inUtc = convert_timezone(lit(SOURCE_ZONE), lit("UTC"), wall);
    return when(wall.isNotNull(), date_format(inUtc, "yyyy-MM-dd'T'HH:mm:ss'Z'")).otherwise(text);
  }

  /** The local calendar day of an Olist time (the estimated delivery is a day written as midnight). */
  static Column localDate(Column local) {
    Column text = nullIfBlank(local);
    Column wall = text.try_cast(DataTypes.TimestampNTZType);
    return when(wall.isNotNull(), date_format(wall, "yyyy-MM-dd")).otherwise(text);
  }

  private static Column nullIfBlank(Column c) {
    return when(trim(c).notEqual(""), trim(c));
  }

  private static Dataset<Row> readable(Dataset<Row> d) {
    return d.filter(col(OlistCols.MALFORMED).isNull()).drop(OlistCols.MALFORMED);
  }

  private static Dataset<Row> malformed(Dataset<Row> d, String file) {
    // Spark refuses a scan of raw CSV that reads only the corrupt-record column; naming a data column too (never
    // taken: a malformed row has its raw text) keeps it a plain scan.
    Column raw = coalesce(col(OlistCols.MALFORMED), col(d.columns()[0]));
    return rows(d.filter(col(OlistCols.MALFORMED).isNotNull()), file, substring(raw, 1, 500), MALFORMED_CSV);
  }

  private static Dataset<Row> rows(Dataset<Row> d, String file, Column record, String reason) {
    return d.select(lit(file).as(SOURCE), record.as(RECORD), lit(reason).as(REASON));
  }
}
