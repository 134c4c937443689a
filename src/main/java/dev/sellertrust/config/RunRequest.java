package dev.sellertrust.config;

import java.time.LocalDate;

/** One run, fully resolved on the driver before any Spark work starts. */
public record RunRequest(String inputDir, String outputDir, LocalDate snapshotDate, JobConfig config,
    String methodologyVersion, String buyerKey, boolean buyerKeyFromEnv) {

  @Override
  public String toString() {
    return "RunRequest[input=" + inputDir + ", output=" + outputDir + ", snapshot=" + snapshotDate
        + ", methodology=" + methodologyVersion + ", buyerKey=<redacted>]";
  }
}
