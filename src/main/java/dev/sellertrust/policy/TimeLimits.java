package dev.sellertrust.policy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.List;

/**
 * Reads the general return window and the refund timeline from the time spans in the text.
 *
 * <p>Every span is classified by what it counts from (the "anchor" right after it, or right before it in
 * Chinese): from delivery, purchase or shipment it is a window; from the seller receiving the return it is a
 * refund timeline; from a request or an authorisation it is a shipping deadline and is ignored. Spans without
 * an anchor are a timeline when the wording around them is about paying the refund, otherwise a window if
 * "within", "up to", "-day return" and the like mark them as a limit.
 *
 * <p>Choosing the general window among several: windows in sentences about defects ("report damage within 3
 * days") or warranties are not the general window, so defect sentences are skipped and warranty sentences
 * rank low; a span followed by "for electronics" ranks below an unqualified one; among equals the first
 * stated wins, because policies state the standard rule before the exceptions.
 */
final class TimeLimits {
  private TimeLimits() {}

  static final String WINDOW = "return_window_days";
  static final String STARTS_FROM = "window_starts_from";
  static final String TIMELINE = "refund_timeline_days";

  private static final int MAX_WINDOW_DAYS = 365;
  /** The words after a span that any rule reads; bounded so a page-long sentence costs time in its length only. */
  private static final int POST_CHARS = 200;

