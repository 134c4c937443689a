package dev.sellertrust.policy;

import static org.apache.spark.sql.functions.*;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

/** Integration stub replaced by the policy branch (same API). */
public final class PolicyClarity {
  private PolicyClarity() {}

  public static final StructType OUTPUT_SCHEMA =
      StructType.fromDDL("seller_id string, market string, language string, language_detected boolean, "
          + "effective_date date, return_window_days int, window_starts_from string, refund_to_original_payment boolean, "
          + "store_credit string, refund_timeline_days int, return_shipping_paid_by string, restocking_fee boolean, "
          + "restocking_fee_percent double, exchange_offered boolean, replacement_or_repair_for_defective boolean, "
          + "conditions_stated boolean, non_returnable_listed boolean, proof_of_purchase_required boolean, "
          + "procedure_stated boolean, contact_channel_given boolean, international_returns_mentioned boolean, "
          + "discretionary_language boolean, readability double, readability_formula string, clarity_score double, "
          + "missing_facts array<string>, compliance_flags array<string>, "
          + "evidence array<struct<fact:string,snippet:string,start:int,end:int>>, policy_chars int");

  public static Dataset<Row> analyze(Dataset<Row> policies) {
    return policies.select(col("seller_id"), col("market"), col("language"), lit(false).as("language_detected"),
        col("effective_date"), lit(null).cast("int").as("return_window_days"), lit(null).cast("string").as("window_starts_from"),
        lit(null).cast("boolean").as("refund_to_original_payment"), lit(null).cast("string").as("store_credit"),
        lit(null).cast("int").as("refund_timeline_days"), lit(null).cast("string").as("return_shipping_paid_by"),
        lit(null).cast("boolean").as("restocking_fee"), lit(null).cast("double").as("restocking_fee_percent"),
        lit(null).cast("boolean").as("exchange_offered"), lit(null).cast("boolean").as("replacement_or_repair_for_defective"),
        lit(null).cast("boolean").as("conditions_stated"), lit(null).cast("boolean").as("non_returnable_listed"),
        lit(null).cast("boolean").as("proof_of_purchase_required"), lit(null).cast("boolean").as("procedure_stated"),
        lit(null).cast("boolean").as("contact_channel_given"), lit(null).cast("boolean").as("international_returns_mentioned"),
        lit(null).cast("boolean").as("discretionary_language"), lit(50.0).as("readability"), lit("stub").as("readability_formula"),
        lit(50.0).as("clarity_score"), array().cast("array<string>").as("missing_facts"),
        array().cast("array<string>").as("compliance_flags"),
        array().cast("array<struct<fact:string,snippet:string,start:int,end:int>>").as("evidence"),
        length(col("policy_text")).as("policy_chars"));
  }
}
