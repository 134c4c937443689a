package dev.sellertrust.policy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scores {@link PolicyExtractor} against hand-labelled CSVs (data/policy_labels/*.csv): one row per policy file,
 * one column per fact, "" meaning the text does not state it. A fact whose column a file lacks is not labelled in
 * that file and not scored. Optional columns: {@code language} (default "en"), {@code company} (default the file
 * name), {@code split} ({@value #DEV} or {@value #HOLDOUT}, default {@value #DEV}). Texts are read as UTF-8 from
 * the text directory paired with each labels file.
 */
public final class PolicyEvaluation {
  private PolicyEvaluation() {}

  private static final Logger LOG = LoggerFactory.getLogger(PolicyEvaluation.class);

  /** Texts the rules were written and refined against. */
  public static final String DEV = "dev";

  /** Labelled texts kept out of rule writing: their mismatches are not looked at when patterns change. */
  public static final String HOLDOUT = "holdout";

  /** A labels file and the directory its {@code file} column is relative to. */
  public record LabelSet(Path labels, Path texts) {}

  /** The evaluated facts: label column name and how to read the prediction as a label string. */
  static final Map<String, Function<PolicyFacts, Object>> FACTS = new LinkedHashMap<>();

  static {
    FACTS.put("return_window_days", PolicyFacts::returnWindowDays);
    FACTS.put("window_starts_from", PolicyFacts::windowStartsFrom);
    FACTS.put("refund_to_original_payment", PolicyFacts::refundToOriginalPayment);
    FACTS.put("store_credit", PolicyFacts::storeCredit);
    FACTS.put("refund_timeline_days", PolicyFacts::refundTimelineDays);
    FACTS.put("return_shipping_paid_by", PolicyFacts::returnShippingPaidBy);
    FACTS.put("restocking_fee", PolicyFacts::restockingFee);
    FACTS.put("restocking_fee_percent", PolicyFacts::restockingFeePercent);
    FACTS.put("exchange_offered", PolicyFacts::exchangeOffered);
    FACTS.put("replacement_or_repair_for_defective", PolicyFacts::replacementOrRepairForDefective);
    FACTS.put("conditions_stated", PolicyFacts::conditionsStated);
    FACTS.put("non_returnable_listed", PolicyFacts::nonReturnableListed);
    FACTS.put("proof_of_purchase_required", PolicyFacts::proofOfPurchaseRequired);
    FACTS.put("procedure_stated", PolicyFacts::procedureStated);
    FACTS.put("contact_channel_given", PolicyFacts::contactChannelGiven);
    FACTS.put("international_returns_mentioned", PolicyFacts::internationalReturnsMentioned);
    FACTS.put("discretionary_language", PolicyFacts::discretionaryLanguage);
  }

  public static EvaluationReport evaluate(Path labelsFile, Path textsDir) {
    return evaluate(List.of(new LabelSet(labelsFile, textsDir)));
  }

  public static EvaluationReport evaluate(List<LabelSet> sets) {
    Map<String, int[]> counts = new LinkedHashMap<>();
    FACTS.keySet().forEach(f -> counts.put(f, new int[3]));
    Map<List<String>, int[]> agreement = new LinkedHashMap<>();
    List<EvaluationReport.Mismatch> mismatches = new ArrayList<>();
    Set<String> companies = new HashSet<>();
    int documents = 0;
    for (LabelSet set : sets) {
      List<Map<String, String>> rows = readCsv(set.labels());
      if (!rows.isEmpty() && !rows.get(0).containsKey("file")) {
        throw new IllegalArgumentException(set.labels() + " lacks column file");
      }
      for (Map<String, String> row : rows) {
        String file = row.get("file");
        Path path = set.texts().resolve(file);
        if (!Files.isRegularFile(path)) {
          throw new IllegalArgumentException("labelled text not found: " + path);
        }
        String language = Objects.requireNonNullElse(blankToNull(row.get("language")), "en");
        String split = Objects.requireNonNullElse(blankToNull(row.get("split")), DEV);
        if (!split.equals(DEV) && !split.equals(HOLDOUT)) {
          throw new IllegalArgumentException(set.labels() + ": split of " + file + " must be " + DEV + " or "
              + HOLDOUT + ", got " + split);
        }
        companies.add(Objects.requireNonNullElse(blankToNull(row.get("company")), file));
        PolicyFacts facts = PolicyExtractor.extract(read(path), language);
        documents++;
        for (Map.Entry<String, Function<PolicyFacts, Object>> e : FACTS.entrySet()) {
          String fact = e.getKey();
          if (!row.containsKey(fact)) {
            continue;
          }
          String label = blankToNull(row.get(fact));
          Object predicted = e.getValue().apply(facts);
          int[] c = counts.get(fact);
          if (predicted != null) {
            c[0]++;
          }
          if (label != null) {
            c[1]++;
          }
          boolean correct = predicted != null && label != null && matches(label, predicted);
          if (correct) {
            c[2]++;
          } else if (predicted != null || label != null) {
            mismatches.add(new EvaluationReport.Mismatch(file, fact, label,
                predicted == null ? null : predicted.toString(), split));
          }
          boolean agrees = correct || (predicted == null && label == null);
          List<String> pools = new ArrayList<>(List.of(language, EvaluationReport.ALL));
          if (!language.equals("en")) {
            pools.add(EvaluationReport.OTHER_LANGUAGES);
          }
          for (String pool : pools) {
            int[] a = agreement.computeIfAbsent(List.of(split, pool, fact), k -> new int[2]);
            a[0] += agrees ? 1 : 0;
            a[1]++;
          }
        }
      }
      LOG.info("policy evaluation: {} scored against {}", set.texts(), set.labels());
    }
    List<EvaluationReport.FactScore> scores = new ArrayList<>();
    counts.forEach((fact, c) -> scores.add(new EvaluationReport.FactScore(fact, c[0], c[1], c[2])));
    List<EvaluationReport.Agreement> agreements = new ArrayList<>();
    for (String split : List.of(DEV, HOLDOUT)) {
      agreement.forEach((k, a) -> {
        if (k.get(0).equals(split)) {
          agreements.add(new EvaluationReport.Agreement(split, k.get(1), k.get(2), a[0], a[1]));
        }
      });
    }
    return new EvaluationReport(documents, scores, mismatches, agreements, companies.size());
  }

  /** Integers and strings must be equal; booleans ignore case; percentages compare as numbers. */
  static boolean matches(String label, Object predicted) {
    String l = label.strip();
    if (predicted instanceof Double d) {
      try {
        return Math.abs(Double.parseDouble(l) - d) < 1e-9;
      } catch (NumberFormatException e) {
        return false;
      }
    }
    if (predicted instanceof Boolean b) {
      return l.toLowerCase(Locale.ROOT).equals(b.toString());
    }
    return l.equals(predicted.toString());
  }

  private static String read(Path path) {
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  static List<Map<String, String>> readCsv(Path file) {
    List<List<String>> records;
    try {
      records = parseCsv(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read labels " + file, e);
    }
    if (records.isEmpty()) {
      throw new IllegalArgumentException("empty labels file " + file);
    }
    List<String> header = records.get(0);
    List<Map<String, String>> rows = new ArrayList<>();
    for (List<String> r : records.subList(1, records.size())) {
      if (r.size() == 1 && r.get(0).isBlank()) {
        continue;
      }
      if (r.size() != header.size()) {
        throw new IllegalArgumentException(file + ": row has " + r.size() + " fields, header has " + header.size() + ": " + r);
      }
      Map<String, String> row = new HashMap<>();
      for (int i = 0; i < header.size(); i++) {
        row.put(header.get(i).strip(), r.get(i));
      }
      rows.add(row);
    }
    return rows;
  }

  /** RFC 4180: fields separated by commas, optionally double-quoted with "" for a quote. */
  static List<List<String>> parseCsv(String content) {
    List<List<String>> records = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < content.length(); i++) {
      char c = content.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < content.length() && content.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < content.length() && content.charAt(i + 1) == '\n') {
          i++;
        }
        fields.add(field.toString());
        field.setLength(0);
        records.add(fields);
        fields = new ArrayList<>();
      } else {
        field.append(c);
      }
    }
    if (field.length() > 0 || !fields.isEmpty()) {
      fields.add(field.toString());
      records.add(fields);
    }
    return records;
  }
}
