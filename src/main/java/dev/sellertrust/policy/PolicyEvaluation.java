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

  /** One labelled document: its row of labels, where it is, and what the extractor reads in it. */
  private record Document(Map<String, String> row, String file, String text, String language, String company,
      String split, PolicyFacts facts) {}

  public static EvaluationReport evaluate(List<LabelSet> sets) {
    return evaluate(sets, true);
  }

  /**
   * @param withHoldout false: the {@value #HOLDOUT} documents are neither read nor scored, so rules can be changed
   *     against the dev split without their results ever being printed
   */
  public static EvaluationReport evaluate(List<LabelSet> sets, boolean withHoldout) {
    List<Document> docs = new ArrayList<>();
    for (LabelSet set : sets) {
      List<Map<String, String>> rows = readCsv(set.labels());
      if (!rows.isEmpty() && !rows.get(0).containsKey("file")) {
        throw new IllegalArgumentException(set.labels() + " lacks column file");
      }
      for (Map<String, String> row : rows) {
        String file = row.get("file");
        String split = Objects.requireNonNullElse(blankToNull(row.get("split")), DEV);
        if (!split.equals(DEV) && !split.equals(HOLDOUT)) {
          throw new IllegalArgumentException(set.labels() + ": split of " + file + " must be " + DEV + " or "
              + HOLDOUT + ", got " + split);
        }
        if (!withHoldout && split.equals(HOLDOUT)) {
          continue;
        }
        Path path = set.texts().resolve(file);
        if (!Files.isRegularFile(path)) {
          throw new IllegalArgumentException("labelled text not found: " + path);
        }
        String language = Objects.requireNonNullElse(blankToNull(row.get("language")), "en");
        String company = Objects.requireNonNullElse(blankToNull(row.get("company")), file);
        String text = read(path);
        docs.add(new Document(row, file, text, language, company, split, PolicyExtractor.extract(text, language)));
      }
      LOG.info("policy evaluation: {} scored against {}", set.texts(), set.labels());
    }

    Map<String, int[]> counts = new LinkedHashMap<>();
    FACTS.keySet().forEach(f -> counts.put(f, new int[3]));
    Map<List<String>, int[]> agreement = new LinkedHashMap<>();
    List<EvaluationReport.Mismatch> mismatches = new ArrayList<>();
    Set<String> companies = new HashSet<>();
    for (Document d : docs) {
      companies.add(d.company());
      for (Map.Entry<String, Function<PolicyFacts, Object>> e : FACTS.entrySet()) {
        String fact = e.getKey();
        if (!d.row().containsKey(fact)) {
          continue;
        }
        String label = blankToNull(d.row().get(fact));
        Object predicted = e.getValue().apply(d.facts());
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
          mismatches.add(new EvaluationReport.Mismatch(d.file(), fact, label,
              predicted == null ? null : predicted.toString(), d.split()));
        }
        count(agreement, d.split(), d.language(), fact, agrees(label, predicted));
      }
    }

    LeaveOneOut loo = leaveOneCompanyOut(docs);
    for (Document d : docs) {
      PolicyFacts facts = loo.facts().get(d);
      if (facts == null) {
        continue;
      }
      for (Map.Entry<String, Function<PolicyFacts, Object>> e : FACTS.entrySet()) {
        String fact = e.getKey();
        if (!d.row().containsKey(fact)) {
          continue;
        }
        String label = blankToNull(d.row().get(fact));
        Object predicted = e.getValue().apply(facts);
        boolean agrees = agrees(label, predicted);
        if (!agrees) {
          mismatches.add(new EvaluationReport.Mismatch(d.file(), fact, label,
              predicted == null ? null : predicted.toString(), LEAVE_ONE_OUT));
        }
        count(agreement, LEAVE_ONE_OUT, d.language(), fact, agrees);
      }
    }

    List<EvaluationReport.FactScore> scores = new ArrayList<>();
    counts.forEach((fact, c) -> scores.add(new EvaluationReport.FactScore(fact, c[0], c[1], c[2])));
    List<EvaluationReport.Agreement> agreements = new ArrayList<>();
    for (String split : List.of(DEV, LEAVE_ONE_OUT, HOLDOUT)) {
      agreement.forEach((k, a) -> {
        if (k.get(0).equals(split)) {
          agreements.add(new EvaluationReport.Agreement(split, k.get(1), k.get(2), a[0], a[1]));
        }
      });
    }
    return new EvaluationReport(docs.size(), scores, mismatches, agreements, companies.size(),
        loo.companiesOfDev(), loo.singleCompanyAlternatives());
  }

  /**
   * Dev documents read again, each without the lexicon alternatives only its own company could have been written
   * from: a pseudo-split of the agreement tables.
   */
  public static final String LEAVE_ONE_OUT = "dev-loco";

  private record LeaveOneOut(Map<Document, PolicyFacts> facts, int companiesOfDev, int singleCompanyAlternatives) {}

  /**
   * Leave-one-company-out for hand-written rules. The extractor fits no parameter to labels; what it is fitted to
   * is the dev texts its patterns were written against. So for each dev company, its documents are read again
   * with every lexicon alternative left out that occurs in the dev texts of that company and of no other: the
   * wording that, the company left out, nothing else in the dev set would have called for. Alternatives occurring
   * in no dev text stay (they come from model texts and common wording, not from a document), and so do the
   * language-independent rules. Occurrence is the alternative found anywhere in the normalised text, a broad
   * reading, so fewer alternatives count as one company's than a stricter reading would leave out.
   */
  private static LeaveOneOut leaveOneCompanyOut(List<Document> docs) {
    Map<String, Map<String, java.util.regex.Pattern>> alternativesByLanguage = new HashMap<>();
    Map<String, Set<String>> companiesByAlternative = new HashMap<>();
    Set<String> devCompanies = new HashSet<>();
    for (Document d : docs) {
      if (!d.split().equals(DEV)) {
        continue;
      }
      devCompanies.add(d.company());
      String normalised = NormalizedText.of(d.text()).text();
      String lang = d.facts().language();
      Map<String, java.util.regex.Pattern> alternatives =
          alternativesByLanguage.computeIfAbsent(lang, Lexicon::alternativePatterns);
      alternatives.forEach((id, p) -> {
        if (p.matcher(normalised).find()) {
          companiesByAlternative.computeIfAbsent(id, k -> new HashSet<>()).add(d.company());
        }
      });
    }
    Map<String, Set<String>> ownAlternatives = new HashMap<>();
    companiesByAlternative.forEach((id, cs) -> {
      if (cs.size() == 1) {
        ownAlternatives.computeIfAbsent(cs.iterator().next(), k -> new HashSet<>()).add(id);
      }
    });
    Map<Document, PolicyFacts> out = new java.util.IdentityHashMap<>();
    for (Document d : docs) {
      if (!d.split().equals(DEV)) {
        continue;
      }
      Set<String> own = ownAlternatives.getOrDefault(d.company(), Set.of());
      out.put(d, own.isEmpty() ? d.facts()
          : PolicyExtractor.extract(d.text(), d.language(), lang -> Lexicon.without(lang, own)));
    }
    int single = ownAlternatives.values().stream().mapToInt(Set::size).sum();
    return new LeaveOneOut(out, devCompanies.size(), single);
  }

  private static boolean agrees(String label, Object predicted) {
    return predicted == null ? label == null : label != null && matches(label, predicted);
  }

  private static void count(Map<List<String>, int[]> agreement, String split, String language, String fact,
      boolean agrees) {
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
