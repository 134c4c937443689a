package dev.sellertrust.policy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Deterministic, rule-based reading of a return policy: regular expressions per language ({@link Lexicon}),
 * number words ({@link NumberWords}) and a few rules on how facts are phrased. It never guesses: a fact the
 * text does not state stays null, and every value carries the snippet it was read from.
 *
 * <p>Supported languages: en, es, pt, de, fr, zh. A null, blank or unsupported language code is replaced by
 * {@link LanguageDetector}'s guess and {@code languageDetected} is set.
 */
public final class PolicyExtractor {
  private PolicyExtractor() {}

  public static PolicyFacts extract(String text, String language) {
    return extract(text, language, Lexicon::forLanguage);
  }

  /** As {@link #extract(String, String)}, with the lexicon of each language given (see {@link Lexicon#without}). */
  static PolicyFacts extract(String text, String language, java.util.function.Function<String, Lexicon> lexicons) {
    String policy = text == null ? "" : text;
    NormalizedText nt = NormalizedText.of(policy);
    String given = language == null ? "" : language.strip().toLowerCase(Locale.ROOT);
    boolean detected = !Lexicon.LANGUAGES.contains(given);
    String lang = detected ? LanguageDetector.detect(nt.text()) : given;
    Lexicon lex = lexicons.apply(lang);
    List<Sentences.Span> sentences = Sentences.split(nt.text());

    boolean defectOnly = DefectOnly.stated(nt.text(), sentences, lex);
    TimeLimits.Result time = TimeLimits.find(nt, sentences, lex);
    if (defectOnly) {
      // A period for faulty goods is a deadline to report defects, not a window to return goods.
      time = new TimeLimits.Result(null, null, time.timeline());
    }
    Found<String> shipping = ShippingCost.find(nt, sentences, lex, defectOnly);
    RefundTerms.Method method = RefundTerms.method(nt, sentences, lex);
    RefundTerms.Fee fee = RefundTerms.fee(nt, sentences, lex);
    Found<Boolean> exchange = exchange(nt, sentences, lex);
    Found<Boolean> repair = firstTrue(nt, sentences, lex, Cue.REPAIR_REPLACE, "replacement_or_repair_for_defective", false);
    Found<Boolean> conditions = firstTrue(nt, sentences, lex, Cue.CONDITIONS, "conditions_stated", false);
    Found<Boolean> nonReturnable = firstTrue(nt, sentences, lex, Cue.NON_RETURNABLE, "non_returnable_listed", false);
    Found<Boolean> proof = firstTrue(nt, sentences, lex, Cue.PROOF, "proof_of_purchase_required", false);
    Found<Boolean> procedure = firstTrue(nt, sentences, lex, Cue.PROCEDURE, "procedure_stated", false);
    Found<Boolean> contact = ContactChannels.find(nt);
    // Customs and duties matter here only when they concern sending goods back, not import pricing.
    Found<Boolean> international = firstTrue(nt, sentences, lex, Cue.INTERNATIONAL, "international_returns_mentioned", true);
    Found<Boolean> discretionary = firstTrue(nt, sentences, lex, Cue.DISCRETIONARY, "discretionary_language", false);
    List<String> vague = vagueTerms(nt.text(), lex);
    Readability.Score readability = Readability.of(nt.text(), lang);

    List<Evidence> evidence = new ArrayList<>();
    for (Found<?> f : List.of(opt(time.window()), opt(time.startsFrom()), opt(method.toOriginal()),
        opt(method.storeCredit()), opt(time.timeline()), opt(shipping), opt(fee.charged()), opt(fee.percent()),
        opt(exchange), opt(repair), opt(conditions), opt(nonReturnable), opt(proof), opt(procedure), opt(contact),
        opt(international), opt(discretionary))) {
      if (f.evidence() != null) {
        evidence.add(f.evidence());
      }
    }
    PolicyFacts facts = new PolicyFacts(lang, detected, value(time.window()), value(time.startsFrom()),
        value(method.toOriginal()), value(method.storeCredit()), value(time.timeline()), value(shipping),
        value(fee.charged()), value(fee.percent()), value(exchange), value(repair), value(conditions),
        value(nonReturnable), value(proof), value(procedure), value(contact), value(international),
        value(discretionary), evidence, readability.value(), readability.formula(), 0, List.of(), vague,
        nt.repairs());
    List<String> missing = ClarityScore.missingFacts(facts);
    return withClarity(facts, ClarityScore.score(facts, missing), missing);
  }

