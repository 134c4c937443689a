package dev.sellertrust.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Atomic-for-readers publication of one snapshot. Every table is first written completely under
 * {@code _staging/<run>/}; publishing then (1) moves the snapshot's old manifest and partitions to {@code _trash/<run>/},
 * (2) renames each staged partition into place, (3) writes the manifest last, (4) deletes trash and staging.
 * Readers treat a snapshot as complete only when its manifest exists. A killed run is repaired by {@link #recover}:
 * partitions whose replacement never arrived are moved back from trash, leftovers are deleted.
 */
public final class SnapshotPublisher {
  private static final Logger LOG = LoggerFactory.getLogger(SnapshotPublisher.class);

  private final Configuration hadoop;
  private final OutputLayout layout;

  public SnapshotPublisher(Configuration hadoop, OutputLayout layout) {
    this.hadoop = hadoop;
    this.layout = layout;
  }

  public Path stagedTable(String runId, String table) {
    return new Path(layout.staging(runId), table);
  }

  /** Repairs what a killed run left behind; safe to call at every start. */
  public void recover() throws IOException {
    FileSystem fs = layout.root().getFileSystem(hadoop);
    if (fs.exists(layout.trashRoot())) {
      for (FileStatus run : fs.listStatus(layout.trashRoot())) {
        restoreFromTrash(fs, run.getPath());
        fs.delete(run.getPath(), true);
      }
      fs.delete(layout.trashRoot(), true);
    }
    if (fs.exists(layout.stagingRoot())) {
      LOG.info("removing staging left by an earlier interrupted run: {}", layout.stagingRoot());
      fs.delete(layout.stagingRoot(), true);
    }
  }

  /** Trash holds table/snapshot_date=D folders; any whose live counterpart is missing goes back. */
  private void restoreFromTrash(FileSystem fs, Path runTrash) throws IOException {
    for (FileStatus table : fs.listStatus(runTrash)) {
      for (FileStatus part : fs.listStatus(table.getPath())) {
        Path live = new Path(new Path(layout.root(), table.getPath().getName()), part.getPath().getName());
        if (!fs.exists(live)) {
          fs.mkdirs(live.getParent());
          if (!fs.rename(part.getPath(), live)) {
            throw new IOException("could not restore " + live + " from " + part.getPath());
          }
          LOG.warn("restored {} from an interrupted run", live);
        }
      }
    }
  }

  /**
   * @param tables staged table names (each staged at {@code _staging/<run>/<table>/}, the export under "exports")
   * @param manifestJson written last, as {@code manifests/snapshot_date=D/_MANIFEST.json}
   */
  public void publish(String runId, LocalDate snapshot, List<String> tables, String manifestJson) throws IOException {
    FileSystem fs = layout.root().getFileSystem(hadoop);
    Path trash = layout.trash(runId);
    List<String> all = new java.util.ArrayList<>(tables);
    all.add(OutputLayout.MANIFESTS);
    // Old manifest first: from here on readers no longer take snapshot D as complete until the new manifest lands.
    for (String table : reversedManifestFirst(all)) {
      Path live = layout.table(table, snapshot);
      if (fs.exists(live)) {
        Path dest = new Path(new Path(trash, table), OutputLayout.partition(snapshot));
        fs.mkdirs(dest.getParent());
        if (!fs.rename(live, dest)) {
          throw new IOException("could not move " + live + " aside");
        }
      }
    }
    for (String table : tables) {
      Path staged = stagedTable(runId, table);
      Path live = layout.table(table, snapshot);
      fs.mkdirs(live.getParent());
      if (!fs.rename(staged, live)) {
        throw new IOException("could not publish " + staged + " to " + live);
      }
    }
    writeAtomically(fs, layout.manifest(snapshot), manifestJson);
    fs.delete(trash, true);
    fs.delete(layout.staging(runId), true);
    deleteIfEmpty(fs, layout.trashRoot());
    deleteIfEmpty(fs, layout.stagingRoot());
  }

  private static List<String> reversedManifestFirst(List<String> all) {
    List<String> out = new java.util.ArrayList<>();
    out.add(OutputLayout.MANIFESTS);
    for (String t : all) {
      if (!t.equals(OutputLayout.MANIFESTS)) {
        out.add(t);
      }
    }
    return out;
  }

  private static void deleteIfEmpty(FileSystem fs, Path p) throws IOException {
    if (fs.exists(p) && fs.listStatus(p).length == 0) {
      fs.delete(p, false);
    }
  }

  /** Write to a temporary name, then rename: a reader never sees half a manifest. */
  public static void writeAtomically(FileSystem fs, Path target, String text) throws IOException {
    Path tmp = new Path(target.getParent(), "." + target.getName() + ".tmp");
    fs.mkdirs(target.getParent());
    try (OutputStream out = fs.create(tmp, true)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    if (fs.exists(target)) {
      fs.delete(target, false);
    }
    if (!fs.rename(tmp, target)) {
      throw new IOException("could not write " + target);
    }
  }
}
