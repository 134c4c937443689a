package dev.sellertrust.policy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who pays to send a return back: "buyer", "seller" or "depends".
 *
 * <p>"depends" is read when the seller pays only under a defect condition ("if the item is defective we pay
 * return shipping"), or the buyer pays only when there is no defect ("if found without fault, postage is
 * borne by the customer"): both imply the other party pays in the other case. An explicit statement beats a
 * prepaid label, because labels are sometimes charged to the buyer; between two explicit statements the first
 * wins. A label sent only for faulty goods is the seller paying in that case only: "depends", unless the seller pays
 * in every case.
 */
final class ShippingCost {
  private ShippingCost() {}

  /**
   * Sending a refused return back to the buyer ("shipped back to them at their own cost"): a cost of the
   * refusal, not of returning, so it says nothing about who pays return shipping.
   */
  private static final Pattern RESHIP_TO_BUYER = Pattern.compile(
      "\\b(?:shipped|sent|returned|mailed) back to (?:them|you|the (?:customer|buyer|sender))\\b"
          + "|\\breenviad[oa]s? al (?:cliente|comprador)|\\bdevuelt[oa]s? al (?:cliente|comprador)"
          + "|\\brenvoy[ée]s? (?:au|à l') (?:client|acheteur)|\\ban den (?:Kunden|Käufer) zur[üu]ck(?:geschickt|gesendet|gesandt)"
          + "|\\breenviad[oa]s? ao (?:cliente|comprador)|退还给(?:客户|顾客|买家)|退回给(?:客户|顾客|买家)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  static final String FACT = "return_shipping_paid_by";

  /** With {@code defectOnly} (see {@link DefectOnly}) a defect condition is the whole rule, not one case of two. */
  static Found<String> find(NormalizedText nt, List<Sentences.Span> sentences, Lexicon lex, boolean defectOnly) {
    String text = nt.text();
    Found<String> seller = null;
    Found<String> buyer = null;
    Found<String> label = null;
    Found<String> defectLabel = null;
    List<String> headings = Sentences.headings(text, sentences);
    List<String> cases = Sentences.caseHeadings(text, sentences);
    boolean previousDefect = false;
    boolean previousNoDefect = false;
    boolean previousConditionClause = false;
    for (int i = 0; i < sentences.size(); i++) {
      Sentences.Span s = sentences.get(i);
      String sentence = text.substring(s.start(), s.end());
      String heading = headings.get(i);
      String caseHeading = cases.get(i);
      // "Return costs" as a heading, then "The customer pays them": the heading gives the topic.
      boolean returnContext = lex.found(Cue.RETURN, sentence) || lex.found(Cue.REFUND, sentence)
          || (heading != null && lex.found(Cue.RETURN, heading));
      // A section on one case ("Trocas por defeito", "Troca por insatisfação") conditions what is said under it.
      boolean defectCondition = !defectOnly && (lex.found(Cue.CONDITIONAL_DEFECT, sentence)
          || (caseHeading != null && lex.found(Cue.CONDITIONAL_DEFECT, caseHeading)));
      boolean noDefectCondition = lex.found(Cue.NOT_DEFECT, sentence)
          || (caseHeading != null && lex.found(Cue.NOT_DEFECT, caseHeading));
      // "If the item is faulty, contact us. In that case we pay return shipping": the case carries over.
      if (lex.found(Cue.CASE_REFERENCE, sentence)) {
        defectCondition |= previousDefect;
        noDefectCondition |= previousNoDefect;
      }
      previousDefect = defectCondition;
      previousNoDefect = noDefectCondition;
      // "If it qualifies, we refund the freight; if it does not, you pay it": a clause opening with a negated condition
      // after a clause with another condition, joined by a semicolon, is one case of two.
      boolean secondCase = previousConditionClause && opensWithNegatedCondition(lex, sentence);
      previousConditionClause = lex.found(Cue.CONDITION, sentence) && CLAUSE_END.matcher(sentence).find();
      if (returnContext) {
        Matcher m = lex.pattern(Cue.SELLER_PAYS_SHIPPING).matcher(sentence);
        if (m.find()) {
          Found<String> f = found(nt, s, m, defectCondition ? "depends" : "seller");
          if (defectCondition) {
            return f;
          }
          seller = seller == null ? f : seller;
        }
        m = lex.pattern(Cue.BUYER_PAYS_SHIPPING).matcher(sentence);
        if (m.find() && !RESHIP_TO_BUYER.matcher(sentence).find()) {
          // "The buyer pays return postage, except ..." / "ausser ...": the buyer pays in some cases only.
          boolean conditional = defectCondition || noDefectCondition || secondCase || lex.found(Cue.EXCEPTION, sentence);
          Found<String> f = found(nt, s, m, conditional ? "depends" : "buyer");
          if (conditional) {
            return f;
          }
          buyer = buyer == null ? f : buyer;
        }
      }
      Matcher l = lex.pattern(Cue.PREPAID_LABEL).matcher(sentence);
      if (l.find()) {
        if (!defectCondition && label == null) {
          label = found(nt, s, l, "seller");
        } else if (defectCondition && defectLabel == null) {
          defectLabel = found(nt, s, l, "depends");
        }
      }
    }
    // A label the shop sends only for faulty goods ("Bei mängelbedingten Rücksendungen stellen wir ein Retourenlabel")
    // is the shop paying in that case only, whatever else is said, unless it pays in every case.
    if (defectLabel != null && seller == null) {
      return defectLabel;
    }
    if (seller != null && buyer != null) {
      return seller.evidence().start() < buyer.evidence().start() ? seller : buyer;
    }
    return seller != null ? seller : buyer != null ? buyer : label;
  }

  /** A sentence that ends a clause, not a sentence: at a semicolon. */
  private static final Pattern CLAUSE_END = Pattern.compile("[;；]\\s*$");

  private static final Pattern LEADING = Pattern.compile("^[\\s\\d\\p{P}]{0,6}");

  /**
   * Whether the sentence opens with a condition (list numbers and punctuation before it aside) negated within a few
   * words: "if not", "wenn nicht", "si no", "若商品不符合".
   */
  private static boolean opensWithNegatedCondition(Lexicon lex, String sentence) {
    Matcher lead = LEADING.matcher(sentence);
    int from = lead.lookingAt() ? lead.end() : 0;
    Matcher m = lex.pattern(Cue.CONDITION).matcher(sentence);
    m.region(from, sentence.length());
    if (!m.lookingAt()) {
      return false;
    }
    Matcher not = lex.pattern(Cue.NEGATION).matcher(sentence);
    not.region(m.end(), Math.min(sentence.length(), m.end() + NEGATION_REACH));
    return not.find();
  }

  /** How far after a condition its negation is looked for, in characters: "if the item does not", "若商品不". */
  private static final int NEGATION_REACH = 20;

  private static Found<String> found(NormalizedText nt, Sentences.Span s, Matcher m, String value) {
    return new Found<>(value, Snippets.around(nt, FACT, s, s.start() + m.start(), s.start() + m.end()));
  }
}
