package dev.sellertrust.policy;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text the rules match against, with a map back to offsets in the original text.
 *
 * <p>Scraped policies often carry UTF-8 that was decoded as Latin-1 ("weâ\u0080\u0099ll" for "we'll"), and
 * typographic apostrophes and dashes. Rules are written once against plain ASCII punctuation, so both are
 * repaired here; the offset map keeps {@link Evidence} pointing into the text the seller actually published.
 */
final class NormalizedText {
  private static final String CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

  private final String original;
  private final String text;
  private final int[] toOriginal;
  private final int repairs;

  private NormalizedText(String original, String text, int[] toOriginal, int repairs) {
    this.original = original;
    this.text = text;
    this.toOriginal = toOriginal;
    this.repairs = repairs;
  }

  static NormalizedText of(String original) {
    StringBuilder out = new StringBuilder(original.length());
    int[] map = new int[original.length() + 1];
    int i = 0;
    int repairs = 0;
    while (i < original.length()) {
      int runEnd = i;
      while (runEnd < original.length() && latin1Byte(original.charAt(runEnd)) >= 0) {
        runEnd++;
      }
      String repaired = runEnd - i >= 2 ? redecodeUtf8(original, i, runEnd) : null;
      if (repaired != null) {
        for (int k = 0; k < repaired.length(); k++) {
          map[out.length()] = i;
          out.append(TraditionalChinese.simplified(plainPunctuation(repaired.charAt(k))));
        }
        i = runEnd;
        repairs++;
      } else {
        map[out.length()] = i;
        out.append(TraditionalChinese.simplified(plainPunctuation(original.charAt(i))));
        i++;
      }
    }
    map[out.length()] = original.length();
    int[] trimmed = new int[out.length() + 1];
    System.arraycopy(map, 0, trimmed, 0, trimmed.length);
    return new NormalizedText(original, out.toString(), trimmed, repairs);
  }

  String text() {
    return text;
  }

  /** How many runs of mis-decoded UTF-8 were re-decoded ("â€™" to "'" is one). */
  int repairs() {
    return repairs;
  }

  String original() {
    return original;
  }

  int originalOffset(int normalizedOffset) {
    return toOriginal[normalizedOffset];
  }

  /** Evidence for {@code [start, end)} of the normalized text, clipped to {@link Evidence#MAX_SNIPPET} chars. */
  Evidence evidence(String fact, int start, int end) {
    int s = originalOffset(start);
    int e = originalOffset(end);
    if (e - s > Evidence.MAX_SNIPPET) {
      e = s + Evidence.MAX_SNIPPET;
    }
    while (e > s && Character.isWhitespace(original.charAt(e - 1))) {
      e--;
    }
    while (s < e && Character.isWhitespace(original.charAt(s))) {
      s++;
    }
    return new Evidence(fact, original.substring(s, e), s, e);
  }

  private static int latin1Byte(char c) {
    if (c >= 0x80 && c <= 0xFF) {
      return c;
    }
    int idx = CP1252_HIGH.indexOf(c);
    return idx >= 0 ? 0x80 + idx : -1;
  }

  /** The run decoded as UTF-8 if its Latin-1/CP1252 bytes are valid UTF-8 and shorter; otherwise null. */
  private static String redecodeUtf8(String s, int from, int to) {
    byte[] bytes = new byte[to - from];
    for (int k = from; k < to; k++) {
      bytes[k - from] = (byte) latin1Byte(s.charAt(k));
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer decoded = decoder.decode(ByteBuffer.wrap(bytes));
      return decoded.length() < bytes.length ? decoded.toString() : null;
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static char plainPunctuation(char c) {
    return switch (c) {
      case '\u2018', '\u2019', '\u00B4', '`', '\u2032' -> '\'';
      case '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB' -> '"';
      case '\u2013', '\u2014', '\u2212', '\u2011' -> '-';
      case '\u00A0', '\u2009', '\u202F', '\u3000' -> ' ';
      default -> c;
    };
  }
}
