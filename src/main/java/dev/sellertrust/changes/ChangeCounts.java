package dev.sellertrust.changes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sellertrust.io.OutputLayout;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/** Counts per change type of a published change feed, read line by line on the driver (for the run summary). */
public record ChangeCounts(String previousSnapshot, long lines, Map<String, Long> byType) {

  public static Path feedPath(String outputDir, LocalDate snapshot) {
    return new Path(new OutputLayout(outputDir).table(OutputLayout.EXPORTS, snapshot), ChangeExport.FILE);
  }

  /** Null when the snapshot has no change feed. */
  public static ChangeCounts read(Configuration hadoop, String outputDir, LocalDate snapshot) throws IOException {
    Path p = feedPath(outputDir, snapshot);
    FileSystem fs = p.getFileSystem(hadoop);
    if (!fs.exists(p)) {
      return null;
    }
    ObjectMapper mapper = new ObjectMapper();
    Map<String, Long> byType = new LinkedHashMap<>();
    for (String t : new String[] {Changes.NEW, Changes.GONE, Changes.TIER_CHANGED, Changes.MOVED}) {
      byType.put(t, 0L);
    }
    String previous = null;
    long lines = 0;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(fs.open(p), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = mapper.readTree(line);
        lines++;
        if (previous == null && n.path("previous_snapshot_date").isTextual()) {
          previous = n.path("previous_snapshot_date").asText();
        }
        for (JsonNode t : n.path("change_types")) {
          byType.merge(t.asText(), 1L, Long::sum);
        }
      }
    }
    return new ChangeCounts(previous, lines, byType);
  }
}
