package dev.sellertrust.generate;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The whole table in one file, e.g. {@code orders.csv}. */
final class SingleFileSink implements TableSink {
  private final OutputStream out;
  private long bytes;

  SingleFileSink(Path file, String header) throws IOException {
    Files.createDirectories(file.getParent());
    out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20);
    byte[] head = header.getBytes(StandardCharsets.UTF_8);
    out.write(head);
    bytes = head.length;
  }

  @Override
  public void write(RowBuffer rows) throws IOException {
    out.write(rows.bytes());
    bytes += rows.bytes().length;
  }

  @Override
  public long bytesWritten() {
    return bytes;
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
