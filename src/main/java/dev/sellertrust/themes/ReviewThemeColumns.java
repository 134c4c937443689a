package dev.sellertrust.themes;

import static org.apache.spark.sql.functions.*;

import dev.sellertrust.io.Col;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF4;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;

/**
 * Review themes as Spark columns and tables: a UDF runs {@link ReviewThemeExtractor} on each review (title and text,
 * declared language, rating). Rules have no Catalyst equivalent, so a UDF it is; the extractor is a per-JVM
 * singleton, so nothing but the four input values crosses to the executors.
 */
public final class ReviewThemeColumns {
  private ReviewThemeColumns() {}

  public static final String THEME = "theme";
  public static final String LANGUAGE = "language";
  public static final String SNIPPET = "snippet";
  /** Review facts: whether the review has any text to read themes from. */
  public static final String HAS_TEXT = "has_text";

  private static final DataType HIT = DataTypes.createStructType(List.of(
      DataTypes.createStructField(THEME, DataTypes.StringType, false),
      DataTypes.createStructField(LANGUAGE, DataTypes.StringType, false),
      DataTypes.createStructField(SNIPPET, DataTypes.StringType, false)));

  private static final UserDefinedFunction EXTRACT = udf(
      (UDF4<String, String, String, Integer, List<Row>>) ReviewThemeColumns::hits,
      DataTypes.createArrayType(HIT, false)).asNonNullable();

  private static List<Row> hits(String title, String text, String language, Integer rating) {
    String full = title == null || title.isBlank() ? text : text == null || text.isBlank() ? title : title + ". " + text;
    List<Row> out = new ArrayList<>(2);
    for (ThemeHit h : ReviewThemeExtractor.get().extract(full, language, rating)) {
      out.add(RowFactory.create(h.theme().id(), h.language(), h.snippet()));
    }
    return out;
  }

  /** Boolean column per theme: {@code theme_<id>}. */
  public static String flag(Theme t) {
    return "theme_" + t.id();
  }

  private static Column col0(Dataset<Row> reviews, String name) {
    return java.util.Arrays.asList(reviews.columns()).contains(name) ? col(name) : lit(null).cast("string");
  }

  /** Reviews read once by the extractor carry its hits in this column ({@link #withHits}). */
  public static final String HITS = "theme_hits";

  /**
   * The extractor's hits of every review, as an array column (title, text and language may be absent): the
   * {@link #HITS} column where the reviews carry it, else the extractor run on them.
   */
  public static Column hits(Dataset<Row> reviews) {
    if (java.util.Arrays.asList(reviews.columns()).contains(HITS)) {
      return col(HITS);
    }
    return EXTRACT.apply(col0(reviews, Col.Reviews.TITLE), col0(reviews, Col.Reviews.TEXT),
        col0(reviews, Col.Reviews.LANGUAGE), col(Col.Reviews.RATING).cast("int"));
  }

  /**
   * {@code reviews} with their hits as the {@link #HITS} column, so that every later reader of the same rows (the
   * integrity checks, the review facts, the review_themes table) shares one run of the extractor once the rows are
   * materialised.
   */
  public static Dataset<Row> withHits(Dataset<Row> reviews) {
    return reviews.withColumn(HITS, hits(reviews));
  }

  /** Whether a review has any title or text to read themes from (either may be absent). */
  public static Column hasText(Dataset<Row> reviews) {
    Column title = col0(reviews, Col.Reviews.TITLE);
    Column text = col0(reviews, Col.Reviews.TEXT);
    return coalesce(length(trim(text)), lit(0)).plus(coalesce(length(trim(title)), lit(0))).gt(0);
  }

  /** {@code reviews} with {@link #HAS_TEXT} and one boolean {@link #flag} per theme. */
  public static Dataset<Row> withFlags(Dataset<Row> reviews) {
    String tmp = "_theme_hits";
    Dataset<Row> withHits = reviews.withColumn(tmp, hits(reviews).getField(THEME));
    withHits = withHits.withColumn(HAS_TEXT, hasText(reviews));
    for (Theme t : Theme.values()) {
      withHits = withHits.withColumn(flag(t), array_contains(col(tmp), t.id()));
    }
    return withHits.drop(tmp);
  }

  /**
   * The {@code review_themes} table: one row per review and theme with the evidence snippet, never the review text.
   */
  public static Dataset<Row> table(Dataset<Row> reviews) {
    return reviews
        .select(col(Col.Reviews.REVIEW_ID), col(Col.Reviews.SELLER_ID), explode(hits(reviews)).as("_h"))
        .select(col(Col.Reviews.REVIEW_ID), col(Col.Reviews.SELLER_ID), col("_h." + THEME).as(THEME),
            col("_h." + LANGUAGE).as(LANGUAGE), col("_h." + SNIPPET).as(SNIPPET));
  }
}
