package dev.sellertrust.job;

import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Times the run's stages for the log and the manifest. */
final class StageTimer {
  private static final Logger LOG = LoggerFactory.getLogger("dev.sellertrust.progress");
  private final Map<String, Long> millis = new LinkedHashMap<>();
  private final long start = System.nanoTime();

  <T> T time(String stage, java.util.function.Supplier<T> work) {
    long t0 = System.nanoTime();
    LOG.info("{} ...", stage);
    T out = work.get();
    long ms = (System.nanoTime() - t0) / 1_000_000;
    millis.merge(stage, ms, Long::sum);
    LOG.info("{} done in {}", stage, human(ms));
    return out;
  }

  void run(String stage, Runnable work) {
    time(stage, () -> {
      work.run();
      return null;
    });
  }

  Map<String, Long> millis() {
    Map<String, Long> m = new LinkedHashMap<>(millis);
    m.put("total", (System.nanoTime() - start) / 1_000_000);
    return m;
  }

  static String human(long ms) {
    return ms < 1000 ? ms + " ms" : String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0);
  }
}
