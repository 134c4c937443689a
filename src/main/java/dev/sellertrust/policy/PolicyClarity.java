package dev.sellertrust.policy;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.udf;

import dev.sellertrust.io.Col;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Return-policy analysis as a transform: {@code return_policies} rows in, one row of extracted facts, clarity
 * score and compliance flags per policy out ({@link #OUTPUT_SCHEMA}). The policy text itself is not carried over,
 * only evidence snippets of at most 200 characters.
 *
 * <p>The extraction is regular-expression work that Catalyst cannot express, so it runs in a UDF, once per distinct
 * (text, language, market): sellers often publish the same text (a marketplace template, a copied policy), and the
 * extraction costs about half a millisecond a text, the biggest single cost of a run with many sellers (45% of the
 * CPU samples at 600k sellers before this). The UDF holds no state: the extractor's patterns are static and built on
 * each executor on first use.
 */
public final class PolicyClarity {
  private PolicyClarity() {}

  public static final StructType EVIDENCE_TYPE = new StructType()
      .add("fact", DataTypes.StringType)
      .add("snippet", DataTypes.StringType)
      .add("start", DataTypes.IntegerType)
      .add("end", DataTypes.IntegerType);

  /** The output columns that pass through from the input unchanged. */
  private static final Set<String> PASS_THROUGH = Set.of(
      Col.Policies.SELLER_ID, Col.Policies.MARKET, Col.Policies.EFFECTIVE_DATE);

  public static final StructType OUTPUT_SCHEMA = new StructType()
      .add(Col.Policies.SELLER_ID, DataTypes.StringType)
      .add(Col.Policies.MARKET, DataTypes.StringType)
      .add("language", DataTypes.StringType)
      .add("language_detected", DataTypes.BooleanType)
      .add(Col.Policies.EFFECTIVE_DATE, DataTypes.DateType)
      .add("return_window_days", DataTypes.IntegerType)
      .add("window_starts_from", DataTypes.StringType)
      .add("refund_to_original_payment", DataTypes.BooleanType)
      .add("store_credit", DataTypes.StringType)
      .add("refund_timeline_days", DataTypes.IntegerType)
      .add("return_shipping_paid_by", DataTypes.StringType)
      .add("restocking_fee", DataTypes.BooleanType)
      .add("restocking_fee_percent", DataTypes.DoubleType)
      .add("exchange_offered", DataTypes.BooleanType)
      .add("replacement_or_repair_for_defective", DataTypes.BooleanType)
      .add("conditions_stated", DataTypes.BooleanType)
      .add("non_returnable_listed", DataTypes.BooleanType)
      .add("proof_of_purchase_required", DataTypes.BooleanType)
      .add("procedure_stated", DataTypes.BooleanType)
      .add("contact_channel_given", DataTypes.BooleanType)
      .add("international_returns_mentioned", DataTypes.BooleanType)
      .add("discretionary_language", DataTypes.BooleanType)
      .add("readability", DataTypes.DoubleType)
      .add("readability_formula", DataTypes.StringType)
      .add("clarity_score", DataTypes.DoubleType)
      .add("missing_facts", DataTypes.createArrayType(DataTypes.StringType))
      .add("compliance_flags", DataTypes.createArrayType(DataTypes.StringType))
      .add("evidence", DataTypes.createArrayType(EVIDENCE_TYPE))
      .add("policy_chars", DataTypes.IntegerType)
      .add("text_repairs", DataTypes.IntegerType);

  /** What the UDF computes: every output column except the pass-through ones, in output order. */
  private static final StructType ANALYSIS_TYPE = new StructType(Arrays.stream(OUTPUT_SCHEMA.fields())
      .filter(f -> !PASS_THROUGH.contains(f.name()))
      .toArray(StructField[]::new));

  private static final String ANALYSIS = "_policy_analysis";
  private static final String DIGEST = "_text_sha256";
  private static final String ANALYSED_DIGEST = "_analysed_text_sha256";
  private static final String KEY_LANGUAGE = "_key_language";
  private static final String KEY_MARKET = "_key_market";

  public static Dataset<Row> analyze(Dataset<Row> policies) {
    UserDefinedFunction analyse = udf((UDF3<String, String, String, Row>) PolicyClarity::analyseRow, ANALYSIS_TYPE);
    // The digest stands for the text in the shuffle and the join back, so texts travel once, to the analysis.
    Dataset<Row> keyed = policies.withColumn(DIGEST, sha2(col(Col.Policies.POLICY_TEXT), 256));
    Dataset<Row> analysed = keyed
        .groupBy(col(DIGEST), col(Col.Policies.LANGUAGE).as(KEY_LANGUAGE), col(Col.Policies.MARKET).as(KEY_MARKET))
        .agg(first(col(Col.Policies.POLICY_TEXT)).as(Col.Policies.POLICY_TEXT))
        .select(col(DIGEST).as(ANALYSED_DIGEST), col(KEY_LANGUAGE), col(KEY_MARKET),
            analyse.apply(col(Col.Policies.POLICY_TEXT), col(KEY_LANGUAGE), col(KEY_MARKET)).as(ANALYSIS));
    Dataset<Row> withAnalysis = keyed.drop(Col.Policies.POLICY_TEXT).join(analysed,
        col(DIGEST).eqNullSafe(col(ANALYSED_DIGEST))
            .and(col(Col.Policies.LANGUAGE).eqNullSafe(col(KEY_LANGUAGE)))
            .and(col(Col.Policies.MARKET).eqNullSafe(col(KEY_MARKET))),
        "left");
    List<Column> out = new ArrayList<>();
    for (StructField f : OUTPUT_SCHEMA.fields()) {
      out.add(PASS_THROUGH.contains(f.name())
          ? col(f.name()).cast(f.dataType()).as(f.name())
          : col(ANALYSIS + "." + f.name()).as(f.name()));
    }
    return withAnalysis.select(out.toArray(Column[]::new));
  }

  private static Row analyseRow(String text, String language, String market) {
    PolicyFacts f = PolicyExtractor.extract(text, language);
    List<Row> evidence = new ArrayList<>();
    for (Evidence e : f.evidence()) {
      evidence.add(RowFactory.create(e.fact(), e.snippet(), e.start(), e.end()));
    }
    return RowFactory.create(f.language(), f.languageDetected(), f.returnWindowDays(), f.windowStartsFrom(),
        f.refundToOriginalPayment(), f.storeCredit(), f.refundTimelineDays(), f.returnShippingPaidBy(),
        f.restockingFee(), f.restockingFeePercent(), f.exchangeOffered(), f.replacementOrRepairForDefective(),
        f.conditionsStated(), f.nonReturnableListed(), f.proofOfPurchaseRequired(), f.procedureStated(),
        f.contactChannelGiven(), f.internationalReturnsMentioned(), f.discretionaryLanguage(), f.readability(),
        f.readabilityFormula(), f.clarityScore(), f.missingFacts(), PolicyCompliance.flags(f, market), evidence,
        text == null ? null : text.length(), text == null ? null : f.textRepairs());
  }
}
