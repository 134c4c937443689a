package dev.sellertrust.themes;

import java.util.ArrayList;
import java.util.List;

/**
 * A phrase of words with bounded gaps, written {@code "nao ~2 receb*|cheg*"}: words separated by spaces, '|' between
 * alternatives, '*' ending a stem, {@code ~N} allowing up to N other tokens before the next word. A run of Han
 * characters is a sequence of one-character words ("没收到"). All words of a match lie in one clause. Gaps are
 * bounded, so a match attempt costs at most the product of (gap + 1) over the phrase: constant per position.
 */
final class TokenPattern {
  private final int[][] elements;
  private final int[] gaps;
  private final String spec;

  private TokenPattern(int[][] elements, int[] gaps, String spec) {
    this.elements = elements;
    this.gaps = gaps;
    this.spec = spec;
  }

  static TokenPattern compile(String spec, Vocabulary vocabulary) {
    List<int[]> elements = new ArrayList<>();
    List<Integer> gaps = new ArrayList<>();
    int gap = 0;
    for (String part : spec.trim().split("\\s+")) {
      if (part.startsWith("~")) {
        gap = Integer.parseInt(part.substring(1));
        continue;
      }
      if (!part.contains("|") && isHan(part)) {
        for (int k = 0; k < part.length(); k++) {
          elements.add(new int[] {vocabulary.register(part.substring(k, k + 1))});
          gaps.add(k == 0 ? gap : 0);
        }
      } else {
        List<Integer> ids = new ArrayList<>();
        for (String alt : part.split("\\|")) {
          if (isHan(alt) && alt.length() > 1) {
            throw new IllegalArgumentException("a Chinese alternative must be one character: " + spec);
          }
          ids.add(vocabulary.register(alt));
        }
        elements.add(Vocabulary.sortedDistinct(ids));
        gaps.add(gap);
      }
      gap = 0;
    }
    if (elements.isEmpty()) {
      throw new IllegalArgumentException("empty pattern");
    }
    return new TokenPattern(elements.toArray(new int[0][]), gaps.stream().mapToInt(Integer::intValue).toArray(), spec);
  }

  private static boolean isHan(String s) {
    return !s.isEmpty() && s.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }

  /** For a veto: how many tokens after the match it may start. */
  int leadingGap() {
    return gaps[0];
  }

  int[] firstElement() {
    return elements[0];
  }

  /** The end (exclusive) of a match starting at token {@code from}, or -1. */
  int matchAt(int[][] tokenIds, int[] clause, int from) {
    if (!Vocabulary.intersects(tokenIds[from], elements[0])) {
      return -1;
    }
    return extend(tokenIds, clause, 1, from);
  }

  private int extend(int[][] tokenIds, int[] clause, int element, int last) {
    if (element == elements.length) {
      return last + 1;
    }
    int limit = Math.min(tokenIds.length - 1, last + 1 + gaps[element]);
    for (int p = last + 1; p <= limit && clause[p] == clause[last]; p++) {
      if (Vocabulary.intersects(tokenIds[p], elements[element])) {
        int end = extend(tokenIds, clause, element + 1, p);
        if (end > 0) {
          return end;
        }
      }
    }
    return -1;
  }

  @Override
  public String toString() {
    return spec;
  }
}
