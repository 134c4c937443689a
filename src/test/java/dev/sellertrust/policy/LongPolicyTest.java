package dev.sellertrust.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A return policy may be a whole scraped page of up to 1 MB. Every rule must cost time in proportion to the text's
 * length: one pattern that backtracks on a long run of letters or spaces would make such a page take hours.
 */
class LongPolicyTest {

  /** One policy sentence plus filler shaped like the text regexes find hardest: long words, runs of spaces, digits. */
  private static String page(int chars) {
    String[] pieces = {
      "Returns are accepted within 30 days of delivery. ",
      "The customer pays return shipping unless the item arrived damaged.    ",
      "Refunds are issued to the original payment method within 5-7 business days after we receive the item. ",
      "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa ",
      "1234567890 1234567890 12 34 56 78 90 days days days within within within ",
      "| Item | Window | Fee |\n| Shoes | 30 days | none |\n",
      "Rücksendung innerhalb von 14 Tagen ab Erhalt. 7天无理由退货，运费由买家承担。\n",
    };
    StringBuilder b = new StringBuilder(chars + 200);
    int i = 0;
    while (b.length() < chars) {
      b.append(pieces[i++ % pieces.length]);
    }
    return b.toString();
  }

  @Test
  void oneMegabytePolicyIsReadInTimeProportionalToItsLength() {
    String small = page(100_000);
    String large = page(1_000_000);
    PolicyExtractor.extract(small, "en"); // warm-up: JIT and pattern compilation
    PolicyFacts facts = assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
      long t0 = System.nanoTime();
      PolicyExtractor.extract(small, "en");
      long t1 = System.nanoTime();
      PolicyFacts f = PolicyExtractor.extract(large, "en");
      long t2 = System.nanoTime();
      System.out.printf("policy extraction: %,d chars in %d ms, %,d chars in %d ms%n",
          small.length(), (t1 - t0) / 1_000_000, large.length(), (t2 - t1) / 1_000_000);
      return f;
    }, "a 1 MB policy must not take minutes: a rule backtracks");
    assertEquals(30, facts.returnWindowDays(), "the window stated first in the page");
  }

  @Test
  void oneMegabytePageWithoutASentenceBreakIsReadInLinearTime() {
    // Lines without closing punctuation or blank lines: the whole page is one sentence with thousands of spans.
    String line = "Returns accepted within 30 days of delivery for a refund within 5 business days\n";
    String page = line.repeat(1_000_000 / line.length());
    PolicyFacts facts = assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
      long t0 = System.nanoTime();
      PolicyFacts f = PolicyExtractor.extract(page, "en");
      System.out.printf("policy extraction, one sentence: %,d chars in %d ms%n",
          page.length(), (System.nanoTime() - t0) / 1_000_000);
      return f;
    }, "a page-long sentence must not cost quadratic time");
    assertEquals(30, facts.returnWindowDays());
  }
}
