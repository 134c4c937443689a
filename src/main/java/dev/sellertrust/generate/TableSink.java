package dev.sellertrust.generate;

import java.io.Closeable;
import java.io.IOException;

/** Where one table's rows go. Called from the single writer thread, in unit order, which keeps files deterministic. */
interface TableSink extends Closeable {
  void write(RowBuffer rows) throws IOException;

  long bytesWritten();
}