  private static PolicyFacts withClarity(PolicyFacts f, double clarity, List<String> missing) {
    return new PolicyFacts(f.language(), f.languageDetected(), f.returnWindowDays(), f.windowStartsFrom(),
        f.refundToOriginalPayment(), f.storeCredit(), f.refundTimelineDays(), f.returnShippingPaidBy(),
        f.restockingFee(), f.restockingFeePercent(), f.exchangeOffered(), f.replacementOrRepairForDefective(),
        f.conditionsStated(), f.nonReturnableListed(), f.proofOfPurchaseRequired(), f.procedureStated(),
        f.contactChannelGiven(), f.internationalReturnsMentioned(), f.discretionaryLanguage(), f.evidence(),
        f.readability(), f.readabilityFormula(), clarity, missing, f.vagueTerms(), f.textRepairs());
  }

  /**
   * An explicit "no exchanges" anywhere wins over exchange wording, which is often generic, unless it is said of
   * one kind of goods only ("sale items cannot be exchanged"): that leaves exchanges open for the rest. Exchange
   * wording under a defect condition ("em caso de defeito, a troca é feita sem custo", "如有质量问题可更换") is a
   * replacement of faulty goods, which the labels do not count as an exchange offered.
   */
  private static Found<Boolean> exchange(NormalizedText nt, List<Sentences.Span> sentences, Lexicon lex) {
    List<Sentences.Span> general = new ArrayList<>();
    List<Sentences.Span> notForDefects = new ArrayList<>();
    for (Sentences.Span s : sentences) {
      String sentence = nt.text().substring(s.start(), s.end());
      boolean scoped = (SCOPED_TO_SOME_GOODS.matcher(sentence).find() && !ALL_GOODS_MADE_TO_ORDER.matcher(sentence).find())
          || GOODS_NARROWED_BY_CLAUSE.matcher(sentence).find();
      if (!scoped && !WITHOUT_PRIOR_NOTICE.matcher(sentence).find()) {
        general.add(s);
      }
      if (!lex.found(Cue.CONDITIONAL_DEFECT, sentence) && !Sentences.isHeading(nt.text(), s)) {
        notForDefects.add(s);
      }
    }
    Found<Boolean> no = firstTrue(nt, general, lex, Cue.EXCHANGE_NO, "exchange_offered", false);
    if (no != null) {
      return new Found<>(false, no.evidence());
    }
    return firstTrue(nt, notForDefects, lex, Cue.EXCHANGE_YES, "exchange_offered", false);
  }

