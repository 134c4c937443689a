package dev.sellertrust.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.Path;

/** Reads the header line of a CSV file (BOM stripped, RFC 4180 quoting), so columns can be matched by name. */
public final class CsvHeader {
  private CsvHeader() {}

  public static List<String> read(Configuration hadoop, String file) {
    Path p = new Path(file);
    try (FSDataInputStream in = p.getFileSystem(hadoop).open(p)) {
      // Only the header's bytes are decoded here: an invalid byte in a data row is the row's problem (quarantined as
      // invalid_utf8), not the header's.
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
        bytes.write(b);
      }
      String line = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()))
          .toString();
      if (line.isBlank()) {
        throw new InputException(file + " is empty: a CSV input needs at least its header line");
      }
      if (line.charAt(0) == '\uFEFF') {
        line = line.substring(1);
      }
      return parse(line);
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new InputException(file + ": the header line is not valid UTF-8; save the file as UTF-8", e);
    } catch (IOException e) {
      throw new InputException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  static List<String> parse(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cur.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cur.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        out.add(cur.toString().trim());
        cur.setLength(0);
      } else if (c != '\r') {
        cur.append(c);
      }
    }
    out.add(cur.toString().trim());
    return out;
  }
}
