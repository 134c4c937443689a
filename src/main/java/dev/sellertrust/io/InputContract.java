package dev.sellertrust.io;

import static dev.sellertrust.io.FieldSpec.optional;
import static dev.sellertrust.io.FieldSpec.optionalEnum;
import static dev.sellertrust.io.FieldSpec.required;
import static dev.sellertrust.io.FieldSpec.requiredEnum;
import static dev.sellertrust.io.FieldType.*;

import java.util.List;

/** The input contract of docs/INPUT_CONTRACT.md, as code. */
public final class InputContract {
  private InputContract() {}

  public static final DatasetSpec SELLERS =
      new DatasetSpec(
          "sellers", true, Col.Sellers.SELLER_ID, null,
          List.of(
              required(Col.Sellers.SELLER_ID, ID),
              optional(Col.Sellers.SELLER_NAME, TEXT),
              required(Col.Sellers.COUNTRY, COUNTRY),
              optional(Col.Sellers.CATEGORY, TEXT),
              optional(Col.Sellers.JOINED_DATE, DATE)));

  public static final DatasetSpec ORDERS =
      new DatasetSpec(
          "orders", true, Col.Orders.ORDER_ID, Col.Orders.ORDER_TS,
          List.of(
              required(Col.Orders.ORDER_ID, ID),
              required(Col.Orders.SELLER_ID, ID),
              optional(Col.Orders.BUYER_ID, ID),
              required(Col.Orders.BUYER_COUNTRY, COUNTRY),
              required(Col.Orders.ORDER_TS, TIMESTAMP),
              optional(Col.Orders.PROMISED_DELIVERY_DATE, DATE),
              optional(Col.Orders.DELIVERED_TS, TIMESTAMP),
              requiredEnum(Col.Orders.STATUS, "placed", "shipped", "delivered", "cancelled", "undelivered"),
              optional(Col.Orders.AMOUNT, DECIMAL),
              optional(Col.Orders.CURRENCY, CURRENCY)));

  public static final DatasetSpec REVIEWS =
      new DatasetSpec(
          "reviews", false, Col.Reviews.REVIEW_ID, Col.Reviews.REVIEW_TS,
          List.of(
              required(Col.Reviews.REVIEW_ID, ID),
              required(Col.Reviews.SELLER_ID, ID),
              optional(Col.Reviews.ORDER_ID, ID),
              required(Col.Reviews.RATING, INTEGER),
              required(Col.Reviews.REVIEW_TS, TIMESTAMP),
              optional(Col.Reviews.LANGUAGE, LANGUAGE),
              optional(Col.Reviews.TITLE, TEXT),
              optional(Col.Reviews.TEXT, TEXT),
              optional(Col.Reviews.VERIFIED_PURCHASE, BOOLEAN)));

  public static final DatasetSpec RETURNS =
      new DatasetSpec(
          "returns", false, Col.Returns.RETURN_ID, Col.Returns.REQUESTED_TS,
          List.of(
              required(Col.Returns.RETURN_ID, ID),
              required(Col.Returns.ORDER_ID, ID),
              required(Col.Returns.SELLER_ID, ID),
              required(Col.Returns.REQUESTED_TS, TIMESTAMP),
              requiredEnum(Col.Returns.REASON,
                  "defective", "not_as_described", "wrong_item", "damaged_in_transit", "late_delivery",
                  "changed_mind", "other"),
              requiredEnum(Col.Returns.STATUS, "requested", "approved", "rejected", "received", "refunded", "closed"),
              optionalEnum(Col.Returns.REJECTION_REASON, "outside_window", "condition", "non_returnable", "other"),
              optionalEnum(Col.Returns.RESOLUTION,
                  "refund", "partial_refund", "exchange", "replacement", "repair", "store_credit", "none"),
              optional(Col.Returns.FIRST_RESPONSE_TS, TIMESTAMP),
              optional(Col.Returns.RESOLVED_TS, TIMESTAMP),
              optional(Col.Returns.REFUND_AMOUNT, DECIMAL),
              optional(Col.Returns.BUYER_DISSATISFIED, BOOLEAN)));

  public static final DatasetSpec SERVICE_TICKETS =
      new DatasetSpec(
          "service_tickets", false, Col.Tickets.TICKET_ID, Col.Tickets.OPENED_TS,
          List.of(
              required(Col.Tickets.TICKET_ID, ID),
              required(Col.Tickets.SELLER_ID, ID),
              optional(Col.Tickets.ORDER_ID, ID),
              optionalEnum(Col.Tickets.CHANNEL, "email", "chat", "phone", "platform_message"),
              optionalEnum(Col.Tickets.TOPIC, "return", "delivery", "product", "refund", "other"),
              required(Col.Tickets.OPENED_TS, TIMESTAMP),
              optional(Col.Tickets.FIRST_RESPONSE_TS, TIMESTAMP),
              optional(Col.Tickets.RESOLVED_TS, TIMESTAMP),
              optional(Col.Tickets.AUTO_REPLY, BOOLEAN),
              optional(Col.Tickets.SATISFIED, BOOLEAN),
              optional(Col.Tickets.REOPENED, BOOLEAN)));

  public static final DatasetSpec RETURN_POLICIES =
      new DatasetSpec(
          "return_policies", false, null, null,
          List.of(
              required(Col.Policies.SELLER_ID, ID),
              optional(Col.Policies.MARKET, MARKET),
              required(Col.Policies.LANGUAGE, LANGUAGE),
              optional(Col.Policies.EFFECTIVE_DATE, DATE),
              required(Col.Policies.POLICY_TEXT, TEXT)));

  public static final List<DatasetSpec> ALL =
      List.of(SELLERS, ORDERS, REVIEWS, RETURNS, SERVICE_TICKETS, RETURN_POLICIES);

  public static DatasetSpec byName(String name) {
    return ALL.stream()
        .filter(d -> d.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no dataset " + name));
  }
}
