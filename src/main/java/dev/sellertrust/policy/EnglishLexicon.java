package dev.sellertrust.policy;

import static dev.sellertrust.policy.Cue.*;

import java.util.EnumMap;
import java.util.Map;

/** English wording. Apostrophes are plain ASCII because {@link NormalizedText} folds the typographic ones. */
final class EnglishLexicon {
  private EnglishLexicon() {}

  private static final String PAYER_BUYER = "(?:you|customers?|buyers?|purchasers?|clients?|consumers?|recipients?"
      + "|the (?:customer|buyer|purchaser|client|consumer|recipient|sender))";
  private static final String SELLER_SUBJECT = "(?:we|we'll|(?!you\\b|customers?\\b|buyers?\\b|purchasers?\\b|clients?\\b"
      + "|consumers?\\b)[\\w-]+ (?:will|shall))";
  /** The cost of sending a return back, in the noun phrases shops use for it. */
  private static final String RETURN_COST = "(?:return(?:ing)?\\s+(?:shipping|postage|freight|delivery|carriage|courier|costs?"
      + "|expenses?|fees?|charges?)(?:\\s+(?:costs?|fees?|charges?))?|(?:the\\s+)?(?:(?:shipping|postage|freight|delivery)\\s+)?"
      + "(?:costs?|expenses?|charges?|fees?|shipping|postage|freight)\\s+(?:arising from|of|for|on)\\s+(?:the\\s+|your\\s+)?"
      + "(?:return(?:s|ing|ed\\s+\\w+)?|sending\\s+(?:\\w+\\s+)?back)(?:\\s+(?:shipping|postage))?)";

