package dev.sellertrust.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** File-system housekeeping: a rerun replaces exactly the tables it writes and nothing else in the directory. */
final class OutputFiles {
  private OutputFiles() {}

  static void clearTables(Path dir) throws IOException {
    for (OutputTable t : OutputTable.values()) {
      for (OutputFormat f : OutputFormat.values()) {
        deleteRecursively(dir.resolve(t.fileName + "." + f.extension));
      }
      deleteRecursively(dir.resolve(t.fileName));
    }
  }

  static void deleteRecursively(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(path)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }

  static TableSink sink(Path dir, OutputTable table, OutputFormat textFormat, boolean partitionByDate)
      throws IOException {
    String header = RowEncoder.of(textFormat, table.columns, new RowBuffer()).fileHeader();
    return partitionByDate && table.partitionedByDate()
        ? new DatePartitionedSink(dir.resolve(table.fileName), textFormat.extension, header)
        : new SingleFileSink(dir.resolve(table.fileName + "." + textFormat.extension), header);
  }
}