  private static final java.util.regex.Pattern SCOPED_TO_SOME_GOODS = java.util.regex.Pattern.compile(
      "\\b(?:sale|clearance|discounted|promotional|personali[sz]ed|custom(?:ised|ized)?|engraved)\\b"
          + "|\\b(?:oferta|promoci[oó]n|liquidaci[oó]n|personalizad)\\w*|\\bpromo[çc]\\w*|\\bAngebots\\w*|\\bReduziert\\w*"
          + "|\\bpersonalisiert\\w*|\\bsoldes?\\b|\\bpersonnalis\\w*|特价|活动|促销|(?:折扣|清仓)(?:商品|产品|款|品)|定制",
      java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

  /**
   * "Não realizamos trocas sem comunicação prévia", "no exchanges without prior authorisation": a step of the
   * procedure, not a refusal.
   */
  private static final java.util.regex.Pattern WITHOUT_PRIOR_NOTICE = java.util.regex.Pattern.compile(
      "\\b(?:sem|sin|without|sans|ohne)\\s+(?:\\p{L}+\\s+){0,2}(?:comunica[çc][ãa]o|autoriza\\w*|authori[sz]\\w*|aviso|contato"
          + "|contacto|pr[eé]vi[oa]|prior|pr[ée]alable|vorherige\\w*|accord|Absprache|R[üu]cksprache|RMA)\\b",
      java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

  /**
   * Goods narrowed by a relative clause, "no aceptamos cambios ni devoluciones de productos que hayan sido usados",
   * "we do not exchange items that have been worn": the refusal is about those goods only.
   */
  private static final java.util.regex.Pattern GOODS_NARROWED_BY_CLAUSE = java.util.regex.Pattern.compile(
      "\\b(?:de|of|on|em|von|d')\\s*(?:(?:los|las|the|os|as|les|any)\\s+)?(?:productos?|art[ií]culos?|prendas?|produtos?|itens?"
          + "|pe[çc]as?|items?|products?|goods|garments?|articles?|produits?|Artikeln?|Waren)\\s*,?\\s+(?:que|that|which|qui|die)\\b",
      java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

  /**
   * A shop whose goods are all personalised ("en raison de la nature personnalisée de nos produits") refuses
   * exchanges for everything it sells, not for one kind of goods.
   */
  private static final java.util.regex.Pattern ALL_GOODS_MADE_TO_ORDER = java.util.regex.Pattern.compile(
      "(?:personali[sz]ed|custom(?:ised|ized)?|personnalis\\p{L}*|personalizad\\p{L}*|personalisiert\\p{L}*)\\s+(?:(?:nature|character)\\s+of\\s+)?"
          + "(?:de |of |der )?(?:all |tous )?(?:our|nos|nuestros|nossos|unserer) (?:products|items|goods|produits|articles|productos"
          + "|art[ií]culos|produtos|Produkte|Artikel)\\b"
          + "|\\b(?:all )?(?:our|nos|nuestros|nossos|unsere|tous nos|todos nuestros|todos os nossos|alle unsere) (?:products|items|goods|produits"
          + "|articles|productos|art[ií]culos|produtos|Produkte|Artikel) (?:are|sont|son|s[ãa]o|sind) (?:all |tous |todos )?"
          + "(?:personali[sz]ed|custom|made to order|personnalis\\w*|personalizad\\w*|personalisiert\\w*)",
      java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

  private static Found<Boolean> firstTrue(NormalizedText nt, List<Sentences.Span> sentences, Lexicon lex, Cue cue,
      String fact, boolean needsReturnContext) {
    String text = nt.text();
    for (Sentences.Span s : sentences) {
      String sentence = text.substring(s.start(), s.end());
      Matcher m = lex.pattern(cue).matcher(sentence);
      if (!m.find()) {
        continue;
      }
      if (needsReturnContext && !(lex.found(Cue.RETURN, sentence) || lex.found(Cue.REFUND, sentence))) {
        continue;
      }
      return new Found<>(true, Snippets.around(nt, fact, s, s.start() + m.start(), s.start() + m.end()));
    }
    return null;
  }

  private static List<String> vagueTerms(String text, Lexicon lex) {
    Set<String> terms = new LinkedHashSet<>();
    Matcher m = lex.pattern(Cue.VAGUE).matcher(text);
    while (m.find()) {
      terms.add(m.group().toLowerCase(Locale.ROOT));
    }
    return new ArrayList<>(terms);
  }

  private static final Found<Object> NONE = new Found<>(null, null);

  @SuppressWarnings("unchecked")
  private static Found<Object> opt(Found<?> f) {
    return f == null ? NONE : (Found<Object>) f;
  }

  private static <T> T value(Found<T> f) {
    return f == null ? null : f.value();
  }
}
