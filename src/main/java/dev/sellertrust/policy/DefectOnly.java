package dev.sellertrust.policy;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A policy that takes goods back only when they are faulty ("非质量问题不予退换货", "we only accept returns of defective
 * items"): it has no general return window, whatever period it gives for reporting defects, and the shop paying for
 * such returns is not a case among others but the whole rule. Said of some goods only ("特价商品非质量问题不退换") it
 * is an exception, not the policy.
 */
final class DefectOnly {
  private DefectOnly() {}

  /** Goods an exception is stated for: "特价商品", "sale items", "artículos en oferta". */
  private static final Pattern SOME_GOODS = Pattern.compile(
      "特价|促销|活动|定制|以下|特殊|\\bsale\\b|\\bclearance\\b|\\bcustom\\w*|\\bpersonali[sz]ed\\b|\\boferta\\w*|\\bpromo\\w*"
          + "|\\bpersonali[sz]\\w*|\\bsoldes?\\b|\\bpersonnalis\\w*|\\bAngebot\\w*|\\breduziert\\w*",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  static boolean stated(String text, List<Sentences.Span> sentences, Lexicon lex) {
    for (Sentences.Span s : sentences) {
      String sentence = text.substring(s.start(), s.end());
      if (lex.found(Cue.DEFECT_ONLY, sentence) && !SOME_GOODS.matcher(sentence).find()) {
        return true;
      }
    }
    return false;
  }
}
