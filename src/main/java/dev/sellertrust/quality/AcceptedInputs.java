package dev.sellertrust.quality;

import dev.sellertrust.io.DatasetSpec;
import dev.sellertrust.io.InputContract;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The accepted rows of each dataset (null = absent) and the quarantine: what the computation consumes. Backtests and
 * simulated daily runs derive "as of" views of it (evaluation/AsOfView).
 */
public record AcceptedInputs(Map<String, Dataset<Row>> accepted, Dataset<Row> quarantine) {

  public static AcceptedInputs of(InputStage.Checked checked) {
    Map<String, Dataset<Row>> m = new LinkedHashMap<>();
    Dataset<Row> quarantine = null;
    for (CheckedDataset d : checked.datasets().values()) {
      m.put(d.spec().name(), d.present() ? d.accepted() : null);
      if (d.present()) {
        quarantine = quarantine == null ? d.quarantine() : quarantine.unionByName(d.quarantine());
      }
    }
    return new AcceptedInputs(m, quarantine);
  }

  public Dataset<Row> accepted(DatasetSpec spec) {
    return accepted.get(spec.name());
  }

  public AcceptedInputs with(DatasetSpec spec, Dataset<Row> rows) {
    Map<String, Dataset<Row>> m = new LinkedHashMap<>(accepted);
    m.put(spec.name(), rows);
    return new AcceptedInputs(m, quarantine);
  }

  public static DatasetSpec[] all() {
    return InputContract.ALL.toArray(new DatasetSpec[0]);
  }
}