  /**
   * The EU model withdrawal form (Directive 2011/83/EU, annex I) counts the period from the day the consumer
   * "acquires physical possession of the goods", in every language's own words, often after a comma.
   */
  private static final Pattern POSSESSION = Pattern.compile(
      "physical possession|in Besitz (?:genommen|nehmen|nimmt)|possession physique|physiquement possession|posesi[oó]n material"
          + "|posse f[ií]sica|取得(?:商品|货物)?实物",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * The model form's refund deadline counts from the trader learning of the withdrawal ("not later than 14 days from
   * the day on which we are informed about your decision to withdraw"): the time to pay the refund, not a window.
   */
  private static final Pattern WITHDRAWAL_NOTICE = Pattern.compile(
      "(?:informed|notified) (?:about|of) (?:your|the) decision to withdraw|Mitteilung über (?:Ihren|deinen|den) Widerruf"
          + "|(?:se nos informe|seamos informados) de (?:su|tu) decisi[oó]n de desist|inform[ée]s? de (?:votre|ta) d[ée]cision de r[ée]tractation"
          + "|informad[oa]s? da (?:sua |tua )?decis[ãa]o de (?:resolu|desist|arrepend)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** A request word after "to"/"para"/"pour"/"um": the purpose of the period ("30 days to request a return"). */
  private static final Pattern PURPOSE_BEFORE = Pattern.compile(
      "(?:\\bto|\\bpara|\\bpour|\\bum|\\bzu|\\bin order to)\\s+(?:\\p{L}+\\s+){0,2}$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** Statutory wording: a legal minimum stated next to the shop's own, usually longer, window. */
  private static final Pattern STATUTORY = Pattern.compile(
      "\\bstatutory|\\blegal(?:e|es|ly)?\\b|\\bgesetzlich\\w*|\\bl[ée]gal\\w*|法定",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** Chinese "N天无理由退货": by law (消费者权益保护法 art. 25) counted from receipt of the goods. */
  private static final Pattern NO_REASON = Pattern.compile("^\\s*(?:\\(含\\)|（含）)?\\s*(?:内)?\\s*无理由");
  private static final int PRE_CHARS = 40;
  /** How far before a span the subject of its sentence is looked for ("Le remboursement sera effectué ..."). */
  private static final int SUBJECT_CHARS = 140;

  /** Receipt stated before the span: "after receiving your item you have 30 days", "nach Erhalt ... 30 Tage". */
  private static final Pattern DELIVERY_BEFORE = Pattern.compile(
      "(?:\\bafter (?:receiving|receipt|delivery)|\\bupon (?:receipt|delivery)|\\bonce you (?:receive|have received)"
          + "|\\btras (?:recibir|la recepci[oó]n|la entrega)|\\bdespu[eé]s de recibir|\\bnach (?:Erhalt|Lieferung|Zustellung)"
          + "|\\bapr[eè]s (?:r[ée]ception|livraison)|\\b(?:ap[oó]s|depois de) (?:o )?receb\\w*)[^.;]*$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final int ANCHOR_CHARS = 50;

  /** A clause that only says where the count starts: ", a contar da data de entrega", ", à compter de la réception". */
  private static final Pattern COUNTED_FROM = Pattern.compile(
      "[,(]\\s*(?:a contar|contad[oa]s(?: a partir)?|a partir|à compter|à partir|à dater|counted from|counting from|starting from"
          + "|contados(?: a partir)?|desde|gerechnet ab|beginnend (?:mit|ab)|ab)\\b",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  record Result(Found<Integer> window, Found<String> startsFrom, Found<Integer> timeline) {}

  private enum Anchor { DELIVERY, PURCHASE, SHIPMENT, AFTER_RETURN, REQUEST }

  static Result find(NormalizedText nt, List<Sentences.Span> sentences, Lexicon lex) {
    String text = nt.text();
    Candidate bestWindow = null;
    Candidate bestTimeline = null;
    List<String> headings = Sentences.headings(text, sentences);
    for (int si = 0; si < sentences.size(); si++) {
      Sentences.Span s = sentences.get(si);
      String sentence = text.substring(s.start(), s.end());
      String heading = headings.get(si);
      boolean returnsHere = lex.found(Cue.RETURN, sentence);
      // A heading about returns makes its sentences eligible, ranked below a sentence that names returns itself.
      boolean returns = returnsHere || (heading != null && lex.found(Cue.RETURN, heading));
      boolean refunds = lex.found(Cue.REFUND, sentence);
      boolean defect = lex.found(Cue.DEFECT, sentence);
      for (Durations.Duration d : Durations.find(sentence, lex.language())) {
        String pre = sentence.substring(Math.max(0, d.start() - PRE_CHARS), d.start());
        String post = sentence.substring(d.end(), Math.min(sentence.length(), d.end() + POST_CHARS));
        Anchor anchor = anchor(lex, pre, post);
        if (anchor == null && "zh".equals(lex.language()) && NO_REASON.matcher(post).find()) {
          anchor = Anchor.DELIVERY;
        }
        if (anchor == null && DELIVERY_BEFORE.matcher(pre).find()) {
          anchor = Anchor.DELIVERY;
        }
        if (anchor == Anchor.DELIVERY && refundSubject(lex, sentence, d.start())) {
          // "refunds are processed within 7 days after receipt": receipt of the returned goods.
          anchor = Anchor.AFTER_RETURN;
        }
        String local = sentence.substring(Math.max(0, d.start() - SUBJECT_CHARS), Math.min(sentence.length(), d.end() + 60));
        boolean timelineWording = lex.found(Cue.TIMELINE, local) && !lex.found(Cue.WINDOW_NOUN, post);
        Candidate c = new Candidate(s.start() + d.start(), s.start() + d.end(), d.days(), anchor, s);
        boolean windowAnchor = anchor == Anchor.DELIVERY || anchor == Anchor.PURCHASE || anchor == Anchor.SHIPMENT;
        if (anchor == Anchor.AFTER_RETURN || (!windowAnchor && timelineWording)) {
          c.score = (returns ? 2 : 0) + (refunds ? 1 : 0);
          bestTimeline = better(bestTimeline, c);
          continue;
        }
        if (anchor == Anchor.REQUEST || defect || d.days() > MAX_WINDOW_DAYS || !(returns || refunds)) {
          continue;
        }
        boolean limitWording = windowAnchor
            || lex.found(Cue.WINDOW_PREFIX, pre)
            || lex.found(Cue.WINDOW_SUFFIX, post);
        if (!limitWording) {
          continue;
        }
        // Only a warranty word near the span counts: "in-warranty phones can be returned within 14 days" is a window.
        boolean warranty = lex.found(Cue.WARRANTY,
            sentence.substring(Math.max(0, d.start() - 60), Math.min(sentence.length(), d.end() + 60)));
        boolean statutory = STATUTORY.matcher(local).find();
        c.score = (returnsHere ? 2 : 1) + (windowAnchor ? 1 : 0) - (warranty ? 3 : 0)
            - (lex.found(Cue.CATEGORY_SUFFIX, post) ? 1 : 0) - (statutory ? 2 : 0);
        bestWindow = better(bestWindow, c);
      }
    }
    Found<Integer> window = bestWindow == null ? null
        : new Found<>(bestWindow.days, evidence(nt, WINDOW, bestWindow));
    Found<String> startsFrom = bestWindow == null || bestWindow.anchor == null ? null
        : new Found<>(bestWindow.anchor.name().toLowerCase(java.util.Locale.ROOT), evidence(nt, STARTS_FROM, bestWindow));
    Found<Integer> timeline = bestTimeline == null ? null
        : new Found<>(bestTimeline.days, evidence(nt, TIMELINE, bestTimeline));
    return new Result(window, startsFrom, timeline);
  }

  /**
   * What the span counts from: the earliest anchor in the words right after it, stopping at a comma or
   * semicolon (a new clause). Chinese states the anchor before the number, so there the latest one before it.
   */
  private static Anchor anchor(Lexicon lex, String pre, String post) {
    if ("zh".equals(lex.language())) {
      return latestAnchor(lex, pre);
    }
    // The statutory wording runs long ("..., or a third party other than the carrier and indicated by you, acquires
    // physical possession"), so it is looked for further on than the other anchors.
    String statutory = post.substring(0, Math.min(post.length(), 3 * ANCHOR_CHARS));
    if (POSSESSION.matcher(statutory).find()) {
      return Anchor.DELIVERY;
    }
    if (WITHDRAWAL_NOTICE.matcher(statutory).find()) {
      return Anchor.AFTER_RETURN;
    }
    String window = post.substring(0, Math.min(post.length(), ANCHOR_CHARS));
    int clauseEnd = firstClauseBreak(window);
    Matcher counting = COUNTED_FROM.matcher(post).region(Math.min(clauseEnd, post.length()), post.length());
    if (counting.lookingAt()) {
      // "em até 7 dias, a contar da data de entrega": the clause after the comma says what the span counts from.
      window = post.substring(counting.end(), Math.min(post.length(), counting.end() + ANCHOR_CHARS));
      window = window.substring(0, firstClauseBreak(window));
    } else {
      window = window.substring(0, clauseEnd);
    }
    Anchor best = null;
    int bestStart = Integer.MAX_VALUE;
    int bestLength = 0;
    for (Anchor a : Anchor.values()) {
      Matcher m = lex.pattern(cueOf(a)).matcher(window);
      if (m.find() && !(a == Anchor.REQUEST && PURPOSE_BEFORE.matcher(window.substring(0, m.start())).find())) {
        int len = m.end() - m.start();
        // On a tie the later kind wins: "receiving your return" (after return) over "receiving" (delivery).
        if (m.start() < bestStart || (m.start() == bestStart && len >= bestLength)) {
          best = a;
          bestStart = m.start();
          bestLength = len;
        }
      }
    }
    return best;
  }

  /**
   * The refund is what the sentence is about before the span: "Refunds are processed within ...", "Expect a
   * credit to your account within 10 days from the date of receipt".
   */
  private static boolean refundSubject(Lexicon lex, String sentence, int spanStart) {
    String before = sentence.substring(Math.max(0, spanStart - SUBJECT_CHARS), spanStart);
    return (lex.found(Cue.REFUND, before) || RefundTerms.CREDIT_WORD.matcher(before).find()) && lex.found(Cue.TIMELINE, before);
  }

  private static Anchor latestAnchor(Lexicon lex, String pre) {
    Anchor best = null;
    int bestEnd = -1;
    for (Anchor a : Anchor.values()) {
      Matcher m = lex.pattern(cueOf(a)).matcher(pre);
      while (m.find()) {
        if (m.end() > bestEnd || (m.end() == bestEnd && a == Anchor.AFTER_RETURN)) {
          best = a;
          bestEnd = m.end();
        }
      }
    }
    return best;
  }

  private static int firstClauseBreak(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ',' || c == ';' || c == ':' || c == '(' || c == '，') {
        return i;
      }
    }
    return s.length();
  }

  private static Cue cueOf(Anchor a) {
    return switch (a) {
      case DELIVERY -> Cue.ANCHOR_DELIVERY;
      case PURCHASE -> Cue.ANCHOR_PURCHASE;
      case SHIPMENT -> Cue.ANCHOR_SHIPMENT;
      case AFTER_RETURN -> Cue.ANCHOR_AFTER_RETURN;
      case REQUEST -> Cue.ANCHOR_REQUEST;
    };
  }

  private static Candidate better(Candidate current, Candidate c) {
    return current == null || c.score > current.score ? c : current;
  }

  private static Evidence evidence(NormalizedText nt, String fact, Candidate c) {
    int start = Math.max(c.sentence.start(), c.start - 60);
    int end = Math.min(c.sentence.end(), c.end + 60);
    return nt.evidence(fact, start, end);
  }

  private static final class Candidate {
    final int start;
    final int end;
    final int days;
    final Anchor anchor;
    final Sentences.Span sentence;
    int score;

    Candidate(int start, int end, int days, Anchor anchor, Sentences.Span sentence) {
      this.start = start;
      this.end = end;
      this.days = days;
      this.anchor = anchor;
      this.sentence = sentence;
    }
  }
}
