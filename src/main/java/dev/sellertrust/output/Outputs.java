package dev.sellertrust.output;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** The computed (not yet written) outputs of a run. */
public record Outputs(Dataset<Row> scores, Dataset<Row> metrics, Dataset<Row> evidence, Dataset<Row> corridors,
    Dataset<Row> policyClarity, Dataset<Row> quarantine, Dataset<Row> reviewIntegrity, Dataset<Row> reviewThemes) {}
