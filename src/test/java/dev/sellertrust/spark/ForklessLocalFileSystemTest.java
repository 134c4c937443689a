package dev.sellertrust.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellertrust.SparkTestBase;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForklessLocalFileSystemTest extends SparkTestBase {
  @TempDir Path tmp;

  @Test
  void posixBitsFollowTheOctalMode() {
    assertEquals(PosixFilePermissions.fromString("rw-r--r--"), ForklessLocalFileSystem.posix(mode(0644)));
    assertEquals(PosixFilePermissions.fromString("rwxr-x---"), ForklessLocalFileSystem.posix(mode(0750)));
    assertEquals(PosixFilePermissions.fromString("---------"), ForklessLocalFileSystem.posix(mode(0)));
    assertEquals(PosixFilePermissions.fromString("rwxrwxrwx"), ForklessLocalFileSystem.posix(mode(0777)));
  }

  private static FsPermission mode(int octal) {
    return new FsPermission((short) octal);
  }

  /** The same directories, files and checksum files, with the same modes, as Hadoop's own local file system. */
  @Test
  void writesWhatHadoopsLocalFileSystemWrites() throws IOException {
    Configuration conf = new Configuration(false);
    try (FileSystem stock = new LocalFileSystem(); FileSystem forkless = new ForklessLocalFileSystem()) {
      stock.initialize(URI.create("file:///"), conf);
      forkless.initialize(URI.create("file:///"), conf);
      assertEquals(modes(write(stock, tmp.resolve("stock"))), modes(write(forkless, tmp.resolve("forkless"))));
    }
  }

  @Test
  void theSessionsWriteThroughIt() throws IOException {
    FileSystem fs = FileSystem.get(tmp.toUri(), spark.sparkContext().hadoopConfiguration());
    assertInstanceOf(ForklessLocalFileSystem.class, fs);
    String out = tmp.resolve("table").toString();
    spark.range(3).write().parquet(out);
    assertEquals(3, spark.read().parquet(out).count());
  }

  private static Path write(FileSystem fs, Path root) throws IOException {
    org.apache.hadoop.fs.Path dir = new org.apache.hadoop.fs.Path(root.resolve("a/b").toUri());
    assertTrue(fs.mkdirs(dir, new FsPermission((short) 0750)));
    try (FSDataOutputStream o = fs.create(new org.apache.hadoop.fs.Path(dir, "part-0"), new FsPermission((short) 0640),
        true, 4096, (short) 1, 1 << 20, null)) {
      o.writeUTF("rows");
    }
    try (FSDataOutputStream o = fs.create(new org.apache.hadoop.fs.Path(dir, "part-1"))) {
      o.writeUTF("default mode");
    }
    fs.setPermission(new org.apache.hadoop.fs.Path(dir, "part-1"), new FsPermission((short) 0604));
    return root;
  }

  private static Map<String, String> modes(Path root) throws IOException {
    Map<String, String> m = new TreeMap<>();
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : all.toList()) {
        m.put(root.relativize(p).toString(), PosixFilePermissions.toString(Files.getPosixFilePermissions(p)));
      }
    }
    assertTrue(m.size() >= 6, "directories, files and checksums: " + m);
    return m;
  }
}
