package dev.sellertrust.policy;

import java.util.List;
import java.util.Locale;

/**
 * Precision and recall of the extractor against hand labels, per fact.
 *
 * <p>precision = correct / non-null predictions, recall = correct / non-null labels, where a prediction is
 * correct when it equals the label. Undefined ratios (no predictions, or no labels) are NaN and print "n/a".
 */
public record EvaluationReport(int documents, List<FactScore> facts, List<Mismatch> mismatches) {

  public EvaluationReport {
    facts = List.copyOf(facts);
    mismatches = List.copyOf(mismatches);
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
  public record Mismatch(String file, String fact, String label, String predicted) {}

  public FactScore fact(String name) {
    return facts.stream().filter(f -> f.fact().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no fact " + name));
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
    return b.toString();
  }

  public String mismatchesText() {
    StringBuilder b = new StringBuilder();
    for (Mismatch m : mismatches) {
      b.append(String.format(Locale.ROOT, "%s  %s: label=%s predicted=%s%n", m.file(), m.fact(),
          m.label() == null ? "-" : m.label(), m.predicted() == null ? "-" : m.predicted()));
    }
    return b.toString();
  }

  private static String ratio(double v) {
    return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.3f", v);
  }
}
