package dev.sellertrust.olist;

import java.util.List;

/**
 * File and column names of the public Brazilian E-Commerce dataset by Olist (Kaggle "olistbr/brazilian-ecommerce"),
 * as published. Only the columns the import reads are named.
 */
final class OlistCols {
  private OlistCols() {}

  /** Column of the raw text of a line the CSV parser could not read: the job's own reader's. */
  static final String MALFORMED = dev.sellertrust.io.DatasetReader.MALFORMED;

  static final String ORDER_ID = "order_id";
  static final String SELLER_ID = "seller_id";
  static final String CUSTOMER_ID = "customer_id";
  static final String PRODUCT_ID = "product_id";

  static final class Orders {
    static final String FILE = "olist_orders_dataset.csv";
    static final String STATUS = "order_status";
    static final String PURCHASED = "order_purchase_timestamp";
    static final String DELIVERED = "order_delivered_customer_date";
    static final String ESTIMATED = "order_estimated_delivery_date";
    static final List<String> REQUIRED = List.of(ORDER_ID, CUSTOMER_ID, STATUS, PURCHASED, DELIVERED, ESTIMATED);
    private Orders() {}
  }

  static final class Items {
    static final String FILE = "olist_order_items_dataset.csv";
    static final String ITEM_ID = "order_item_id";
    static final String PRICE = "price";
    static final String FREIGHT = "freight_value";
    static final List<String> REQUIRED = List.of(ORDER_ID, ITEM_ID, PRODUCT_ID, SELLER_ID, PRICE, FREIGHT);
    private Items() {}
  }

  static final class Sellers {
    static final String FILE = "olist_sellers_dataset.csv";
    static final List<String> REQUIRED = List.of(SELLER_ID);
    private Sellers() {}
  }

  static final class Reviews {
    static final String FILE = "olist_order_reviews_dataset.csv";
    static final String REVIEW_ID = "review_id";
    static final String SCORE = "review_score";
    static final String TITLE = "review_comment_title";
    static final String MESSAGE = "review_comment_message";
    static final String CREATED = "review_creation_date";
    static final String ANSWERED = "review_answer_timestamp";
    static final List<String> REQUIRED = List.of(REVIEW_ID, ORDER_ID, SCORE, TITLE, MESSAGE, CREATED, ANSWERED);
    private Reviews() {}
  }

  static final class Customers {
    static final String FILE = "olist_customers_dataset.csv";
    static final String UNIQUE_ID = "customer_unique_id";
    static final List<String> REQUIRED = List.of(CUSTOMER_ID, UNIQUE_ID);
    private Customers() {}
  }

  static final class Products {
    static final String FILE = "olist_products_dataset.csv";
    static final String CATEGORY = "product_category_name";
    static final List<String> REQUIRED = List.of(PRODUCT_ID, CATEGORY);
    private Products() {}
  }

  static final class CategoryNames {
    static final String FILE = "product_category_name_translation.csv";
    static final String ENGLISH = "product_category_name_english";
    static final List<String> REQUIRED = List.of(Products.CATEGORY, ENGLISH);
    private CategoryNames() {}
  }
}
