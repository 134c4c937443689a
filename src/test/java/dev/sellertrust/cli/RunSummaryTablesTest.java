package dev.sellertrust.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run summary names the tables the published snapshot has, not a fixed list. */
class RunSummaryTablesTest {
  @TempDir Path out;

  @Test
  void listsTheTablesOfThisSnapshotOnly() throws IOException {
    LocalDate day = LocalDate.of(2026, 11, 28);
    Files.createDirectories(out.resolve("seller_scores/snapshot_date=" + day));
    Files.createDirectories(out.resolve("review_themes/snapshot_date=" + day));
    Files.createDirectories(out.resolve("review_integrity/snapshot_date=" + day.minusDays(1)));
    assertEquals(List.of("seller_scores", "review_themes"), RunCommand.written(new Configuration(), out.toString(), day));
  }
}
