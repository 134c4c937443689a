package dev.sellertrust.policy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How the money comes back (original payment or store credit) and whether a restocking fee is charged. */
final class RefundTerms {
  private RefundTerms() {}

  static final String ORIGINAL = "refund_to_original_payment";
  static final String CREDIT = "store_credit";
  static final String FEE = "restocking_fee";
  static final String FEE_PERCENT = "restocking_fee_percent";

  /** Negation right before a fee word: "no restocking fee", "without any handling fee", "nicht". */
  private static final Pattern NEGATED = Pattern.compile(
      "(?:\\b(?:no|without|not|never|waive\\w*|free of|sin|sem|kein\\w*|ohne|pas de|aucun\\w*|sans)\\b|不|无需|免)[^.]{0,25}$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern PERCENT = Pattern.compile(
      "(\\d+(?:[.,]\\d+)?)\\s*(?:%|％|percent\\b|per cent\\b|por ciento\\b|por cento\\b|Prozent\\b|pour cent\\b)"
          + "|百分之([零一二两三四五六七八九十\\d]+)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** Words that make a fee a restocking fee by themselves; other fee words need a refund or return nearby. */
  private static final Pattern EXPLICIT_RESTOCKING = Pattern.compile(
      "stocking|reposici|reposi[çc]|Wiedereinlagerung|restockage|remise en stock|重新上架", Pattern.CASE_INSENSITIVE);

  /** A sentence naming a credit is about how the money comes back even without a refund word. */
  static final Pattern CREDIT_WORD = Pattern.compile(
      "cr[eé]dit|Guthaben|Gutschrift|积分|余额|购物金", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  record Method(Found<Boolean> toOriginal, Found<String> storeCredit) {}

  record Fee(Found<Boolean> charged, Found<Double> percent) {}

  static Method method(NormalizedText nt, List<Sentences.Span> sentences, Lexicon lex) {
    String text = nt.text();
    Found<Boolean> original = null;
    Found<String> credit = null;
    for (Sentences.Span s : sentences) {
      String sentence = text.substring(s.start(), s.end());
      if (!(lex.found(Cue.REFUND, sentence) || lex.found(Cue.RETURN, sentence) || CREDIT_WORD.matcher(sentence).find())) {
        continue;
      }
      Matcher only = lex.pattern(Cue.STORE_CREDIT_ONLY).matcher(sentence);
      if (credit == null && only.find()) {
        credit = new Found<>("only", at(nt, CREDIT, s, only));
        if (original == null) {
          original = new Found<>(false, at(nt, ORIGINAL, s, only));
        }
        continue;
      }
      Matcher option = lex.pattern(Cue.STORE_CREDIT_OPTION).matcher(sentence);
      if (credit == null && option.find()) {
        credit = new Found<>("option", at(nt, CREDIT, s, option));
      }
      Matcher orig = lex.pattern(Cue.REFUND_ORIGINAL).matcher(sentence);
      if (original == null && orig.find()) {
        original = new Found<>(true, at(nt, ORIGINAL, s, orig));
      }
    }
    return new Method(original, credit);
  }

  static Fee fee(NormalizedText nt, List<Sentences.Span> sentences, Lexicon lex) {
    String text = nt.text();
    for (Sentences.Span s : sentences) {
      String sentence = text.substring(s.start(), s.end());
      Matcher none = lex.pattern(Cue.FEE_NONE).matcher(sentence);
      if (none.find()) {
        return new Fee(new Found<>(false, at(nt, FEE, s, none)), null);
      }
      Matcher m = lex.pattern(Cue.FEE_CHARGED).matcher(sentence);
      boolean moneyContext = lex.found(Cue.REFUND, sentence) || lex.found(Cue.RETURN, sentence);
      while (m.find()) {
        String before = sentence.substring(Math.max(0, m.start() - 30), m.start());
        if (NEGATED.matcher(before).find()) {
          return new Fee(new Found<>(false, at(nt, FEE, s, m)), null);
        }
        if (moneyContext || EXPLICIT_RESTOCKING.matcher(m.group()).find()) {
          Found<Double> percent = percentNear(nt, s, sentence, m.start(), m.end());
          return new Fee(new Found<>(true, at(nt, FEE, s, m)), percent);
        }
      }
    }
    return new Fee(null, null);
  }

  /** The percentage closest to the fee words, within 80 characters of them in the same sentence. */
  private static Found<Double> percentNear(NormalizedText nt, Sentences.Span s, String sentence, int start, int end) {
    Matcher p = PERCENT.matcher(sentence);
    Double best = null;
    int bestDistance = Integer.MAX_VALUE;
    int bestStart = 0;
    int bestEnd = 0;
    while (p.find()) {
      int distance = p.end() <= start ? start - p.end() : Math.max(0, p.start() - end);
      if (distance <= 80 && distance < bestDistance) {
        Double value = p.group(1) != null
            ? Double.valueOf(p.group(1).replace(',', '.'))
            : Double.valueOf(NumberWords.parse("zh", p.group(2)));
        best = value;
        bestDistance = distance;
        bestStart = p.start();
        bestEnd = p.end();
      }
    }
    if (best == null) {
      return null;
    }
    int from = Math.min(bestStart, start);
    int to = Math.max(bestEnd, end);
    return new Found<>(best, Snippets.around(nt, FEE_PERCENT, s, s.start() + from, s.start() + to));
  }

  private static Evidence at(NormalizedText nt, String fact, Sentences.Span s, Matcher m) {
    return Snippets.around(nt, fact, s, s.start() + m.start(), s.start() + m.end());
  }
}
