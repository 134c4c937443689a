package dev.sellertrust.policy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code policy-eval}: scores the policy extractor against the hand labels and prints a precision/recall table.
 * This is the command-line edge, so it prints to stdout; exit code 2 when an input is missing.
 */
@Command(
    name = "policy-eval",
    mixinStandardHelpOptions = true,
    description = "Scores return-policy fact extraction against hand labels (per-fact precision and recall).")
public final class PolicyEvalCommand implements Callable<Integer> {

  @Option(names = "--labels", paramLabel = "FILE",
      description = "Hand labels CSV; repeat it with one --texts each (default: data/policy_labels/labels.csv).")
  List<Path> labels = new ArrayList<>();

  @Option(names = "--texts", paramLabel = "DIR",
      description = "Directory holding the texts of the --labels file in the same position"
          + " (default: ../shared/realdata/policies/text).")
  List<Path> texts = new ArrayList<>();

  @Option(names = "--show-mismatches", description = "Also list every document where prediction and label differ.")
  boolean showMismatches;

  @Option(names = "--mismatches-of", paramLabel = "SPLIT",
      description = "With --show-mismatches, list only the documents of this split (dev or holdout).")
  String mismatchesOf;

  @Option(names = "--without-holdout",
      description = "Leave the holdout documents unread and unscored, for changing rules against the dev split only.")
  boolean withoutHoldout;

  @Override
  public Integer call() {
    if (labels.isEmpty() && texts.isEmpty()) {
      labels.add(Path.of("data/policy_labels/labels.csv"));
      texts.add(Path.of("../shared/realdata/policies/text"));
    }
    if (labels.size() != texts.size()) {
      System.err.println("policy-eval: give one --texts per --labels (" + labels.size() + " labels files, "
          + texts.size() + " text directories)");
      return 2;
    }
    List<PolicyEvaluation.LabelSet> sets = new ArrayList<>();
    for (int i = 0; i < labels.size(); i++) {
      if (!Files.isDirectory(texts.get(i))) {
        System.err.println("policy-eval: texts directory not found: " + texts.get(i));
        return 2;
      }
      if (!Files.isRegularFile(labels.get(i))) {
        System.err.println("policy-eval: labels file not found: " + labels.get(i));
        return 2;
      }
      sets.add(new PolicyEvaluation.LabelSet(labels.get(i), texts.get(i)));
    }
    EvaluationReport report = PolicyEvaluation.evaluate(sets, !withoutHoldout);
    System.out.print(report.toText());
    if (showMismatches) {
      System.out.println();
      System.out.print(report.mismatchesText(mismatchesOf));
    }
    return 0;
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new PolicyEvalCommand()).execute(args));
  }
}
