package dev.sellertrust.quality;

import static org.apache.spark.sql.functions.*;

import dev.sellertrust.io.Col;
import dev.sellertrust.io.DatasetReader;
import dev.sellertrust.io.DatasetSpec;
import dev.sellertrust.io.FieldSpec;
import dev.sellertrust.io.FieldType;
import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;

/**
 * Row-level rules: types, required values, enums and ISO codes, ranges, durations, dates after the snapshot.
 * Output: the contract columns typed, {@link #REASONS} (empty when the row is valid), {@link #RAW_SOURCE} and the
 * source file. One projection, no shuffle: every rule is a column expression.
 *
 * <p>The quarantine's raw record ({@link #RAW}) is built by {@link #withRawRecord} once every rule has run, and only
 * for rejected rows: building a JSON string for each of millions of accepted rows, and carrying it through the
 * checkpoint, was a large share of the input stage's work. {@link #RAW_SOURCE} keeps what that JSON needs and the
 * typed values cannot give back: the text as read where it differs from the typed value (mostly nulls for Parquet).
 */
public final class RowRules {
  public static final String REASONS = "_reasons";
  public static final String RAW = "_raw";
  /** Per field, the value as read when the typed value cannot give it back (else null), plus the malformed text. */
  public static final String RAW_SOURCE = "_raw_source";
  public static final String BUYER_KEY = "buyer_key";
  /** Physical lines of a malformed record (1 for a normal line); only read when a quote was left open. */
  public static final String RAW_LINES = "_raw_lines";
  /** Free text written by buyers: never copied into the quarantine (length only), like buyer ids. */
  static final java.util.Set<String> BUYER_TEXT = java.util.Set.of("reviews." + Col.Reviews.TITLE, "reviews." + Col.Reviews.TEXT);

  private RowRules() {}

  public static Dataset<Row> check(Dataset<Row> raw, DatasetSpec spec, ValidationContext ctx) {
    List<Column> typed = new ArrayList<>();
    List<Column> reasons = new ArrayList<>();
    Column malformed = col(DatasetReader.MALFORMED).isNotNull();
    Column m = col(DatasetReader.MALFORMED);
    Column quotes = length(m).minus(length(regexp_replace(m, "\"", "")));
    reasons.add(when(malformed, when(m.contains("\n").and(quotes.mod(2).equalTo(1)), lit(Reasons.UNCLOSED_QUOTE))
        .otherwise(lit(Reasons.MALFORMED_ROW))));
    List<Column> textCols = new ArrayList<>();
    List<Column> rawSource = new ArrayList<>();

    for (FieldSpec f : spec.fields()) {
      DataType srcType = raw.schema().apply(f.name()).dataType();
      Column src = col(f.name());
      boolean stringSource = srcType.equals(DataTypes.StringType);
      Column s = stringSource ? nullif(trim(src), lit("")) : src;
      Column value = typedValue(f, s, stringSource);
      rawSource.add(rawSourceValue(spec, f, src, srcType, value, ctx).as(f.name()));
      // Buyer ids leave this step only as keyed pseudonyms.
      typed.add(f.name().equals(Col.Orders.BUYER_ID) ? buyerKey(value, ctx.buyerKey()).as(BUYER_KEY) : value.as(f.name()));
      if (stringSource) {
        textCols.add(src);
      }
      if (f.required()) {
        reasons.add(when(not(malformed).and(s.isNull()), lit(Reasons.MISSING_REQUIRED + ":" + f.name())));
      }
      reasons.add(when(s.isNotNull().and(value.isNull()), lit(invalidCode(f.type()) + ":" + f.name())));
      if (f.type() == FieldType.TEXT && stringSource) {
        reasons.add(when(length(src).gt(ctx.maxChars(spec.name(), f.name())), lit(Reasons.VALUE_TOO_LONG + ":" + f.name())));
      }
    }

    if (!textCols.isEmpty()) {
      // Spark decodes invalid UTF-8 bytes to U+FFFD: the only trace that the file was not valid UTF-8.
      Column anyReplacement = lit(false);
      for (Column c : textCols) {
        anyReplacement = anyReplacement.or(coalesce(c.contains("\uFFFD"), lit(false)));
      }
      reasons.add(0, when(anyReplacement.or(coalesce(col(DatasetReader.MALFORMED).contains("\uFFFD"), lit(false))),
          lit(Reasons.INVALID_UTF8)));
    }

    rawSource.add(col(DatasetReader.MALFORMED).as(DatasetReader.MALFORMED));
    Dataset<Row> withTyped =
        raw.select(
            concatAll(typed, col(DatasetReader.MALFORMED), col(DatasetReader.SOURCE_FILE),
                struct(rawSource.toArray(new Column[0])).as(RAW_SOURCE),
                when(m.isNotNull(), size(split(m, "\n"))).otherwise(lit(1)).as(RAW_LINES), array_compact(array(reasons.toArray(new Column[0]))).as(REASONS)));
    return withTyped
        .withColumn(REASONS, concat(col(REASONS), array_compact(array(semanticRules(spec, ctx).toArray(new Column[0])))))
        .drop(DatasetReader.MALFORMED);
  }

