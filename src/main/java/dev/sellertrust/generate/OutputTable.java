package dev.sellertrust.generate;

import dev.sellertrust.io.Col.Orders;
import dev.sellertrust.io.Col.Policies;
import dev.sellertrust.io.Col.Returns;
import dev.sellertrust.io.Col.Reviews;
import dev.sellertrust.io.Col.Sellers;
import dev.sellertrust.io.Col.Tickets;

import java.util.List;

/**
 * The six datasets of the input contract, in the column order written. The DDL is the schema used to turn the
 * generated CSV into Parquet (and to read it back); {@code partitionColumn} is the row's primary date, used by
 * --partition-by-date for the tables that {@link #partitionedByDate} says.
 */
public enum OutputTable {
  SELLERS("sellers", Sellers.JOINED_DATE,
      List.of(Sellers.SELLER_ID, Sellers.SELLER_NAME, Sellers.COUNTRY, Sellers.CATEGORY, Sellers.JOINED_DATE),
      "seller_id STRING, seller_name STRING, country STRING, category STRING, joined_date DATE"),
  ORDERS("orders", Orders.ORDER_TS,
      List.of(Orders.ORDER_ID, Orders.SELLER_ID, Orders.BUYER_ID, Orders.BUYER_COUNTRY, Orders.ORDER_TS,
          Orders.PROMISED_DELIVERY_DATE, Orders.DELIVERED_TS, Orders.STATUS, Orders.AMOUNT, Orders.CURRENCY),
      "order_id STRING, seller_id STRING, buyer_id STRING, buyer_country STRING, order_ts TIMESTAMP, "
          + "promised_delivery_date DATE, delivered_ts TIMESTAMP, status STRING, amount DECIMAL(14,2), "
          + "currency STRING"),
  REVIEWS("reviews", Reviews.REVIEW_TS,
      List.of(Reviews.REVIEW_ID, Reviews.SELLER_ID, Reviews.ORDER_ID, Reviews.RATING, Reviews.REVIEW_TS,
          Reviews.LANGUAGE, Reviews.TITLE, Reviews.TEXT, Reviews.VERIFIED_PURCHASE),
      "review_id STRING, seller_id STRING, order_id STRING, rating INT, review_ts TIMESTAMP, language STRING, "
          + "title STRING, text STRING, verified_purchase BOOLEAN"),
  RETURNS("returns", Returns.REQUESTED_TS,
      List.of(Returns.RETURN_ID, Returns.ORDER_ID, Returns.SELLER_ID, Returns.REQUESTED_TS, Returns.REASON,
          Returns.STATUS, Returns.REJECTION_REASON, Returns.RESOLUTION, Returns.FIRST_RESPONSE_TS,
          Returns.RESOLVED_TS, Returns.REFUND_AMOUNT, Returns.BUYER_DISSATISFIED),
      "return_id STRING, order_id STRING, seller_id STRING, requested_ts TIMESTAMP, reason STRING, status STRING, "
          + "rejection_reason STRING, resolution STRING, first_response_ts TIMESTAMP, resolved_ts TIMESTAMP, "
          + "refund_amount DECIMAL(14,2), buyer_dissatisfied BOOLEAN"),
  SERVICE_TICKETS("service_tickets", Tickets.OPENED_TS,
      List.of(Tickets.TICKET_ID, Tickets.SELLER_ID, Tickets.ORDER_ID, Tickets.CHANNEL, Tickets.TOPIC,
          Tickets.OPENED_TS, Tickets.FIRST_RESPONSE_TS, Tickets.RESOLVED_TS, Tickets.AUTO_REPLY, Tickets.SATISFIED,
          Tickets.REOPENED),
      "ticket_id STRING, seller_id STRING, order_id STRING, channel STRING, topic STRING, opened_ts TIMESTAMP, "
          + "first_response_ts TIMESTAMP, resolved_ts TIMESTAMP, auto_reply BOOLEAN, satisfied BOOLEAN, "
          + "reopened BOOLEAN"),
  RETURN_POLICIES("return_policies", Policies.EFFECTIVE_DATE,
      List.of(Policies.SELLER_ID, Policies.MARKET, Policies.LANGUAGE, Policies.EFFECTIVE_DATE, Policies.POLICY_TEXT),
      "seller_id STRING, market STRING, language STRING, effective_date DATE, policy_text STRING");

  public final String fileName;
  public final String partitionColumn;
  public final List<String> columns;
  public final String ddl;

  OutputTable(String fileName, String partitionColumn, List<String> columns, String ddl) {
    this.fileName = fileName;
    this.partitionColumn = partitionColumn;
    this.columns = columns;
    this.ddl = ddl;
  }

  /**
   * Orders and their events go into date folders under --partition-by-date; the reference tables (sellers, policies)
   * stay whole, as docs/INPUT_CONTRACT.md asks. A run reads them in full every day anyway, and a folder per joining
   * day made it open one tiny file per day of the marketplace's history (1,086 for the sellers of a 3-year run).
   */
  public boolean partitionedByDate() {
    return this != SELLERS && this != RETURN_POLICIES;
  }
}
