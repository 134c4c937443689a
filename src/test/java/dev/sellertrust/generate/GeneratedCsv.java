package dev.sellertrust.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict RFC 4180 reader for the tests, independent of the writer under test: an unquoted empty field is null, a
 * quoted one is "". Fails on a stray quote or a row whose width differs from the header.
 */
final class GeneratedCsv {
  private GeneratedCsv() {}

  static List<Map<String, String>> read(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    List<List<String>> records = parse(text, file);
    List<String> header = records.get(0);
    List<Map<String, String>> rows = new ArrayList<>();
    for (int i = 1; i < records.size(); i++) {
      List<String> rec = records.get(i);
      if (rec.size() != header.size()) {
        throw new AssertionError(file + " record " + i + " has " + rec.size() + " fields, header " + header.size());
      }
      Map<String, String> row = new HashMap<>();
      for (int j = 0; j < header.size(); j++) {
        row.put(header.get(j), rec.get(j));
      }
      rows.add(row);
    }
    return rows;
  }

  static List<String> header(Path file) throws IOException {
    return parse(Files.readString(file, StandardCharsets.UTF_8), file).get(0);
  }

  private static List<List<String>> parse(String text, Path file) {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean wasQuoted = false;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            field.append('"');
            i += 2;
            continue;
          }
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        if (field.length() > 0) {
          throw new AssertionError(file + ": quote inside an unquoted field at char " + i);
        }
        quoted = true;
        wasQuoted = true;
      } else if (c == ',' || c == '\n') {
        record.add(field.length() == 0 && !wasQuoted ? null : field.toString());
        field.setLength(0);
        wasQuoted = false;
        if (c == '\n') {
          records.add(record);
          record = new ArrayList<>();
        }
      } else {
        field.append(c);
      }
      i++;
    }
    if (quoted) {
      throw new AssertionError(file + ": unterminated quote");
    }
    if (field.length() > 0 || !record.isEmpty()) {
      throw new AssertionError(file + ": last line not terminated");
    }
    return records;
  }
}
