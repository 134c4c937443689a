package dev.sellertrust.quality;

import java.util.List;
import java.util.Map;

/** Reconciliation of one dataset: rows read = rows accepted + rows quarantined. */
public record DatasetCounts(
    String dataset, boolean present, String location, String format, List<String> files, long rowsRead,
    long rowsAccepted, long rowsQuarantined, Map<String, Long> quarantinedByReason) {

  public double quarantinedShare() {
    return rowsRead == 0 ? 0.0 : (double) rowsQuarantined / rowsRead;
  }
}
