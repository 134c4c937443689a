package dev.sellertrust.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into sentence spans. Rules look at one sentence at a time because a policy's facts are stated
 * sentence by sentence, and a keyword two sentences away usually belongs to another topic.
 *
 * <p>A sentence ends at {@code . ! ? ;} followed by whitespace, at CJK full stops, or at a blank line. Single
 * line breaks do not end a sentence: scraped pages break lines inside sentences, and headings ("Refund
 * Policy") then stay attached to the first sentence under them, which is useful context.
 */
final class Sentences {
  private Sentences() {}

  record Span(int start, int end) {}

  static List<Span> split(String text) {
    List<Span> spans = new ArrayList<>();
    int start = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      boolean end = false;
      int next = i + 1;
      if (c == '。' || c == '！' || c == '？' || c == '；') {
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
