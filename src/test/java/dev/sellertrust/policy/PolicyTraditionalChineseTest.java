package dev.sellertrust.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Taiwan and Hong Kong shops write traditional characters; they are folded to simplified before the Chinese rules
 * read the text, one character for one, and the evidence still quotes the page as written. Also the both-ways
 * freight (来回运费), which names a return by itself. Sentences written for these tests.
 */
class PolicyTraditionalChineseTest {

  private static PolicyFacts facts(String text) {
    return PolicyExtractor.extract(text, "zh");
  }

  @Test
  void traditionalWordingIsReadLikeSimplified() {
    assertEquals("buyer", facts("退貨運費由買家負擔。").returnShippingPaidBy());
    assertEquals("seller", facts("退貨運費由本公司負擔。").returnShippingPaidBy());
    PolicyFacts window = facts("收到商品後7天內可申請退貨。");
    assertEquals(7, window.returnWindowDays());
    assertEquals("delivery", window.windowStartsFrom());
    PolicyFacts refund = facts("退款將於7個工作天內退回原付款方式。");
    assertEquals(7, refund.refundTimelineDays());
    assertEquals(Boolean.TRUE, refund.refundToOriginalPayment());
    assertEquals(Boolean.FALSE, facts("恕不接受換貨。").exchangeOffered());
  }

  @Test
  void evidenceQuotesThePageAsWritten() {
    PolicyFacts f = facts("退貨運費由買家負擔。");
    assertTrue(f.evidence().stream().anyMatch(e -> e.snippet().contains("運費由買家負擔")), f.evidence().toString());
  }

  @Test
  void simplifiedTextIsLeftAsItIs() {
    String simplified = "收到商品后7天内可以退换货，运费自理。";
    assertEquals(simplified, NormalizedText.of(simplified).text());
  }

  @Test
  void bothWaysFreightNamesTheReturn() {
    assertEquals("depends", facts("如有質量問題，來回運費由賣家承擔；非質量問題運費由買家承擔。").returnShippingPaidBy());
    assertEquals("depends", facts("质量问题包来回运费，非质量问题运费买家承担。").returnShippingPaidBy());
  }
}
