package dev.sellertrust.io;

import java.io.Serializable;
import java.util.List;

/**
 * Where one dataset was found: its format, the location the user named, every data file under it and each file's size
 * in bytes as listed (same order), so that the shuffles are sized by what is read rather than by all that lies there.
 */
public record InputSource(DatasetSpec spec, InputFormat format, String location, List<String> files, List<Long> sizes)
    implements Serializable {
  public InputSource {
    if (files.size() != sizes.size()) {
      throw new IllegalArgumentException(files.size() + " files but " + sizes.size() + " sizes");
    }
  }

  /** Total size of the files. */
  public long bytes() {
    return sizes.stream().mapToLong(Long::longValue).sum();
  }
}
