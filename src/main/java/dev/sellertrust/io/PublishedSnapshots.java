package dev.sellertrust.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/** The snapshots a reader may use: only those whose manifest exists (written last by {@link SnapshotPublisher}). */
public final class PublishedSnapshots {
  private PublishedSnapshots() {}

  public static List<LocalDate> list(Configuration hadoop, String outputDir) {
    OutputLayout layout = new OutputLayout(outputDir);
    Path manifests = new Path(layout.root(), OutputLayout.MANIFESTS);
    List<LocalDate> out = new ArrayList<>();
    try {
      FileSystem fs = manifests.getFileSystem(hadoop);
      if (!fs.exists(manifests)) {
        return out;
      }
      for (FileStatus st : fs.listStatus(manifests)) {
        String name = st.getPath().getName();
        if (name.startsWith("snapshot_date=") && fs.exists(new Path(st.getPath(), OutputLayout.MANIFEST_FILE))) {
          out.add(LocalDate.parse(name.substring("snapshot_date=".length())));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.sort(LocalDate::compareTo);
    return out;
  }

  /** The requested snapshot if published, else the latest published one; fails with a clear message when none. */
  public static LocalDate resolve(Configuration hadoop, String outputDir, LocalDate requested) {
    List<LocalDate> all = list(hadoop, outputDir);
    if (all.isEmpty()) {
      throw new InputException("no published snapshot under " + outputDir + " (no manifests/snapshot_date=*/_MANIFEST.json)");
    }
    if (requested == null) {
      return all.get(all.size() - 1);
    }
    if (!all.contains(requested)) {
      throw new InputException("snapshot " + requested + " is not published under " + outputDir + "; published: " + all);
    }
    return requested;
  }
}
