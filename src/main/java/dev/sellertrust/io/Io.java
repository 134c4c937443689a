package dev.sellertrust.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;

/**
 * File-system calls from code that cannot declare {@link IOException} (lambdas, stage steps): an I/O failure
 * surfaces as {@link UncheckedIOException} with its cause, which the CLI reports and exits on.
 */
public final class Io {
  private Io() {}

  /** A file-system call that returns a value. */
  @FunctionalInterface
  public interface Call<T> {
    T call() throws IOException;
  }

  /** A file-system step without a value. */
  @FunctionalInterface
  public interface Step {
    void run() throws IOException;
  }

  public static <T> T call(Call<T> c) {
    try {
      return c.call();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void run(Step s) {
    call(() -> {
      s.run();
      return null;
    });
  }

  /** Whether {@code p} exists, on the file system the session's Hadoop configuration gives it. */
  public static boolean exists(SparkSession spark, Path p) {
    return call(() -> p.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(p));
  }
}