  static Map<Cue, String> cues() {
    Map<Cue, String> m = new EnumMap<>(Cue.class);
    m.put(RETURN, "\\breturn(?:s|ed|ing)?\\b|\\bsend (?:it|them|\\w+) back\\b|\\bship (?:it|them) back\\b|\\bwithdraw(?:al)?\\b");
    m.put(REFUND, "\\brefund\\w*|\\bmoney[- ]back\\b|\\breimburse\\w*");
    m.put(WINDOW_PREFIX, "\\b(?:within|up to|have|has|of|during|first|initial|until|than|after|beyond|period of|maximum of"
        + "|at least|in)(?:\\s+(?:a|an|the|approximately|about|only|another|additional|full))*");
    m.put(WINDOW_NOUN, "[\\s-]*(?:window|period|return|money|trial|guarantee|satisfaction)");
    m.put(WINDOW_SUFFIX, "[\\s-]*(?:return|refund|money|trial|satisfaction|risk|exchange|guarantee)|\\s*(?:period|window)"
        + "|\\s*,?\\s*(?:of|from|after|following|since)\\b");
    m.put(ANCHOR_DELIVERY, "\\bdeliver(?:y|ed|ies)?\\b|\\breceipt\\b|\\breceiv(?:e|ed|ing)\\b|\\barriv(?:al|es|ed)\\b"
        + "|\\border (?:is|was|has been) received\\b|\\bin hand\\b");
    m.put(ANCHOR_PURCHASE, "\\bpurchase[sd]?\\b|\\border(?:ed|s)?\\b|\\bbought\\b|\\binvoice\\b|\\btransaction\\b|\\bcheckout\\b");
    m.put(ANCHOR_SHIPMENT, "\\bship(?:ment|ped|ping)\\b|\\bdispatch\\w*|\\bdespatch\\w*");
    m.put(ANCHOR_AFTER_RETURN, "\\bour receipt\\b|\\bwe (?:have )?receiv\\w*|\\breceiv\\w* (?:the |your )?return\\w*"
        + "|\\breceipt of (?:the |your )?return\\w*|\\breturns? (?:is|are|has been|have been) received\\b");
    m.put(ANCHOR_REQUEST, "\\brequest\\w*|\\bauthori[sz]\\w*|\\bissu(?:e|ed|ance)\\b|\\bapprov\\w*|\\bRMA\\b|\\bprior\\b"
        + "|\\bnotif\\w*|\\bclaim\\b");
    m.put(TIMELINE, "\\b(?:refund|credit|reimbursement)s?\\b[^.]{0,80}?\\b(?:process\\w*|issu\\w*|credit\\w*|receiv\\w*"
        + "|reach\\w*|appear\\w*|show\\w*|post\\w*|complet\\w*|take|takes|made|sent|paid)\\b"
        + "|\\b(?:process|issue|receive|allow|make|send|expect|see|get)\\b[^.]{0,60}?\\b(?:refund|credit|reimbursement)\\b"
        + "|\\breturn processing\\b|\\brefunded\\b");
    m.put(WARRANTY, "\\bwarrant\\w*");
    m.put(DEFECT, "\\bdefect\\w*|\\bfaulty\\b|\\bfaults?\\b|\\bdamaged?\\b|\\bbroken\\b|\\bmalfunction\\w*|\\bdiscrepanc\\w*"
        + "|\\b(?:wrong|incorrect) (?:item|product|size)s?\\b|\\berrors?\\b|\\bnot as described\\b");
    m.put(CONDITIONAL_DEFECT, "\\b(?:if|when|where|unless|in case|in the event|should)\\b[^.]{0,100}?\\b(?:defect\\w*"
        + "|faulty|damaged|broken|deteriorat\\w*|our (?:error|mistake)|wrong|incorrect|not as described)"
        + "|\\b(?:defective|faulty|damaged|wrong|incorrect) (?:items?|products?|goods|merchandise)\\b"
        + "|\\bfor (?:defective|faulty|damaged)\\b"
        + "|\\bexcept (?:for|when|if|where|in (?:the )?cases? (?:of|where))\\b[^.]{0,60}?\\b(?:defect\\w*|faulty|damaged|broken|our (?:error|mistake)|wrong|incorrect|not as described)");
    m.put(NOT_DEFECT, "\\b(?:without|no) fault\\b|\\bnot (?:be )?(?:defective|faulty|damaged)\\b|\\bchange (?:of|your) mind\\b"
        + "|(?<!\\bunless )(?<!\\bexcept )\\botherwise\\b(?! (?:stated|noted|specified|agreed|indicated|provided|required)\\b)|\\bunless\\b[^.]{0,60}?\\b(?:defective|faulty|damaged|our (?:error|mistake))"
        + "|\\b(?:customer|buyer|purchaser)(?:'s)? (?:error|mistake|fault)\\b|\\bbuyer's remorse\\b|\\bno longer (?:want|need)\\w*\\b|\\b(?:ordered|chose) the wrong\\b");
    m.put(CASE_REFERENCE, "\\bin (?:that|this|such a|such|either|both|these|those|which) cases?\\b|\\bif so\\b|\\bwhere this is the case\\b");
    // An exception, not the boilerplate "unless otherwise stated" that excepts nothing.
    m.put(EXCEPTION, "\\bunless\\b(?![\\s,]+(?:otherwise|as)\\b)"
        + "|\\bexcept\\b(?![\\s,]+(?:otherwise|as)\\b)"
        + "|\\bexcepting\\b(?![\\s,]+(?:otherwise|as)\\b)"
        + "|\\bwith the exception of\\b"
        + "|\\bsave (?:for|where|when|if)\\b");
    m.put(CONDITION, "\\b(?:if|should|in case|in the event)\\b");
    m.put(NEGATION, "\\bnot?\\b|n\'t\\b");
    m.put(DEFECT_ONLY, "\\b(?:only|solely) (?:accept|take back|allow) returns? (?:of|for|on) (?:defective|faulty|damaged)\\b"
        + "|\\breturns? (?:are|is) accepted only (?:for|if|when) (?:the )?(?:items?|products?|goods) (?:is |are )?(?:defective|faulty|damaged)\\b");
    m.put(CATEGORY_SUFFIX, "\\s*(?:for|on)\\s+(?!(?:a|an|the|your|all|any|most|returns?|refunds?|exchanges?|up|more|less"
        + "|items?|products?|purchases?|orders?|merchandise|goods|new|unused|full)\\b)\\w+");
    // Who pays is said in a few general structures, each with any payer word: an active clause ("the customer
    // handles shipping charges", "we will take charge of the costs of the return"), a passive or possessive one
    // ("the cost of return postage will be borne by the customer", "return shipping is on us"), "free returns",
    // a refusal to pay or refund return costs, and a deduction from the refund.
    m.put(SELLER_PAYS_SHIPPING, "(?<!\\bno )(?<!not offer )(?<!n't offer )\\b(?:free|complimentary|no[- ]cost|cost-free)\\s+"
        + "return(?:s|\\s+(?:shipping|postage|labels?|pick-?ups?|collection))?\\b(?!\\s+(?:is|are)\\s+not\\b)"
        + "|\\breturn(?:s|ed (?:items?|goods|products?)| shipping| postage| freight| labels?)?(?: costs?| fees?| charges?)?"
        + "\\s+(?:are|is|will be)\\s+(?:always |completely |totally |100% )?(?:free|complimentary|on us|included"
        + "|free of charge|at no (?:extra |additional )?(?:cost|charge)|at our (?:own )?(?:cost|expense))\\b"
        + "|\\b" + SELLER_SUBJECT + "\\s+(?:will\\s+|shall\\s+)?(?:happily\\s+|gladly\\s+|also\\s+)?(?:pay|cover|bear|absorb|meet"
        + "|refund|reimburse|take charge of)\\s+(?:for\\s+)?(?:the\\s+|all\\s+|your\\s+|any\\s+)?(?:direct\\s+)?" + RETURN_COST
        + "(?!\\s+to\\s+(?:you|the customer))"
        + "|\\b" + RETURN_COST + "\\b[^.]{0,40}?\\b(?<!not )(?:covered|paid(?: for)?|reimbursed|refunded|borne) by"
        + " (?:us|the (?:seller|store|shop|company|merchant)|(?!" + PAYER_BUYER + "\\b)\\p{Lu}[\\w-]*)\\b"
        + "|\\bat (?:our|the seller's|the store's) (?:own )?(?:cost|expense)\\b|\\breturn\\w*[^.]{0,40}\\bfree of charge\\b"
        + "|\\b(?:at )?no (?:extra |additional )?(?:cost|charge) to (?:you|the customer)\\b");
    m.put(BUYER_PAYS_SHIPPING, "\\b" + PAYER_BUYER + "\\s+(?:will\\s+|shall\\s+|must\\s+|should\\s+)?(?:(?:have|has|need|needs"
        + "|is required|are required)\\s+to\\s+)?(?:pays?(?:\\s+for)?|covers?|bears?|handles?|meets?|absorbs?"
        + "|(?:is|are|will be|shall be|remains?)\\s+(?:solely\\s+|fully\\s+)?(?:responsible|liable)\\s+for)\\b"
        + "[^.]{0,40}?\\b(?:shipping|postage|freight|costs?|expenses?|charges?)\\b"
        + "|\\b" + RETURN_COST + "\\b[^.]{0,40}?\\b(?:is|are|will be|shall be|remains?)\\s+(?:to be\\s+)?(?:(?:borne|paid(?: for)?"
        + "|covered|payable) by " + PAYER_BUYER + "|(?:the )?(?:sole |full )?(?:responsibility|obligation|liability) of "
        + PAYER_BUYER + "|(?:your|the (?:customer|buyer|purchaser|consumer)'s|customers'|buyers') (?:own |sole )?"
        + "(?:responsibility|expense|cost))\\b"
        + "|\\bat (?:your|his/her|his or her|their|the (?:customer|buyer|purchaser)'s|customer's|buyer's) (?:own |sole )?"
        + "(?:cost|expense)s?"
        + "|\\b(?:we|(?!" + PAYER_BUYER + "\\b)\\w+)\\s+(?:will not|won't|do not|does not|don't|shall not|cannot)\\s+"
        + "(?:pay|cover|refund|reimburse)[^.]{0,40}?\\b" + RETURN_COST
        + "|\\b" + RETURN_COST + "\\b[^.]{0,30}?\\b(?:is|are|will be|shall be)\\s+(?:not\\s+(?:be\\s+)?(?:paid|refunded|covered"
        + "|reimbursed|refundable)|non-?refundable)"
        + "|\\b(?:less|minus)\\s+(?:any |the |a )?(?:original (?:and|&) )?" + RETURN_COST
        + "|\\b" + RETURN_COST + "\\b[^.]{0,30}?\\b(?:deducted|subtracted) from (?:your|the) refund"
        + "|\\b(?:returns?|items?|parcels?|packages?|goods|products?)\\b[^.]{0,40}?\\b(?:must|should|need to) be (?:sent|shipped"
        + "|returned|posted|mailed)\\b[^.]{0,30}?\\b(?:pre-?paid|postage[- ]paid|carriage[- ]paid|freight[- ]prepaid)\\b"
        + "|\\b(?:C\\.?O\\.?D\\.?|cash on delivery|freight collect|collect|unpaid|postage[- ]due) (?:returns?|parcels?|packages?"
        + "|shipments?)\\b[^.]{0,30}?\\b(?:not be accepted|not accepted|refused|rejected)");
    m.put(PREPAID_LABEL, "\\b(?:pre-?paid|provided|enclosed|included|supplied|free) (?:return |shipping )*label\\b"
        + "|\\b(?:send|e-?mail|provid|giv|issu|receiv)\\w*\\b[^.]{0,60}?\\breturns? (?:shipping |postage )?label\\b"
        + "|\\blabel\\b[^.]{0,20}?\\bcover\\w* the costs? of return"
        // The EU model withdrawal form's "We will collect the goods": the trader collects, said less directly.
        + "|\\bwe (?:will|'ll|shall) (?:collect|pick up) (?:the|your) (?:goods|items?|products?|parcels?|package)\\b");
    m.put(FEE_CHARGED, "\\bre-?stocking(?: fees?| charges?)?\\b|\\breprocessing fees?\\b"
        + "|(?<!shipping and )(?<!shipping & )\\b(?:return )?handling fees?\\b|\\bcancellation fees?\\b"
        + "|\\b(?:minus|less|deduct\\w*)\\s+(?:a\\s+|an\\s+|the\\s+)?\\d+(?:\\.\\d+)?\\s*%\\s*(?:fee|charge)"
        + "|\\bpenalty of\\b|\\badministrati\\w* fees?\\b");
    m.put(FEE_NONE, "\\bno re-?stocking (?:fee|charge)s?|\\bwithout (?:a |any )?re-?stocking"
        + "|\\b(?:do not|don't|never|will not|won't) charge (?:a |any )?re-?stocking"
        + "|\\bre-?stocking (?:fee|charge)s? (?:is|are|will be) waived|\\bfree of re-?stocking");
    m.put(REFUND_ORIGINAL, "\\boriginal (?:form of |method of |mode of )?payment\\b|\\boriginal payment (?:method|card|source)\\b"
        + "|\\bsame (?:means|method|channel|form|mode|card|account|bank)\\b[^.]{0,60}?\\bpay"
        + "|\\bpayment method (?:used|you used)\\b|\\b(?:method|form|means) of payment (?:used|you used)\\b"
        + "|\\boriginal (?:credit |debit )?card\\b|\\bsame payment method\\b"
        + "|\\bsame (?:[\\w-]+ ){0,4}(?:card|account)s? (?:used|that was used|you used)\\b"
        + "|\\bback to (?:your|the) (?:original )?(?:credit card|card|payment)");
    m.put(STORE_CREDIT_ONLY, "\\b(?:store|shop|site|account|merchandise) credit only\\b"
        + "|\\bonly (?:in the form of |as |with |by )?(?:a )?(?:store credit|gift card|voucher|credit note|merchandise credit)"
        + "|\\b(?:refunds?|returns?)[^.]{0,40}?\\b(?:issued|given|made|provided) (?:as|in the form of|in) (?:a )?"
        + "(?:store credit|gift card|voucher|credit note)s?\\b(?! or)");
    m.put(STORE_CREDIT_OPTION, "\\b(?:store|shop|site|account|merchandise) credit\\b|\\bcredit note\\b"
        + "|\\bcredit (?:through|on|to|in|at) (?:our|the|your|\\w+'s) (?:web ?)?(?:store|shop|account)\\b"
        + "|\\b(?:refund\\w*|credit\\w*)\\b[^.]{0,40}?\\b(?:gift card|voucher)");
    m.put(EXCHANGE_YES, "\\b(?:offer|accept|provide|arrange|request|for|may|can|free)\\s+(?:an?\\s+)?exchanges?\\b"
        + "|(?<!in )\\bexchange(?:d)?\\s+(?:it|them|for|the|your|any|an)\\b|\\breturns? (?:and|or|&) exchanges?\\b"
        + "|(?<!eligible for )(?<!\\bno )\\b(?:refund|return|credit)s?\\s+(?:or|and|&)\\s+(?:an?\\s+)?exchanges?\\b|\\bexchanges?\\s+or\\s+(?:a\\s+)?(?:full\\s+)?refund\\b"
        + "|\\bexchanges? (?:are|is) (?:accepted|available|possible|offered|free)\\b|\\bexchange only\\b|\\bto exchange\\b"
        + "|^\\W*exchanges?\\b(?!\\s+rates?)|\\b(?:return\\w*|send\\w* back) for (?:a )?(?:replacement|exchange)\\b");
    m.put(EXCHANGE_NO, "\\b(?:do not|don't|does not|cannot|can't|will not|won't)\\s+(?:offer|accept|provide|do|make)\\s+"
        + "(?:any\\s+)?(?:(?:returns?|refunds?)\\s+(?:or|and|nor|/|&)\\s+)?exchanges?\\b|\\bno exchanges?\\b"
        + "|\\bno (?:returns?|refunds?)\\s*(?:or|and|nor|/|&)\\s*exchanges?\\b|\\bexchanges? (?:are|is) not (?:offered|accepted|possible|available)\\b");
    m.put(REPAIR_REPLACE, "\\b(?:repair|replac)\\w*\\b[^.]{0,120}?\\b(?:defect\\w*|faulty|damaged|broken|fault)"
        + "|\\b(?:defect\\w*|faulty|damaged|broken|fault\\w*)\\b[^.]{0,120}?\\b(?:repair\\w*|replac\\w*|exchange)"
        + "|\\bwarrant\\w*[^.]{0,160}?\\b(?:repair|replace)\\w*");
    m.put(CONDITIONS, "\\bunused\\b|\\bunworn\\b|\\bunwashed\\b|\\bunopened\\b|\\boriginal (?:packaging|packing|box|boxes"
        + "|condition|state)\\b|\\btags?\\b|\\b(?:in|be|is|are)\\s+(?:a\\s+)?(?:new|like-new|clean|good|perfect|resal(?:e|able)|saleable|original|unused"
        + "|unmarked)(?:,?\\s+(?:(?:or|and)\\s+)?[\\w-]+){0,3}?\\s+condition\\b"
        + "|\\bfactory sealed\\b|\\bshrink ?wrap\\b|\\bnot (?:been )?(?:used|worn|washed|opened)\\b"
        + "|\\bin (?:the )?(?:exact )?same condition\\b|\\ball (?:original )?accessories\\b");
    m.put(NON_RETURNABLE, "\\bnon-?returnable\\b|\\bnot (?:be )?(?:eligible|accepted) for (?:a )?(?:return|refund)"
        + "|\\bcannot be returned\\b|\\bfinal sale\\b|\\bsales (?:are )?final\\b|\\bnon-?refundable\\b"
        + "|\\bexcluded from (?:any )?returns?\\b|\\b(?:do|will) not accept (?:any )?returns? (?:of|for|on)\\b"
        + "|\\breturns? (?:on|of) (?:these|this|such)\\b[^.]{0,40}?\\bprohibited\\b|\\bexempt from return");
    m.put(PROOF, "\\bproof of (?:purchase|payment)\\b|\\b(?:purchase |original |sales |store )?receipt (?:is |are )?"
        + "(?:required|must|needed)|\\b(?:keep|retain|include|supply|provide|present|show|enclose)\\b[^.]{0,30}?"
        + "\\b(?:receipt|invoice|packing slip)\\b");
    m.put(PROCEDURE, "\\bRMA\\b|\\breturn (?:merchandise |material )?authori[sz]ation\\b|\\breturn (?:request )?form\\b"
        + "|\\b(?:contact\\w*|call|email|e-mail|notify|inform|write to)\\b[^.]{0,100}?\\b(?:return|refund|replace\\w*)"
        + "|\\b(?:return|refund)s?\\b[^.]{0,80}?\\b(?:by|via) contact\\w*"
        + "|\\bto (?:start|initiate|request|begin|schedule|arrange) (?:a |the |your )?return"
        + "|\\bfollow (?:the )?(?:instructions|steps)\\b[^.]{0,80}?\\breturn|\\bsubmit (?:a |the )?return\\b"
        + "|\\breturns? (?:portal|centre|center)\\b");
    m.put(INTERNATIONAL, "\\binternational (?:returns?|orders?|customers?|shipments?|sales|buyers)\\b|\\bcustoms\\b"
        + "|\\bimport dut(?:y|ies)\\b|\\bduties\\b|\\boverseas\\b|\\bcross-border\\b");
    m.put(DISCRETIONARY, "\\b(?:sole|absolute|own|complete) discretion\\b|\\bat (?:our|its|the seller's) discretion\\b"
        + "|\\b(?:reserves?|retains?) the right to (?:refuse|reject|decline|deny|cancel|limit|reduce|assess)\\b"
        + "|\\bcase[- ]by[- ]case\\b|\\bif (?:we are|the seller is) satisfied\\b");
    m.put(VAGUE, "\\bpromptly\\b|\\bas soon as (?:possible|practicable|reasonably practicable)\\b"
        + "|\\breasonable (?:time|period|amount of time|timeframe)\\b|\\bin a timely (?:manner|fashion)\\b"
        + "|\\bin due course\\b|\\bat (?:our|its) (?:earliest )?convenience\\b|\\bfair amount\\b|\\bshortly\\b");
    return m;
  }
}
