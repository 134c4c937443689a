package dev.sellertrust.themes;

import java.util.regex.Pattern;

/**
 * The evidence excerpt published for a theme: the matched words with a little context, at most
 * {@value #MAX_CHARS} characters of the original text. Published tables must not carry buyer identifiers, so
 * anything that looks like one (an e-mail address, a long number such as an order, tracking or phone number, a long
 * code mixing letters and digits) is masked.
 */
final class ThemeSnippet {
  private ThemeSnippet() {}

  static final int MAX_CHARS = 80;
  private static final int CONTEXT_TOKENS = 3;
  // bounded, unnested quantifiers: linear on an excerpt of at most MAX_CHARS characters
  private static final Pattern EMAIL = Pattern.compile("[^\\s@]{1,64}@[^\\s@]{1,64}");
  private static final Pattern IDENTIFIER = Pattern.compile("\\b(?=[\\p{Alnum}-]{6,}\\b)[\\p{Alnum}-]*\\d[\\p{Alnum}-]*\\b");
  private static final Pattern LONG_NUMBER = Pattern.compile("\\d[\\d .()/-]{4,}\\d");

  static String around(ReviewTokens tokens, int from, int to) {
    int first = Math.max(0, from - CONTEXT_TOKENS);
    while (first < from && tokens.clause[first] != tokens.clause[from]) {
      first++;
    }
    int last = Math.min(tokens.size() - 1, to - 1 + CONTEXT_TOKENS);
    while (last > to - 1 && tokens.clause[last] != tokens.clause[to - 1]) {
      last--;
    }
    int s = tokens.starts[first];
    int e = tokens.ends[last];
    if (e - s > MAX_CHARS) {
      s = Math.max(tokens.starts[from], Math.min(s, tokens.ends[to - 1] - MAX_CHARS));
      e = Math.min(e, s + MAX_CHARS);
    }
    return mask(tokens.original.substring(s, e).strip());
  }

  static String mask(String excerpt) {
    String m = EMAIL.matcher(excerpt).replaceAll("[email]");
    m = LONG_NUMBER.matcher(m).replaceAll("[number]");
    return IDENTIFIER.matcher(m).replaceAll("[id]");
  }
}
