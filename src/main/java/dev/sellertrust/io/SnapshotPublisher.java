package dev.sellertrust.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Atomic-for-readers publication of one snapshot. Every table is first written completely under
 * {@code _staging/<run>/}; publishing then (0) writes a journal {@code _trash/<run>/_JOURNAL.json} naming the snapshot,
 * the tables and which of them already had a partition for it, (1) moves the snapshot's old manifest and partitions to
 * {@code _trash/<run>/}, (2) renames each staged partition into place, (3) writes the manifest last (the commit point),
 * (4) deletes trash and staging. Readers treat a snapshot as complete only when its manifest exists.
 *
 * <p>A run killed at any step is repaired by {@link #recover} at the next start: if the new manifest (same run id) was
 * written, the publication is rolled forward (trash deleted); otherwise it is rolled back exactly: partitions the killed
 * run put in place are deleted, the old ones come back from trash, the old manifest last. Staging is deleted. One job
 * per output directory at a time: recovery assumes no other run is publishing.
 */
public final class SnapshotPublisher {
  private static final Logger LOG = LoggerFactory.getLogger(SnapshotPublisher.class);
  public static final String JOURNAL = "_JOURNAL.json";
  private static final ObjectMapper JSON = new ObjectMapper();

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
        Path journal = new Path(run.getPath(), JOURNAL);
        if (fs.exists(journal)) {
          recoverRun(fs, run.getPath(), JSON.readTree(read(fs, journal)));
        } else {
          // No journal: killed before it was complete (nothing was moved yet), or trash of an older version.
          restoreMissing(fs, run.getPath());
        }
        fs.delete(run.getPath(), true);
      }
      fs.delete(layout.trashRoot(), true);
    }
    if (fs.exists(layout.stagingRoot())) {
      LOG.info("removing staging left by an earlier interrupted run: {}", layout.stagingRoot());
      fs.delete(layout.stagingRoot(), true);
    }
  }

  private void recoverRun(FileSystem fs, Path runTrash, JsonNode journal) throws IOException {
    String runId = journal.get("run_id").asText();
    LocalDate snapshot = LocalDate.parse(journal.get("snapshot_date").asText());
    Path manifest = layout.manifest(snapshot);
    if (fs.exists(manifest) && runId.equals(runIdOf(fs, manifest))) {
      LOG.info("run {} had published snapshot {} completely before it stopped; removing its leftovers", runId, snapshot);
      return;
    }
    List<String> existed = new ArrayList<>();
    journal.get("existing").forEach(n -> existed.add(n.asText()));
    List<String> tables = new ArrayList<>();
    journal.get("tables").forEach(n -> tables.add(n.asText()));
    tables.remove(OutputLayout.MANIFESTS);
    tables.add(OutputLayout.MANIFESTS); // the old manifest comes back last, once its tables are back
    for (String table : tables) {
      Path live = layout.table(table, snapshot);
      Path trashed = new Path(new Path(runTrash, table), OutputLayout.partition(snapshot));
      if (fs.exists(trashed)) {
        fs.delete(live, true);
        fs.mkdirs(live.getParent());
        if (!fs.rename(trashed, live)) {
          throw new IOException("could not restore " + live + " from " + trashed);
        }
      } else if (!existed.contains(table)) {
        fs.delete(live, true);
      }
    }
    LOG.warn("rolled back the interrupted publication of snapshot {} by run {}: {}", snapshot, runId,
        existed.isEmpty() ? "the snapshot was new and is not published" : "its previous version is back in place");
  }

  private static String runIdOf(FileSystem fs, Path manifest) {
    try {
      JsonNode m = JSON.readTree(read(fs, manifest));
      return m.hasNonNull("run_id") ? m.get("run_id").asText() : "";
    } catch (IOException e) {
      return "";
    }
  }

  /** Trash without a journal holds table/snapshot_date=D folders; any whose live counterpart is missing goes back. */
  private void restoreMissing(FileSystem fs, Path runTrash) throws IOException {
    for (FileStatus table : fs.listStatus(runTrash)) {
      if (!table.isDirectory()) {
        continue;
      }
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
   * @param manifestJson written last, as {@code manifests/snapshot_date=D/_MANIFEST.json}; must hold this run_id
   */
  public void publish(String runId, LocalDate snapshot, List<String> tables, String manifestJson) throws IOException {
    FileSystem fs = layout.root().getFileSystem(hadoop);
    Path trash = layout.trash(runId);
    List<String> all = new ArrayList<>();
    all.add(OutputLayout.MANIFESTS); // old manifest first: readers stop taking snapshot D as complete from here on
    all.addAll(tables);
    ObjectNode journal = JSON.createObjectNode();
    journal.put("run_id", runId);
    journal.put("snapshot_date", snapshot.toString());
    ArrayNode names = journal.putArray("tables");
    ArrayNode existing = journal.putArray("existing");
    for (String table : all) {
      names.add(table);
      if (fs.exists(layout.table(table, snapshot))) {
        existing.add(table);
      }
    }
    writeAtomically(fs, new Path(trash, JOURNAL), JSON.writeValueAsString(journal));
    for (String table : all) {
      Path live = layout.table(table, snapshot);
      if (fs.exists(live)) {
        Path dest = new Path(new Path(trash, table), OutputLayout.partition(snapshot));
        fs.mkdirs(dest.getParent());
        if (!fs.rename(live, dest)) {
          throw new IOException("could not move " + live + " aside");
        }
      }
    }
    boolean first = true;
    for (String table : tables) {
      Path staged = stagedTable(runId, table);
      Path live = layout.table(table, snapshot);
      fs.mkdirs(live.getParent());
      if (!fs.rename(staged, live)) {
        throw new IOException("could not publish " + staged + " to " + live);
      }
      if (first) {
        PausePoints.reach("publish");
        first = false;
      }
    }
    writeAtomically(fs, layout.manifest(snapshot), manifestJson);
    fs.delete(trash, true);
    fs.delete(layout.staging(runId), true);
    deleteIfEmpty(fs, layout.trashRoot());
    deleteIfEmpty(fs, layout.stagingRoot());
  }

  private static String read(FileSystem fs, Path p) throws IOException {
    try (InputStream in = fs.open(p)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
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
