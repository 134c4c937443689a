package dev.sellertrust.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How the extractor's facts compare with hand labels.
 *
 * <p>Per fact, over every labelled document: precision = correct / non-null predictions, recall = correct /
 * non-null labels, where a prediction is correct when it equals the label. Undefined ratios print "n/a".
 *
 * <p>Per split, language and fact: agreement = documents where the prediction equals the label, "not stated"
 * on both sides included, over the documents labelled for that fact. The split separates the texts the rules
 * were written against ({@code dev}, in-sample) from labelled texts kept out of rule writing ({@code holdout}).
 * {@value PolicyEvaluation#LEAVE_ONE_OUT} holds the dev documents read leave-one-company-out
 * ({@link PolicyEvaluation}): the gap to {@code dev} is what the rules owe to wording seen in one company only.
 */
public record EvaluationReport(int documents, List<FactScore> facts, List<Mismatch> mismatches,
    List<Agreement> agreements, int companies, int devCompanies, int singleCompanyAlternatives) {

  /** The languages of the agreement tables, in print order. */
  static final List<String> LANGUAGES = List.of("en", "es", "pt", "de", "fr", "zh");

  /** Column of the agreement tables pooling every language but English. */
  static final String OTHER_LANGUAGES = "es+pt+de+fr+zh";

  static final String ALL = "all";

  public EvaluationReport {
    facts = List.copyOf(facts);
    mismatches = List.copyOf(mismatches);
    agreements = List.copyOf(agreements);
  }

  /** Counts for one fact; {@code support} is the number of non-null labels. */
  public record FactScore(String fact, int predicted, int support, int correct) {
    public double precision() {
      return predicted == 0 ? Double.NaN : (double) correct / predicted;
    }

    public double recall() {
      return support == 0 ? Double.NaN : (double) correct / support;
    }
  }

  /** A document where prediction and label differ (either may be null). */
  public record Mismatch(String file, String fact, String label, String predicted, String split) {}

  /** Documents of one split and language (or a pool of languages) labelled for a fact, and how many agree. */
  public record Agreement(String split, String language, String fact, int agree, int documents) {
    public double share() {
      return documents == 0 ? Double.NaN : (double) agree / documents;
    }
  }

  public FactScore fact(String name) {
    return facts.stream().filter(f -> f.fact().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no fact " + name));
  }

  /** The agreement of a split, language ({@link #OTHER_LANGUAGES}, {@link #ALL} or a code) and fact. */
  public Agreement agreement(String split, String language, String fact) {
    return agreements.stream()
        .filter(a -> a.split().equals(split) && a.language().equals(language) && a.fact().equals(fact))
        .findFirst().orElse(new Agreement(split, language, fact, 0, 0));
  }

  public String toText() {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "Policy extraction vs hand labels, %d documents%n", documents));
    b.append(String.format(Locale.ROOT, "%-38s %9s %9s %8s %8s %8s%n",
        "fact", "precision", "recall", "support", "predicted", "correct"));
    for (FactScore f : facts) {
      b.append(String.format(Locale.ROOT, "%-38s %9s %9s %8d %8d %8d%n",
          f.fact(), ratio(f.precision()), ratio(f.recall()), f.support(), f.predicted(), f.correct()));
    }
    for (String split : splits()) {
      b.append(String.format(Locale.ROOT, "%nAgreement, %s (prediction = label, both \"not stated\" included)%n",
          describe(split)));
      b.append(String.format(Locale.ROOT, "%-36s", "fact"));
      List<String> columns = new ArrayList<>(LANGUAGES);
      columns.add(OTHER_LANGUAGES);
      columns.add(ALL);
      for (String c : columns) {
        b.append(String.format(Locale.ROOT, " %15s", c));
      }
      b.append(System.lineSeparator());
      for (FactScore f : facts) {
        if (agreement(split, ALL, f.fact()).documents() == 0) {
          continue;
        }
        b.append(String.format(Locale.ROOT, "%-36s", f.fact()));
        for (String c : columns) {
          Agreement a = agreement(split, c, f.fact());
          b.append(String.format(Locale.ROOT, " %15s", a.documents() == 0 ? "-"
              : String.format(Locale.ROOT, "%5.1f%% %3d/%-3d", 100 * a.share(), a.agree(), a.documents())));
        }
        b.append(System.lineSeparator());
      }
    }
    if (!splits().contains(PolicyEvaluation.LEAVE_ONE_OUT)) {
      return b.toString();
    }
    b.append(String.format(Locale.ROOT,
        "%nLeave-one-company-out minus in-sample, dev, in points (%d dev companies; %d lexicon alternatives occur in"
            + " the dev texts of one company only and are left out when that company's documents are read)%n",
        devCompanies, singleCompanyAlternatives));
    b.append(String.format(Locale.ROOT, "%-36s", "fact"));
    List<String> columns = new ArrayList<>(LANGUAGES);
    columns.add(OTHER_LANGUAGES);
    columns.add(ALL);
    for (String c : columns) {
      b.append(String.format(Locale.ROOT, " %15s", c));
    }
    b.append(System.lineSeparator());
    for (FactScore f : facts) {
      if (agreement(PolicyEvaluation.DEV, ALL, f.fact()).documents() == 0) {
        continue;
      }
      b.append(String.format(Locale.ROOT, "%-36s", f.fact()));
      for (String c : columns) {
        Agreement in = agreement(PolicyEvaluation.DEV, c, f.fact());
        Agreement out = agreement(PolicyEvaluation.LEAVE_ONE_OUT, c, f.fact());
        b.append(String.format(Locale.ROOT, " %15s", in.documents() == 0 ? "-"
            : String.format(Locale.ROOT, "%+.1f", 100 * (out.share() - in.share()))));
      }
      b.append(System.lineSeparator());
    }
    return b.toString();
  }

  public String mismatchesText(String split) {
    StringBuilder b = new StringBuilder();
    for (Mismatch m : mismatches) {
      if (split == null || split.equals(m.split())) {
        b.append(String.format(Locale.ROOT, "[%s] %s  %s: label=%s predicted=%s%n", m.split(), m.file(), m.fact(),
            m.label() == null ? "-" : m.label(), m.predicted() == null ? "-" : m.predicted()));
      }
    }
    return b.toString();
  }

  private List<String> splits() {
    Map<String, Boolean> seen = new LinkedHashMap<>();
    agreements.forEach(a -> seen.put(a.split(), true));
    return new ArrayList<>(seen.keySet());
  }

  private static String describe(String split) {
    return switch (split) {
      case PolicyEvaluation.DEV -> "dev (in-sample: the texts the rules were written against)";
      case PolicyEvaluation.LEAVE_ONE_OUT -> "dev, leave-one-company-out (each company read without the lexicon"
          + " wording found in its texts only)";
      case PolicyEvaluation.HOLDOUT -> "holdout (labelled texts never used to write or tune rules)";
      default -> split;
    };
  }

  private static String ratio(double v) {
    return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.3f", v);
  }
}
