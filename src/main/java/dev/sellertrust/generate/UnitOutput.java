package dev.sellertrust.generate;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Everything one work unit produced: formatted rows per table and the mismatch evidence per seller. */
final class UnitOutput {
  private final Map<OutputTable, RowBuffer> buffers = new EnumMap<>(OutputTable.class);
  private final Map<OutputTable, RowEncoder> encoders = new EnumMap<>(OutputTable.class);
  final List<Evidence> evidence = new ArrayList<>();
  long orders;

  UnitOutput(OutputFormat format) {
    for (OutputTable t : OutputTable.values()) {
      RowBuffer buffer = new RowBuffer();
      buffers.put(t, buffer);
      encoders.put(t, RowEncoder.of(format, t.columns, buffer));
    }
  }

  RowEncoder rows(OutputTable table) {
    return encoders.get(table);
  }

  RowBuffer buffer(OutputTable table) {
    return buffers.get(table);
  }

  Evidence evidenceFor(int sellerIndex) {
    Evidence e = new Evidence(sellerIndex);
    evidence.add(e);
    return e;
  }

  void seal(boolean perRow) {
    buffers.values().forEach(b -> b.seal(perRow));
  }
}
