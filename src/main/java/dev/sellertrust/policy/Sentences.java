package dev.sellertrust.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into sentence spans. Rules look at one sentence at a time because a policy's facts are stated
 * sentence by sentence, and a keyword two sentences away usually belongs to another topic.
 *
 * <p>A sentence ends at {@code . ! ? ;} followed by whitespace, at CJK full stops, or at a blank line. Single
 * line breaks do not end a sentence: scraped pages break lines inside sentences, and headings ("Refund
 * Policy") then stay attached to the first sentence under them, which is useful context. A line holding a
 * table cell separator ({@code |} or a tab) ends at its line break: a table flattened into text is one row
 * per line, and facts of different rows must not be read as one.
 */
final class Sentences {
  private Sentences() {}

  record Span(int start, int end) {}

  static List<Span> split(String text) {
    List<Span> spans = new ArrayList<>();
    int start = 0;
    int n = text.length();
    boolean tableLine = false;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      boolean end = false;
      int next = i + 1;
      if (c == '|' || c == '\t') {
        tableLine = true;
      }
      if (c == '\n') {
        end = tableLine;
        tableLine = false;
      }
      if (end) {
        // a table row ends here
      } else if (c == '。' || c == '！' || c == '？' || c == '；') {
        end = true;
      } else if ((c == '.' || c == '!' || c == '?' || c == ';') && (next >= n || Character.isWhitespace(text.charAt(next)))) {
        end = true;
      } else if (c == '\n' && next < n && blankLineFollows(text, next)) {
        end = true;
      }
      if (end) {
        add(spans, text, start, next);
        start = next;
      }
    }
    add(spans, text, start, n);
    return spans;
  }

  /**
   * For each sentence, the nearest heading above it, or null: a short line without closing punctuation standing
   * alone ("Return period", "2. Plazo para solicitar un cambio"). A fact stated under a heading belongs to the
   * heading's topic even when the sentence itself does not name it ("You have 30 days from delivery.").
   */
  static List<String> headings(String text, List<Span> spans) {
    List<String> out = new ArrayList<>(spans.size());
    java.util.ArrayDeque<String> recent = new java.util.ArrayDeque<>();
    String section = null;
    for (Span s : spans) {
      String above = recent.isEmpty() ? null : String.join("\n", recent);
      if (section != null && !recent.contains(section)) {
        above = above == null ? section : section + "\n" + above;
      }
      out.add(above);
      if (isHeading(text, s)) {
        String heading = text.substring(s.start(), s.end());
        // Bullet items look like headings too: keep a few, so a heading stays in view above its list.
        if (recent.size() == HEADINGS_KEPT) {
          recent.removeFirst();
        }
        recent.addLast(heading);
        if (numbered(text, s)) {
          section = heading;
        }
      }
    }
    return out;
  }

  /**
   * For each sentence, the headings that can state a case for it, or null: the numbered section it is in, the
   * nearest heading above it, and a run-in heading that opens its line ("Derecho de retracto: ... . En ese caso,
   * corren por tu cuenta los gastos"), which states the case for the sentences after it on that line. Unlike
   * {@link #headings}, bullet items further up are left out: "Items damaged in transit" three bullets up does not make
   * the costs said under it a defect case.
   */
  static List<String> caseHeadings(String text, List<Span> spans) {
    List<String> out = new ArrayList<>(spans.size());
    String section = null;
    String nearest = null;
    String runIn = null;
    int runInLine = -1;
    for (Span s : spans) {
      int line = text.lastIndexOf('\n', s.start() - 1);
      if (line != runInLine) {
        runIn = null;
      }
      String above = section == null ? nearest : nearest == null || nearest.equals(section) ? section : section + "\n" + nearest;
      out.add(runIn == null ? above : above == null ? runIn : above + "\n" + runIn);
      if (runIn == null && text.substring(line + 1, s.start()).isBlank()) {
        java.util.regex.Matcher m = RUN_IN.matcher(text.substring(s.start(), s.end()));
        if (m.find() && m.group(1).strip().split("\\s+").length <= RUN_IN_WORDS) {
          runIn = m.group(1);
          runInLine = line;
        }
      }
      if (isHeading(text, s)) {
        nearest = text.substring(s.start(), s.end());
        if (numbered(text, s)) {
          section = nearest;
        }
      }
    }
    return out;
  }

  /** A run-in heading: a few words (at most 50 characters), a colon, and the paragraph's text on the same line. */
  private static final java.util.regex.Pattern RUN_IN = java.util.regex.Pattern.compile(
      "^([^\\s.:;!?。：；][^\\n.:;!?。：；]{1,50}?)\\s*[:：]\\s*\\S");

  /** "3. Troca por ..." is split after "3.", so the number is read from the start of the heading's line. */
  private static boolean numbered(String text, Span s) {
    String line = text.substring(text.lastIndexOf('\n', s.start() - 1) + 1, s.end()).strip();
    return NUMBERED.matcher(line).find();
  }

  /**
   * A numbered section heading ("3. Troca por insatisfação", "细则三、", "1.0 退货流程"): its topic holds
   * until the next numbered heading, however long the list under it, so it stays in view beyond the last few lines.
   */
  private static final java.util.regex.Pattern NUMBERED = java.util.regex.Pattern.compile(
      "^(?:\\d{1,2}(?:\\.\\d)?[.)]?\\s*\\p{L}|[一二三四五六七八九十]+、|\\p{IsHan}{1,2}[一二三四五六七八九十]+、)");

  private static final int HEADINGS_KEPT = 4;

  /** "Derecho de retracto:", "Change-of-mind returns:"; a longer lead is a sentence with a colon, not a heading. */
  private static final int RUN_IN_WORDS = 6;

  private static final int MAX_HEADING_CHARS = 80;

  static boolean isHeading(String text, Span s) {
    if (s.end() - s.start() > MAX_HEADING_CHARS) {
      return false;
    }
    char last = text.charAt(s.end() - 1);
    return ".!?;。！？；,，:：".indexOf(last) < 0 || last == ':' || last == '：';
  }

  private static boolean blankLineFollows(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        return true;
      }
      if (!Character.isWhitespace(c)) {
        return false;
      }
    }
    return false;
  }

  private static void add(List<Span> spans, String text, int start, int end) {
    int s = start;
    int e = end;
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    if (e > s) {
      spans.add(new Span(s, e));
    }
  }
}
