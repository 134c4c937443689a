package dev.sellertrust.io;

/**
 * Column names of the input contract (docs/INPUT_CONTRACT.md), one nested class per dataset.
 * Inputs are matched case-insensitively; after reading, every dataset carries exactly these lower-case names.
 */
public final class Col {
  private Col() {}

  public static final String SELLER_ID = "seller_id";
  public static final String ORDER_ID = "order_id";

  public static final class Sellers {
    public static final String SELLER_ID = Col.SELLER_ID;
    public static final String SELLER_NAME = "seller_name";
    public static final String COUNTRY = "country";
    public static final String CATEGORY = "category";
    public static final String JOINED_DATE = "joined_date";
    private Sellers() {}
  }

  public static final class Orders {
    public static final String ORDER_ID = Col.ORDER_ID;
    public static final String SELLER_ID = Col.SELLER_ID;
    public static final String BUYER_ID = "buyer_id";
    public static final String BUYER_COUNTRY = "buyer_country";
    public static final String ORDER_TS = "order_ts";
    public static final String PROMISED_DELIVERY_DATE = "promised_delivery_date";
    public static final String DELIVERED_TS = "delivered_ts";
    public static final String STATUS = "status";
    public static final String AMOUNT = "amount";
    public static final String CURRENCY = "currency";
    private Orders() {}
  }

  public static final class Reviews {
    public static final String REVIEW_ID = "review_id";
    public static final String SELLER_ID = Col.SELLER_ID;
    public static final String ORDER_ID = Col.ORDER_ID;
    public static final String RATING = "rating";
    public static final String REVIEW_TS = "review_ts";
    public static final String LANGUAGE = "language";
    public static final String TITLE = "title";
    public static final String TEXT = "text";
    public static final String VERIFIED_PURCHASE = "verified_purchase";
    private Reviews() {}
  }

  public static final class Returns {
    public static final String RETURN_ID = "return_id";
    public static final String ORDER_ID = Col.ORDER_ID;
    public static final String SELLER_ID = Col.SELLER_ID;
    public static final String REQUESTED_TS = "requested_ts";
    public static final String REASON = "reason";
    public static final String STATUS = "status";
    public static final String REJECTION_REASON = "rejection_reason";
    public static final String RESOLUTION = "resolution";
    public static final String FIRST_RESPONSE_TS = "first_response_ts";
    public static final String RESOLVED_TS = "resolved_ts";
    public static final String REFUND_AMOUNT = "refund_amount";
    public static final String BUYER_DISSATISFIED = "buyer_dissatisfied";
    private Returns() {}
  }

  public static final class Tickets {
    public static final String TICKET_ID = "ticket_id";
    public static final String SELLER_ID = Col.SELLER_ID;
    public static final String ORDER_ID = Col.ORDER_ID;
    public static final String CHANNEL = "channel";
    public static final String TOPIC = "topic";
    public static final String OPENED_TS = "opened_ts";
    public static final String FIRST_RESPONSE_TS = "first_response_ts";
    public static final String RESOLVED_TS = "resolved_ts";
    public static final String AUTO_REPLY = "auto_reply";
    public static final String SATISFIED = "satisfied";
    public static final String REOPENED = "reopened";
    private Tickets() {}
  }

  public static final class Policies {
    public static final String SELLER_ID = Col.SELLER_ID;
    public static final String MARKET = "market";
    public static final String LANGUAGE = "language";
    public static final String EFFECTIVE_DATE = "effective_date";
    public static final String POLICY_TEXT = "policy_text";
    private Policies() {}
  }
}
