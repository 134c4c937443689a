package dev.sellertrust.themes;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * A review cut into lower-case, accent-free word tokens, each with its offsets in the original text and the clause it
 * belongs to. Han characters are one token each, so Chinese phrases are matched as character sequences. Accents are
 * dropped because platforms export reviews with and without them ("não", "nao"); a character a tool replaced by a
 * space ("n o chegou") is repaired per language by {@link #repaired}.
 */
final class ReviewTokens {
  private static final char[] FOLD = foldTable();

  final String original;
  final String[] words;
  final int[] starts;
  final int[] ends;
  /** A clause ends at sentence punctuation or a comma; a negation does not reach across it. */
  final int[] clause;

  private ReviewTokens(String original, List<String> words, List<int[]> spans, List<Integer> clauses) {
    this.original = original;
    int n = words.size();
    this.words = words.toArray(new String[0]);
    this.starts = new int[n];
    this.ends = new int[n];
    this.clause = new int[n];
    for (int i = 0; i < n; i++) {
      starts[i] = spans.get(i)[0];
      ends[i] = spans.get(i)[1];
      clause[i] = clauses.get(i);
    }
  }

  int size() {
    return words.length;
  }

  static ReviewTokens of(String text) {
    List<String> words = new ArrayList<>();
    List<int[]> spans = new ArrayList<>();
    List<Integer> clauses = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    int wordStart = -1;
    int clauseNo = 0;
    boolean digits = false;
    int n = text.length();
    for (int i = 0; i <= n; i++) {
      char c = i < n ? text.charAt(i) : ' ';
      boolean han = Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
      boolean letter = !han && Character.isLetter(c);
      boolean digit = Character.isDigit(c);
      boolean joinsApostrophe = (c == '\'' || c == '\u2019') && word.length() > 0 && !digits
          && word.charAt(word.length() - 1) == 'n' && i + 1 < n && (text.charAt(i + 1) == 't' || text.charAt(i + 1) == 'T')
          && (i + 2 >= n || !Character.isLetter(text.charAt(i + 2)));
      if (joinsApostrophe) {
        continue;
      }
      boolean continues = word.length() > 0 && ((letter && !digits) || (digit && digits));
      if (!continues && word.length() > 0) {
        words.add(word.toString());
        spans.add(new int[] {wordStart, i});
        clauses.add(clauseNo);
        word.setLength(0);
      }
      if (letter || digit) {
        if (word.length() == 0) {
          wordStart = i;
          digits = digit;
        }
        fold(c, word);
      } else if (han) {
        words.add(String.valueOf(c));
        spans.add(new int[] {i, i + 1});
        clauses.add(clauseNo);
      } else if (endsClause(c)) {
        clauseNo++;
      }
    }
    return new ReviewTokens(text, words, spans, clauses);
  }

  private static boolean endsClause(char c) {
    return switch (c) {
      case '.', '!', '?', ';', ',', '\n', '\u3002', '\uFF0C', '\uFF01', '\uFF1F', '\uFF1B', '\u3001' -> true;
      default -> false;
    };
  }

  private static void fold(char c, StringBuilder out) {
    if (c < FOLD.length) {
      char f = FOLD[c];
      if (f != 0) {
        out.append(f);
      }
      return;
    }
    switch (c) {
      case '\u00DF' -> out.append("ss");
      case '\u0153', '\u0152' -> out.append("oe");
      case '\u00E6', '\u00C6' -> out.append("ae");
      default -> out.append(Character.toLowerCase(c));
    }
  }

  /** Lower case without diacritics for Latin-1 and Latin Extended-A; 0 for a character to drop. */
  private static char[] foldTable() {
    char[] t = new char[0x180];
    for (char c = 0; c < t.length; c++) {
      if (c == '\u00DF' || c == '\u00E6' || c == '\u00C6') {
        continue;
      }
      String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
      char base = d.charAt(0);
      t[c] = Character.toLowerCase(base);
    }
    t['\u00F8'] = 'o';
    t['\u00D8'] = 'o';
    t['\u0131'] = 'i';
    t['\u0142'] = 'l';
    t['\u0141'] = 'l';
    return t;
  }

  /**
   * Portuguese words that lose their accented letter to a space come apart ("n o" for "não", "s " for "só",
   * "at " for "até"); these short fragments are frequent and otherwise meaningless, so they are put back.
   */
  ReviewTokens repaired(String language) {
    if (!"pt".equals(language)) {
      return this;
    }
    List<String> w = new ArrayList<>();
    List<int[]> s = new ArrayList<>();
    List<Integer> cl = new ArrayList<>();
    for (int i = 0; i < words.length; i++) {
      String word = words[i];
      int start = starts[i];
      int end = ends[i];
      int cls = clause[i];
      if (word.equals("n") && i + 1 < words.length && words[i + 1].equals("o") && clause[i] == clause[i + 1]) {
        word = "nao";
        end = ends[++i];
      } else {
        word = switch (word) {
          case "n" -> "nao";
          case "s" -> "so";
          case "at" -> "ate";
          case "j" -> "ja";
          default -> word;
        };
      }
      w.add(word);
      s.add(new int[] {start, end});
      cl.add(cls);
    }
    return new ReviewTokens(original, w, s, cl);
  }
}
