package dev.sellertrust.job;

import dev.sellertrust.io.OutputLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Relative path -> SHA-256 of every file of one snapshot date, in every table, manifest and export folder. The daily
 * state (state/) is the job's working data, not a published table: its own guarantee (a killed run's state is never
 * committed) is checked by KillRecoveryTest#killedWhileWritingState.
 */
final class KillRecoveryTestFiles {
  private KillRecoveryTestFiles() {}

  static Map<String, String> of(Path output, LocalDate d) throws IOException {
    Map<String, String> out = new TreeMap<>();
    if (!Files.exists(output)) {
      return out;
    }
    String part = OutputLayout.partition(d);
    try (Stream<Path> tables = Files.list(output)) {
      for (Path table : tables.filter(p -> !p.getFileName().toString().startsWith("_")
          && !p.getFileName().toString().equals("state")).toList()) {
        Path dir = table.resolve(part);
        if (!Files.exists(dir)) {
          continue;
        }
        try (Stream<Path> files = Files.walk(dir)) {
          for (Path f : files.filter(Files::isRegularFile).toList()) {
            out.put(output.relativize(f).toString(), sha256(Files.readAllBytes(f)));
          }
        }
      }
    }
    return out;
  }

  private static String sha256(byte[] b) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
