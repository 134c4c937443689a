package dev.sellertrust.policy;

/** Evidence snippets: the match with some of its sentence around it, within {@link Evidence#MAX_SNIPPET}. */
final class Snippets {
  private Snippets() {}

  private static final int CONTEXT = 60;

  static Evidence around(NormalizedText nt, String fact, Sentences.Span sentence, int matchStart, int matchEnd) {
    int end = Math.min(sentence.end(), Math.max(matchEnd, matchStart + 1) + CONTEXT);
    int start = Math.max(sentence.start(), matchStart - CONTEXT);
    if (end - start > Evidence.MAX_SNIPPET) {
      start = Math.max(sentence.start(), Math.min(matchStart, end - Evidence.MAX_SNIPPET));
    }
    return nt.evidence(fact, start, end);
  }
}