  private static boolean buyerText(DatasetSpec spec, FieldSpec f) {
    return BUYER_TEXT.contains(spec.name() + "." + f.name());
  }

  private static Column[] concatAll(List<Column> typed, Column... more) {
    List<Column> all = new ArrayList<>(typed);
    all.addAll(List.of(more));
    return all.toArray(new Column[0]);
  }

  /** Rules over typed values; they only fire when the values involved were valid. */
  private static List<Column> semanticRules(DatasetSpec spec, ValidationContext ctx) {
    List<Column> rules = new ArrayList<>();
    Timestamp end = Timestamp.from(ctx.snapshotDate().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    // Only the row's own creation after the snapshot makes it "not yet there". A later stamp on an earlier row (a
    // delivery, reply or refund after the snapshot day) is what a rerun of a past day, or a run started after midnight,
    // sees: the row is kept and the metrics treat the stamp as not yet happened (MetricParams#asOfEnd). Quarantining
    // it dropped the whole order, return or contact from that snapshot, and from every state continued from it once
    // the order had settled (docs/INCREMENTAL.md).
    if (spec.eventTsColumn() != null) {
      rules.add(when(col(spec.eventTsColumn()).geq(lit(end)), lit(Reasons.AFTER_SNAPSHOT + ":" + spec.eventTsColumn())));
    }
    for (FieldSpec f : spec.fields()) {
      if (f.type() == FieldType.DECIMAL) {
        rules.add(when(col(f.name()).lt(0).or(col(f.name()).gt(ctx.maxAmount())).or(isnan(col(f.name()))),
            lit(Reasons.OUT_OF_RANGE + ":" + f.name())));
      }
    }
    switch (spec.name()) {
      case "sellers" -> rules.add(after(Col.Sellers.JOINED_DATE, lit(java.sql.Date.valueOf(ctx.snapshotDate()))));
      case "orders" -> rules.add(negative(Col.Orders.ORDER_TS, Col.Orders.DELIVERED_TS));
      case "reviews" -> rules.add(
          when(not(col(Col.Reviews.RATING).between(1, 5)), lit(Reasons.OUT_OF_RANGE + ":" + Col.Reviews.RATING)));
      case "returns" -> {
        rules.add(negative(Col.Returns.REQUESTED_TS, Col.Returns.FIRST_RESPONSE_TS));
        rules.add(negative(Col.Returns.REQUESTED_TS, Col.Returns.RESOLVED_TS));
      }
      case "service_tickets" -> {
        rules.add(negative(Col.Tickets.OPENED_TS, Col.Tickets.FIRST_RESPONSE_TS));
        rules.add(negative(Col.Tickets.OPENED_TS, Col.Tickets.RESOLVED_TS));
      }
      default -> { }
    }
    return rules;
  }

  private static Column after(String dateCol, Column limit) {
    return when(col(dateCol).gt(limit), lit(Reasons.AFTER_SNAPSHOT + ":" + dateCol));
  }

  private static Column negative(String startCol, String endCol) {
    return when(col(endCol).lt(col(startCol)), lit(Reasons.NEGATIVE_DURATION + ":" + endCol));
  }

  private static Column typedValue(FieldSpec f, Column s, boolean stringSource) {
    Column asString = stringSource ? s : s.cast(DataTypes.StringType);
    return switch (f.type()) {
      case ID, TEXT -> asString;
      case TIMESTAMP -> s.try_cast(DataTypes.TimestampType);
      case DATE -> s.try_cast(DataTypes.DateType);
      case INTEGER -> integerValue(s, stringSource);
      case DECIMAL -> s.try_cast(DataTypes.DoubleType);
      case BOOLEAN -> s.try_cast(DataTypes.BooleanType);
      case COUNTRY -> member(upper(asString), IsoCodes.COUNTRIES);
      case MARKET -> when(asString.equalTo("*"), lit("*")).otherwise(member(upper(asString), IsoCodes.COUNTRIES));
      case LANGUAGE -> member(lower(asString), IsoCodes.LANGUAGES);
      case CURRENCY -> member(upper(asString), IsoCodes.CURRENCIES);
      case ENUM -> member(lower(asString), f.allowed());
    };
  }

  /** "4" and "4.0" are the integer 4; "4.5" and "five" are not integers. */
  private static Column integerValue(Column s, boolean stringSource) {
    Column d = s.try_cast(DataTypes.DoubleType);
    return when(d.isNotNull().and(d.equalTo(floor(d))).and(abs(d).lt(2_147_483_647d)), d.cast(DataTypes.IntegerType));
  }

  private static Column member(Column v, List<String> allowed) {
    return when(v.isin(allowed.toArray()), v);
  }

  private static String invalidCode(FieldType t) {
    return switch (t) {
      case TIMESTAMP -> Reasons.INVALID_TIMESTAMP;
      case DATE -> Reasons.INVALID_DATE;
      case INTEGER -> Reasons.INVALID_INTEGER;
      case DECIMAL -> Reasons.INVALID_NUMBER;
      case BOOLEAN -> Reasons.INVALID_BOOLEAN;
      case COUNTRY -> Reasons.INVALID_COUNTRY;
      case MARKET -> Reasons.INVALID_MARKET;
      case LANGUAGE -> Reasons.INVALID_LANGUAGE;
      case CURRENCY -> Reasons.INVALID_CURRENCY;
      case ENUM -> Reasons.INVALID_ENUM;
      case ID, TEXT -> "invalid_value";
    };
  }

  /**
   * What {@link #rawRecord} needs of one field beyond its typed value: the text as read (cast to a string) where the
   * typed value cannot give it back, else null. Parquet columns of the contract's type come back unchanged (nothing
   * kept unless the value was rejected); identifiers and codes read as text are kept only when trimming or case
   * changed them; timestamps, dates and numbers read as text are kept as they are (their text never round-trips).
   * Buyer ids are kept only as their keyed hash, review texts only as their length.
   */
  private static Column rawSourceValue(DatasetSpec spec, FieldSpec f, Column src, DataType srcType, Column value,
      ValidationContext ctx) {
    boolean stringSource = srcType.equals(DataTypes.StringType);
    Column asRead = src.cast(DataTypes.StringType);
    if (buyerText(spec, f)) {
      return length(asRead);
    }
    if (f.name().equals(Col.Orders.BUYER_ID)) {
      return when(not(asRead.eqNullSafe(value)), buyerKey(asRead, ctx.buyerKey()));
    }
    if (!stringSource && sameType(f.type(), srcType)) {
      // The typed value is the source value itself, unless a rule rejected it (e.g. an integer out of range).
      return when(value.isNull(), asRead);
    }
    return switch (f.type()) {
      case ID, TEXT, COUNTRY, MARKET, LANGUAGE, CURRENCY, ENUM -> when(not(asRead.eqNullSafe(value)), asRead);
      default -> asRead;
    };
  }

  private static boolean sameType(FieldType t, DataType srcType) {
    return switch (t) {
      case ID, TEXT -> true;
      case TIMESTAMP -> srcType.equals(DataTypes.TimestampType);
      case DATE -> srcType.equals(DataTypes.DateType);
      case INTEGER -> srcType.equals(DataTypes.IntegerType);
      case DECIMAL -> srcType.equals(DataTypes.DoubleType);
      case BOOLEAN -> srcType.equals(DataTypes.BooleanType);
      default -> false;
    };
  }

  /**
   * The record as read, for the quarantine table, from the typed values and {@link #RAW_SOURCE}. Buyer ids are replaced
   * by their keyed hash and review titles and texts by their length; a malformed orders or reviews line cannot be split
   * reliably, so its text is withheld (length and a hash keep it traceable).
   */
  public static Column rawRecord(DatasetSpec spec) {
    List<Column> fields = new ArrayList<>();
    boolean hasBuyer = spec.field(Col.Orders.BUYER_ID).isPresent()
        || spec.fields().stream().anyMatch(f -> buyerText(spec, f));
    for (FieldSpec f : spec.fields()) {
      Column kept = col(RAW_SOURCE).getField(f.name());
      Column c;
      if (f.name().equals(Col.Orders.BUYER_ID)) {
        c = coalesce(kept, col(BUYER_KEY));
      } else if (buyerText(spec, f)) {
        c = when(kept.isNotNull(), concat(lit("[withheld: "), kept.cast("string"), lit(" chars]")));
      } else {
        c = coalesce(kept, col(f.name()).cast(DataTypes.StringType));
      }
      fields.add(c.as(f.name()));
    }
    Column structured = to_json(struct(fields.toArray(new Column[0])));
    Column malformed = col(RAW_SOURCE).getField(DatasetReader.MALFORMED);
    Column malformedText =
        hasBuyer
            ? concat(lit("[malformed line withheld: may hold a buyer id or buyer text] chars="), length(malformed).cast("string"),
                lit(" sha256="), sha2(malformed, 256))
            : malformed;
    return when(malformed.isNotNull(), malformedText).otherwise(structured);
  }

  /**
   * Once every rule (row, duplicate and reference) has run: the raw record and source file for the rejected rows only
   * (null for accepted rows, which never reach the quarantine), and {@link #RAW_SOURCE} dropped. What is checkpointed
   * and read by every later step is then little more than the typed values.
   */
  public static Dataset<Row> withRawRecord(Dataset<Row> checked, DatasetSpec spec) {
    Column rejected = size(col(REASONS)).gt(0);
    return checked
        .withColumn(RAW, when(rejected, rawRecord(spec)))
        .withColumn(DatasetReader.SOURCE_FILE, when(rejected, col(DatasetReader.SOURCE_FILE)))
        .drop(RAW_SOURCE);
  }

  /** Keyed pseudonym of a buyer id: SHA-256 over key and id; stable across runs with the same key. */
  public static Column buyerKey(Column buyerId, String key) {
    return when(buyerId.isNotNull(), substring(sha2(concat(lit(key + "\u0000"), buyerId), 256), 1, 32));
  }
}
