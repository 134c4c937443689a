package dev.sellertrust.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Inline Markdown links and headings as GitHub renders them: enough to check the project's own docs, which use
 * inline links only (no reference-style links, no HTML anchors). Links inside code spans and fenced blocks are text.
 */
final class MarkdownLinks {

  record Link(int line, String target) {}

  private static final Pattern LINK = Pattern.compile("!?\\[[^\\]]*]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
  private static final Pattern CODE_SPAN = Pattern.compile("(`+)(?:(?!\\1).)+?\\1");
  private static final Pattern HEADING = Pattern.compile("^ {0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$");
  private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
  /** GitHub keeps letters, marks, digits, connector punctuation (underscore), spaces and hyphens. */
  private static final Pattern NOT_IN_SLUG = Pattern.compile("[^\\p{L}\\p{M}\\p{N}\\p{Pc} -]");

  private MarkdownLinks() {}

  /** Relative links (no URL scheme) of a Markdown text, with their line numbers. */
  static List<Link> links(String markdown) {
    List<Link> out = new ArrayList<>();
    List<String> lines = markdown.lines().toList();
    boolean fenced = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.stripLeading().startsWith("```") || line.stripLeading().startsWith("~~~")) {
        fenced = !fenced;
        continue;
      }
      if (fenced) {
        continue;
      }
      Matcher m = LINK.matcher(CODE_SPAN.matcher(line).replaceAll(""));
      while (m.find()) {
        String target = m.group(1);
        if (!SCHEME.matcher(target).find()) {
          out.add(new Link(i + 1, target));
        }
      }
    }
    return out;
  }

  /** The anchors of a Markdown text's headings, in order, numbered like GitHub's when a heading repeats. */
  static List<String> anchors(String markdown) {
    List<String> out = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    boolean fenced = false;
    for (String line : markdown.lines().toList()) {
      if (line.stripLeading().startsWith("```") || line.stripLeading().startsWith("~~~")) {
        fenced = !fenced;
        continue;
      }
      Matcher m = HEADING.matcher(line);
      if (fenced || !m.matches()) {
        continue;
      }
      String slug = slug(m.group(2));
      int n = seen.merge(slug, 1, Integer::sum) - 1;
      out.add(n == 0 ? slug : slug + "-" + n);
    }
    return out;
  }

  /** GitHub's heading anchor: the rendered text (link targets and code marks dropped), lower case, spaces to '-'. */
  static String slug(String headingText) {
    String rendered = headingText.replaceAll("!?\\[([^\\]]*)]\\([^)]*\\)", "$1");
    String lower = rendered.toLowerCase(Locale.ROOT);
    return NOT_IN_SLUG.matcher(lower).replaceAll("").replace(' ', '-');
  }

  /** Why a link from {@code doc} to {@code target} does not resolve, or null when it does. */
  static String problem(Path doc, String target) {
    String[] parts = target.split("#", 2);
    Path dir = doc.toAbsolutePath().getParent();
    Path file = parts[0].isEmpty() ? doc.toAbsolutePath() : dir.resolve(parts[0]).normalize();
    if (!Files.exists(file)) {
      return "no such file: " + file;
    }
    if (parts.length < 2) {
      return null;
    }
    if (!file.toString().endsWith(".md")) {
      return "an anchor into a file that is not Markdown";
    }
    try {
      List<String> anchors = anchors(Files.readString(file));
      return anchors.contains(parts[1]) ? null : "no heading with anchor #" + parts[1] + " in " + file.getFileName();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
