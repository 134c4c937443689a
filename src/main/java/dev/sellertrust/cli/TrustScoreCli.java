package dev.sellertrust.cli;

import dev.sellertrust.config.ConfigException;
import dev.sellertrust.io.InputException;
import dev.sellertrust.quality.QualityException;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** Entry point of jobs/trust-score and of spark-submit. */
@Command(name = "trust-score", mixinStandardHelpOptions = true, version = "seller-trust 0.1.0",
    description = "Seller-trust analytics for cross-border e-commerce, on Apache Spark.",
    subcommands = {RunCommand.class, dev.sellertrust.generate.GenerateCommand.class, QueryCommand.class, BacktestCommand.class, ExplainCommand.class, ReportCommand.class, ImportOlistCommand.class, dev.sellertrust.policy.PolicyEvalCommand.class, dev.sellertrust.evaluation.IntegrityEvalCommand.class, dev.sellertrust.themes.ThemesEvalCommand.class, dev.sellertrust.themes.ThemesTrainCommand.class, CommandLine.HelpCommand.class})
public final class TrustScoreCli implements Runnable {

  public static void main(String[] args) {
    int code = execute(args);
    // A SparkContext keeps non-daemon threads alive; exit explicitly so schedulers see the code.
    System.exit(code);
  }

  public static int execute(String... args) {
    CommandLine cli = new CommandLine(new TrustScoreCli());
    cli.setExecutionExceptionHandler((ex, cmd, parsed) -> {
      Throwable root = ex;
      if (root instanceof ConfigException) {
        cmd.getErr().println("error: " + root.getMessage());
        return ExitCodes.USAGE_OR_CONFIG;
      }
      if (root instanceof InputException) {
        cmd.getErr().println("error: bad input: " + root.getMessage());
        return ExitCodes.BAD_INPUT;
      }
      if (root instanceof QualityException) {
        cmd.getErr().println("error: data quality rule failed, nothing published: " + root.getMessage());
        return ExitCodes.QUALITY_FAILED;
      }
      String msg = String.valueOf(ex.getMessage()).lines().findFirst().orElse("");
      if (outOfMemory(ex)) {
        cmd.getErr().println("error: out of memory, nothing published (the previous snapshot is unchanged): " + msg);
        cmd.getErr().println("give the job more memory: TRUST_SCORE_HEAP for jobs/trust-score, --driver-memory and "
            + "--executor-memory under spark-submit (measured sizes: docs/BENCHMARKS.md)");
        return ExitCodes.OUT_OF_MEMORY;
      }
      cmd.getErr().println("error: internal error (a bug; please report it with this output): " + ex.getClass().getName() + ": " + msg);
      if (System.getenv("TRUST_SCORE_DEBUG") != null) {
        ex.printStackTrace(cmd.getErr());
      } else {
        for (StackTraceElement e : ex.getStackTrace()) {
          cmd.getErr().println("\tat " + e);
        }
      }
      return ExitCodes.INTERNAL_ERROR;
    });
    return cli.execute(args);
  }

  /**
   * A JVM or Spark memory error anywhere in the cause chain. A task's error reaches the driver as the text of a
   * stage failure, not as its exception, so the message is read too.
   */
  static boolean outOfMemory(Throwable ex) {
    for (Throwable t = ex; t != null; t = t.getCause()) {
      String m = String.valueOf(t.getMessage());
      if (t instanceof OutOfMemoryError || t.getClass().getName().endsWith("SparkOutOfMemoryError")
          || m.contains("SparkOutOfMemoryError") || m.contains("java.lang.OutOfMemoryError")) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }
}
