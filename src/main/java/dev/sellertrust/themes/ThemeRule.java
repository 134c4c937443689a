package dev.sellertrust.themes;

/**
 * One phrase that signals a theme. A negatable rule is dropped when a negation word stands in the three tokens before
 * it in the same clause ("not damaged", "sem defeito", "没有破损"); rules that carry their own negation ("nao
 * recebi") are not negatable. A veto is a phrase that, starting within its window right after the match, shows the
 * words meant something else ("nao recebi resposta" is about the seller, not the parcel). A subject veto is a word
 * within its window right before the match that names what the phrase is about ("the refund never came" is about the
 * money, not the parcel).
 */
record ThemeRule(Theme theme, TokenPattern pattern, boolean negatable, TokenPattern veto, TokenPattern subjectVeto,
    int subjectWindow) {
  static final int NEGATION_WINDOW = 3;
  private static final java.util.regex.Pattern SUBJECT = java.util.regex.Pattern.compile("(.+) ~(\\d+) << (.+)");

  /**
   * {@code "!word ~1 word // ~2 veto words"}: '!' marks a negatable rule, " // " introduces the veto;
   * {@code "subject|words ~2 << rule"} puts a subject veto of up to 2 tokens before it.
   */
  static ThemeRule parse(Theme theme, String spec, Vocabulary vocabulary) {
    String s = spec.trim();
    TokenPattern subject = null;
    int subjectWindow = 0;
    java.util.regex.Matcher m = SUBJECT.matcher(s);
    if (m.matches()) {
      subject = TokenPattern.compile(m.group(1), vocabulary);
      subjectWindow = Integer.parseInt(m.group(2));
      s = m.group(3).trim();
    }
    boolean negatable = s.startsWith("!");
    if (negatable) {
      s = s.substring(1);
    }
    TokenPattern veto = null;
    int slash = s.indexOf(" // ");
    if (slash >= 0) {
      veto = TokenPattern.compile(s.substring(slash + 4), vocabulary);
      s = s.substring(0, slash);
    }
    return new ThemeRule(theme, TokenPattern.compile(s, vocabulary), negatable, veto, subject, subjectWindow);
  }

  /** The end of a match at {@code from} that survives the vetoes, or -1. */
  int match(int[][] ids, int[] clause, int from) {
    int end = pattern.matchAt(ids, clause, from);
    if (end > 0 && subjectVeto != null) {
      for (int p = from - 1; p >= Math.max(0, from - subjectWindow) && clause[p] == clause[from]; p--) {
        if (subjectVeto.matchAt(ids, clause, p) > 0) {
          return -1;
        }
      }
    }
    if (end < 0 || veto == null) {
      return end;
    }
    int window = veto.leadingGap();
    for (int p = end; p <= end + window && p < ids.length && clause[p] == clause[end - 1]; p++) {
      if (veto.matchAt(ids, clause, p) > 0) {
        return -1;
      }
    }
    return end;
  }
}
