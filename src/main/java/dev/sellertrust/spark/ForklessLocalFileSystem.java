package dev.sellertrust.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;
import org.apache.hadoop.io.nativeio.NativeIO;

/**
 * Hadoop's local file system, setting permissions through {@code java.nio} instead of a {@code chmod} process. Without
 * Hadoop's native library (Spark's Maven jars have none), every file and directory a write creates, and its checksum
 * file, costs a fork of the JVM; a run of the sample creates hundreds. The local runner and the tests use this class
 * for {@code file:} paths ({@link SparkSessions#LOCAL_FILE_SYSTEM}); files, checksums and modes are as before.
 */
public final class ForklessLocalFileSystem extends LocalFileSystem {
  public ForklessLocalFileSystem() {
    super(new Raw());
  }

  static final class Raw extends RawLocalFileSystem {
    @Override
    public void setPermission(Path p, FsPermission permission) throws IOException {
      int mode = permission.toShort();
      // The sticky bit and the set-id bits have no java.nio equivalent, and the native library needs no fork.
      if (NativeIO.isAvailable() || (mode & ~0777) != 0) {
        super.setPermission(p, permission);
        return;
      }
      try {
        Files.setPosixFilePermissions(pathToFile(p).toPath(), posix(permission));
      } catch (UnsupportedOperationException notPosix) {
        super.setPermission(p, permission);
      }
    }
  }

  /** The permission bits of a mode without sticky or set-id bits, such as 0644 ({@code rw-r--r--}). */
  static Set<PosixFilePermission> posix(FsPermission permission) {
    // Rebuilt from the mode: a subclass of FsPermission may render itself with more than the nine symbols.
    return PosixFilePermissions.fromString(new FsPermission(permission.toShort()).toString());
  }
}
