package dev.sellertrust.themes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads labelled reviews in two formats.
 *
 * <p>The crowd CSV of Olist reviews (columns {@code id, review_score, review_comment_title, review_comment_message,
 * votes_<subclass>...}): each voter picked one subclass, mapped onto a theme by {@link #CROWD_MAPPING}; a theme is
 * labelled when at least half of the votes (2 of 3 voters) went to its subclasses. The crowd had no "not received"
 * or "unresponsive seller" class: a parcel that never came was voted {@code atrasado}, so those two themes are not
 * scored on this file, and a predicted {@code not_received} counts as {@code late_delivery} there. The fold is
 * {@code id mod 5}.
 *
 * <p>JSON Lines: one object per line, {@code {"text": ..., "language": "de", "rating": 2, "themes": [...]}} with
 * theme ids; every theme is scored; the fold is the line number mod 5.
 */
public final class ThemeLabels {
  private ThemeLabels() {}

  /** Crowd subclass to theme; {@code outro_entrega} and {@code outro_pedido} ("other") map to no theme. */
  public static final Map<String, Theme> CROWD_MAPPING = crowdMapping();

  private static Map<String, Theme> crowdMapping() {
    Map<String, Theme> m = new LinkedHashMap<>();
    m.put("atrasado", Theme.LATE_DELIVERY);
    m.put("entrega_parcial", Theme.PARTIAL_DELIVERY);
    m.put("diferente_do_anunciado", Theme.NOT_AS_DESCRIBED);
    m.put("baixa_qualidade", Theme.POOR_QUALITY_OR_DAMAGED);
    m.put("devolucao", Theme.RETURN_OR_REFUND_PROBLEM);
    m.put("antes_prazo", Theme.ARRIVED_EARLY_OR_PRAISE);
    m.put("satisfeito", Theme.ARRIVED_EARLY_OR_PRAISE);
    return m;
  }

  public static boolean isCrowdCsv(Path file) {
    return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv");
  }

  public static List<LabelledReview> read(Path file) {
    return isCrowdCsv(file) ? readCrowdCsv(file) : readJsonLines(file);
  }

  public static List<LabelledReview> readCrowdCsv(Path file) {
    List<List<String>> rows = parseCsv(readString(file));
    if (rows.isEmpty()) {
      throw new IllegalArgumentException(file + ": empty file");
    }
    List<String> header = rows.get(0);
    Map<String, Integer> at = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      at.put(header.get(i).trim(), i);
    }
    for (String required : List.of("id", "review_score", "review_comment_message")) {
      if (!at.containsKey(required)) {
        throw new IllegalArgumentException(file + ": missing column " + required);
      }
    }
    Set<Theme> scored = EnumSet.copyOf(CROWD_MAPPING.values());
    List<LabelledReview> out = new ArrayList<>();
    for (int r = 1; r < rows.size(); r++) {
      List<String> row = rows.get(r);
      if (row.size() < header.size()) {
        throw new IllegalArgumentException(file + ": line " + (r + 1) + " has " + row.size() + " cells, expected "
            + header.size());
      }
      Map<Theme, Integer> votes = new HashMap<>();
      int total = 0;
      for (Map.Entry<String, Integer> col : at.entrySet()) {
        if (!col.getKey().startsWith("votes_")) {
          continue;
        }
        String cell = row.get(col.getValue()).trim();
        int n = cell.isEmpty() ? 0 : Integer.parseInt(cell);
        total += n;
        Theme t = CROWD_MAPPING.get(col.getKey().substring("votes_".length()));
        if (t != null) {
          votes.merge(t, n, Integer::sum);
        }
      }
      Set<Theme> themes = EnumSet.noneOf(Theme.class);
      for (Map.Entry<Theme, Integer> v : votes.entrySet()) {
        if (v.getValue() > 0 && 2 * v.getValue() >= total) {
          themes.add(v.getKey());
        }
      }
      String title = at.containsKey("review_comment_title") ? row.get(at.get("review_comment_title")).trim() : "";
      String message = row.get(at.get("review_comment_message")).trim();
      String text = title.isEmpty() ? message : title + ". " + message;
      String score = row.get(at.get("review_score")).trim();
      int id = Integer.parseInt(row.get(at.get("id")).trim());
      Map<Theme, Double> shares = new HashMap<>();
      for (Map.Entry<Theme, Integer> v : votes.entrySet()) {
        if (total > 0 && v.getValue() > 0) {
          shares.put(v.getKey(), (double) v.getValue() / total);
        }
      }
      out.add(new LabelledReview(text, "pt", score.isEmpty() ? null : Integer.valueOf(score), themes, scored,
          Math.floorMod(id, 5), shares));
    }
    return out;
  }

  public static List<LabelledReview> readJsonLines(Path file) {
    ObjectMapper json = new ObjectMapper();
    List<LabelledReview> out = new ArrayList<>();
    String[] lines = readString(file).split("\n");
    int n = 0;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].trim();
      if (line.isEmpty()) {
        continue;
      }
      try {
        JsonNode o = json.readTree(line);
        Set<Theme> themes = EnumSet.noneOf(Theme.class);
        for (JsonNode t : o.path("themes")) {
          themes.add(Theme.fromId(t.asText()));
        }
        Integer rating = o.hasNonNull("rating") ? o.get("rating").asInt() : null;
        String language = o.hasNonNull("language") ? o.get("language").asText() : null;
        out.add(new LabelledReview(o.path("text").asText(""), language, rating, themes, EnumSet.allOf(Theme.class),
            n++ % 5, Map.of()));
      } catch (IOException | IllegalArgumentException e) {
        throw new IllegalArgumentException(file + ": line " + (i + 1) + ": " + e.getMessage(), e);
      }
    }
    return out;
  }

  private static String readString(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** RFC 4180: quoted cells may hold commas, doubled quotes and line breaks. */
  static List<List<String>> parseCsv(String content) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    int i = content.startsWith("\uFEFF") ? 1 : 0;
    for (; i < content.length(); i++) {
      char c = content.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < content.length() && content.charAt(i + 1) == '"') {
            cell.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < content.length() && content.charAt(i + 1) == '\n') {
          i++;
        }
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else {
        cell.append(c);
      }
    }
    if (cell.length() > 0 || !row.isEmpty()) {
      row.add(cell.toString());
      rows.add(row);
    }
    return rows;
  }
}
