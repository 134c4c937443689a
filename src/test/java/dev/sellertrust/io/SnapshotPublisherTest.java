package dev.sellertrust.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Recovery from every state a killed publication can leave (no Spark: plain folders standing in for tables). The kill
 * tests in dev.sellertrust.job.KillRecoveryTest reach some of these states with a real job; these cover all of them.
 */
class SnapshotPublisherTest {
  private static final LocalDate D = LocalDate.of(2026, 6, 1);
  private static final List<String> TABLES = List.of("a", "b");
  @TempDir Path out;

  private SnapshotPublisher publisher() {
    return new SnapshotPublisher(new Configuration(), new OutputLayout(out.toString()));
  }

  private void file(String rel, String text) throws IOException {
    Path p = out.resolve(rel);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  private String read(String rel) throws IOException {
    return Files.readString(out.resolve(rel));
  }

  private void publishOld() throws IOException {
    file("_staging/old/a/part-0", "old a");
    file("_staging/old/b/part-0", "old b");
    publisher().publish("old", D, TABLES, "{\"run_id\":\"old\"}");
  }

  private void journal(String run, String existing) throws IOException {
    file("_trash/" + run + "/_JOURNAL.json", "{\"run_id\":\"" + run + "\",\"snapshot_date\":\"" + D
        + "\",\"tables\":[\"manifests\",\"a\",\"b\"],\"existing\":[" + existing + "]}");
  }

  @Test
  void publishPutsEveryTableInPlaceWithTheManifestAndLeavesNoTrash() throws IOException {
    publishOld();
    assertEquals("old a", read("a/snapshot_date=" + D + "/part-0"));
    assertEquals("{\"run_id\":\"old\"}", read("manifests/snapshot_date=" + D + "/_MANIFEST.json"));
    assertFalse(Files.exists(out.resolve("_trash")));
    assertFalse(Files.exists(out.resolve("_staging")));
  }

  @Test
  void newDateKilledAfterFirstRenameIsRemoved() throws IOException {
    journal("new", "");
    file("a/snapshot_date=" + D + "/part-0", "new a");
    file("_staging/new/b/part-0", "new b");
    publisher().recover();
    assertFalse(Files.exists(out.resolve("a/snapshot_date=" + D)), "partial new partition removed");
    assertFalse(Files.exists(out.resolve("manifests/snapshot_date=" + D)));
    assertFalse(Files.exists(out.resolve("_trash")));
    assertFalse(Files.exists(out.resolve("_staging")));
  }

  @Test
  void rerunKilledMidPublishIsRolledBackToTheOldVersion() throws IOException {
    publishOld();
    // The state after: journal, old manifest and old a moved aside, new a renamed in; b still old.
    journal("new", "\"manifests\",\"a\",\"b\"");
    Files.createDirectories(out.resolve("_trash/new/manifests"));
    Files.move(out.resolve("manifests/snapshot_date=" + D), out.resolve("_trash/new/manifests/snapshot_date=" + D));
    Files.createDirectories(out.resolve("_trash/new/a"));
    Files.move(out.resolve("a/snapshot_date=" + D), out.resolve("_trash/new/a/snapshot_date=" + D));
    file("a/snapshot_date=" + D + "/part-0", "new a");
    publisher().recover();
    assertEquals("old a", read("a/snapshot_date=" + D + "/part-0"));
    assertEquals("old b", read("b/snapshot_date=" + D + "/part-0"));
    assertEquals("{\"run_id\":\"old\"}", read("manifests/snapshot_date=" + D + "/_MANIFEST.json"));
    assertFalse(Files.exists(out.resolve("_trash")));
  }

  @Test
  void rerunKilledBeforeMovingAnythingKeepsTheOldVersion() throws IOException {
    publishOld();
    journal("new", "\"manifests\",\"a\",\"b\"");
    file("_staging/new/a/part-0", "new a");
    publisher().recover();
    assertEquals("old a", read("a/snapshot_date=" + D + "/part-0"));
    assertEquals("{\"run_id\":\"old\"}", read("manifests/snapshot_date=" + D + "/_MANIFEST.json"));
  }

  @Test
  void runKilledAfterItsManifestIsRolledForward() throws IOException {
    publishOld();
    journal("new", "\"manifests\",\"a\",\"b\"");
    file("_trash/new/a/snapshot_date=" + D + "/part-0", "old a");
    Files.writeString(out.resolve("a/snapshot_date=" + D + "/part-0"), "new a");
    // Written through Hadoop, as the job does (the local filesystem keeps a checksum beside each file).
    org.apache.hadoop.fs.FileSystem fs = org.apache.hadoop.fs.FileSystem.getLocal(new Configuration());
    SnapshotPublisher.writeAtomically(fs, new org.apache.hadoop.fs.Path(out.resolve("manifests/snapshot_date=" + D
        + "/_MANIFEST.json").toString()), "{\"run_id\":\"new\"}");
    publisher().recover();
    assertEquals("new a", read("a/snapshot_date=" + D + "/part-0"));
    assertEquals("{\"run_id\":\"new\"}", read("manifests/snapshot_date=" + D + "/_MANIFEST.json"));
    assertFalse(Files.exists(out.resolve("_trash")));
  }

  @Test
  void recoverOnACleanOutputChangesNothing() throws IOException {
    publishOld();
    publisher().recover();
    assertEquals("old a", read("a/snapshot_date=" + D + "/part-0"));
    assertTrue(PublishedSnapshots.list(new Configuration(), out.toString()).contains(D));
  }
}
