package dev.sellertrust.job;

import dev.sellertrust.quality.DatasetCounts;
import java.util.Map;

/** What a published run reports to the person or scheduler that started it. */
public record RunResult(
    String snapshotDate, String outputDir, String manifestPath, long sellersScored, Map<String, Long> tiers,
    Map<String, DatasetCounts> counts, Map<String, Long> timingsMillis, String computation,
    dev.sellertrust.spark.SparkWorkCounter.Counts sparkWork) {}
