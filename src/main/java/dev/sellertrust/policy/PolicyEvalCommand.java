package dev.sellertrust.policy;

import java.nio.file.Files;
import java.nio.file.Path;
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

  @Option(names = "--labels", paramLabel = "FILE", defaultValue = "data/policy_labels/labels.csv",
      description = "Hand labels CSV (default: ${DEFAULT-VALUE}).")
  Path labels;

  @Option(names = "--texts", paramLabel = "DIR", defaultValue = "../shared/realdata/policies/text",
      description = "Directory holding the labelled policy texts (default: ${DEFAULT-VALUE}).")
  Path texts;

  @Option(names = "--show-mismatches", description = "Also list every document where prediction and label differ.")
  boolean showMismatches;

  @Override
  public Integer call() {
    if (!Files.isDirectory(texts)) {
      System.err.println("policy-eval: texts directory not found: " + texts);
      return 2;
    }
    if (!Files.isRegularFile(labels)) {
      System.err.println("policy-eval: labels file not found: " + labels);
      return 2;
    }
    EvaluationReport report = PolicyEvaluation.evaluate(labels, texts);
    System.out.print(report.toText());
    if (showMismatches) {
      System.out.println();
      System.out.print(report.mismatchesText());
    }
    return 0;
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new PolicyEvalCommand()).execute(args));
  }
}
