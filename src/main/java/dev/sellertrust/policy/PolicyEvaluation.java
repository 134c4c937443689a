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
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scores {@link PolicyExtractor} against a hand-labelled CSV (data/policy_labels/labels.csv): one row per policy
 * file, one column per fact, "" meaning the text does not state it. Texts are read as UTF-8 from
 * {@code textsDir}; the optional {@code language} column defaults to "en".
 */
public final class PolicyEvaluation {
  private PolicyEvaluation() {}

  private static final Logger LOG = LoggerFactory.getLogger(PolicyEvaluation.class);

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
    List<Map<String, String>> rows = readCsv(labelsFile);
    Map<String, int[]> counts = new LinkedHashMap<>();
    FACTS.keySet().forEach(f -> counts.put(f, new int[3]));
    List<EvaluationReport.Mismatch> mismatches = new ArrayList<>();
    int documents = 0;
    for (Map<String, String> row : rows) {
      String file = row.get("file");
      Path path = textsDir.resolve(file);
      if (!Files.isRegularFile(path)) {
        throw new IllegalArgumentException("labelled text not found: " + path);
      }
      String language = blankToNull(row.get("language"));
      PolicyFacts facts = PolicyExtractor.extract(read(path), language == null ? "en" : language);
      documents++;
      for (Map.Entry<String, Function<PolicyFacts, Object>> e : FACTS.entrySet()) {
        String fact = e.getKey();
        if (!row.containsKey(fact)) {
          throw new IllegalArgumentException(labelsFile + " lacks column " + fact);
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
          mismatches.add(new EvaluationReport.Mismatch(file, fact, label, predicted == null ? null : predicted.toString()));
        }
      }
    }
    List<EvaluationReport.FactScore> scores = new ArrayList<>();
    counts.forEach((fact, c) -> scores.add(new EvaluationReport.FactScore(fact, c[0], c[1], c[2])));
    LOG.info("policy evaluation: {} documents scored against {}", documents, labelsFile);
    return new EvaluationReport(documents, scores, mismatches);
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
