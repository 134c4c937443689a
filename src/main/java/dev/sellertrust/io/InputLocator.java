package dev.sellertrust.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Finds each dataset under the input directory (any Hadoop filesystem URI): {@code <name>.csv}, {@code <name>.parquet},
 * {@code <name>.jsonl}, or a folder {@code <name>/} of such files (nested date partitions allowed).
 */
public final class InputLocator {
  private InputLocator() {}

  public static Optional<InputSource> locate(Configuration hadoop, String inputDir, DatasetSpec spec) {
    Path dir = new Path(inputDir);
    List<InputSource> found = new ArrayList<>();
    try {
      FileSystem fs = dir.getFileSystem(hadoop);
      if (!fs.exists(dir)) {
        throw new InputException("input directory " + inputDir + " does not exist");
      }
      if (!fs.getFileStatus(dir).isDirectory()) {
        throw new InputException("input " + inputDir + " is not a directory");
      }
      for (InputFormat format : InputFormat.values()) {
        Path p = new Path(dir, spec.name() + format.suffix());
        if (fs.exists(p)) {
          List<String> files = dataFiles(fs, p, format);
          found.add(new InputSource(spec, format, p.toString(), files));
        }
      }
      Path folder = new Path(dir, spec.name());
      if (fs.exists(folder) && fs.getFileStatus(folder).isDirectory()) {
        found.add(folderSource(fs, folder, spec));
      }
    } catch (IOException e) {
      throw new InputException("cannot list input " + inputDir + ": " + e.getMessage(), e);
    }
    if (found.size() > 1) {
      throw new InputException(
          "dataset '" + spec.name() + "' is given " + found.size() + " times ("
              + String.join(", ", found.stream().map(InputSource::location).toList())
              + "): keep exactly one of them in the input directory");
    }
    return found.stream().findFirst();
  }

  private static InputSource folderSource(FileSystem fs, Path folder, DatasetSpec spec) throws IOException {
    Set<InputFormat> formats = new TreeSet<>();
    List<String> files = new ArrayList<>();
    RemoteIterator<LocatedFileStatus> it = fs.listFiles(folder, true);
    while (it.hasNext()) {
      LocatedFileStatus f = it.next();
      if (hidden(folder, f.getPath())) {
        continue;
      }
      Optional<InputFormat> format = InputFormat.ofFile(f.getPath().getName());
      if (format.isEmpty()) {
        throw new InputException(
            "dataset folder " + folder + " holds " + f.getPath().getName()
                + ", which is not .csv, .parquet or .jsonl: remove it or rename it with a leading '_'");
      }
      formats.add(format.get());
      files.add(f.getPath().toString());
    }
    if (formats.size() > 1) {
      throw new InputException(
          "dataset folder " + folder + " mixes formats " + formats + ": use one format per dataset");
    }
    InputFormat format = formats.isEmpty() ? InputFormat.PARQUET : formats.iterator().next();
    files.sort(String::compareTo);
    return new InputSource(spec, format, folder.toString(), files);
  }

  private static List<String> dataFiles(FileSystem fs, Path p, InputFormat format) throws IOException {
    FileStatus st = fs.getFileStatus(p);
    if (st.isFile()) {
      return List.of(p.toString());
    }
    // Spark writes "x.parquet" as a folder of part files.
    List<String> files = new ArrayList<>();
    RemoteIterator<LocatedFileStatus> it = fs.listFiles(p, true);
    while (it.hasNext()) {
      LocatedFileStatus f = it.next();
      if (!hidden(p, f.getPath()) && InputFormat.ofFile(f.getPath().getName()).orElse(null) == format) {
        files.add(f.getPath().toString());
      }
    }
    files.sort(String::compareTo);
    return files;
  }

  /** Hadoop's convention, as Spark's file index: names starting with '_' or '.' are metadata, not data. */
  private static boolean hidden(Path root, Path file) {
    for (Path p = file; p != null && !p.equals(root); p = p.getParent()) {
      String n = p.getName();
      if (n.startsWith("_") && !n.contains("=") || n.startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}
