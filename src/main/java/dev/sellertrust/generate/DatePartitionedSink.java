package dev.sellertrust.generate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.TreeMap;

/**
 * Hive-style {@code <dir>/date=YYYY-MM-DD/part-00000.<ext>} by each row's primary date. Rows are collected per day
 * and appended when the buffers grow large, so a run keeps neither hundreds of files open nor all rows in memory;
 * a file's content is its rows in unit order whenever the flushes happen.
 */
final class DatePartitionedSink implements TableSink {
  private static final int FLUSH_BYTES = 32 << 20;

  private final Path dir;
  private final String fileName;
  private final byte[] header;
  private final Map<Integer, ByteArrayOutputStream> pending = new TreeMap<>();
  private long pendingBytes;
  private long bytes;

  DatePartitionedSink(Path dir, String extension, String header) throws IOException {
    this.dir = Files.createDirectories(dir);
    this.fileName = "part-00000." + extension;
    this.header = header.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public void write(RowBuffer rows) throws IOException {
    byte[] data = rows.bytes();
    for (int row = 0; row < rows.rows(); row++) {
      int start = rows.rowStart(row);
      int length = rows.rowEnd(row) - start;
      pending.computeIfAbsent(rows.day(row), d -> new ByteArrayOutputStream(8192)).write(data, start, length);
      pendingBytes += length;
    }
    if (pendingBytes > FLUSH_BYTES) {
      flush();
    }
  }

  private void flush() throws IOException {
    for (Map.Entry<Integer, ByteArrayOutputStream> e : pending.entrySet()) {
      Path file = dir.resolve("date=" + IsoTime.day(e.getKey())).resolve(fileName);
      boolean fresh = !Files.exists(file);
      if (fresh) {
        Files.createDirectories(file.getParent());
      }
      try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
        if (fresh) {
          out.write(header);
          bytes += header.length;
        }
        e.getValue().writeTo(out);
        bytes += e.getValue().size();
      }
    }
    pending.clear();
    pendingBytes = 0;
  }

  @Override
  public long bytesWritten() {
    return bytes;
  }

  @Override
  public void close() throws IOException {
    flush();
  }
}
