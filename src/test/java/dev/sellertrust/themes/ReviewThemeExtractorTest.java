package dev.sellertrust.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReviewThemeExtractorTest {
  private static Set<Theme> themes(String text, String language, Integer rating) {
    Set<Theme> out = EnumSet.noneOf(Theme.class);
    ReviewThemeExtractor.get().extract(text, language, rating).forEach(h -> out.add(h.theme()));
    return out;
  }

  @Test
  void negationMakesAComplaintAndContrastKeepsPraiseApart() {
    assertEquals(Set.of(Theme.NOT_RECEIVED), themes("Não chegou.", "pt", 1));
    assertEquals(Set.of(Theme.ARRIVED_EARLY_OR_PRAISE), themes("chegou antes do prazo", "pt", 5));
    assertFalse(themes("not damaged, well packed", "en", 5).contains(Theme.POOR_QUALITY_OR_DAMAGED));
    assertEquals(Set.of(Theme.NOT_RECEIVED), themes("no llegó", "es", 1));
    assertEquals(Set.of(Theme.NOT_RECEIVED), themes("nie angekommen", "de", 1));
    assertEquals(Set.of(Theme.NOT_RECEIVED), themes("pas reçu", "fr", 1));
    assertEquals(Set.of(Theme.NOT_RECEIVED), themes("没收到", "zh", 1));
  }

  /** A refund that never came is a refund problem, not a parcel that never came; "no refund" is a complaint. */
  @Test
  void aRefundThatNeverCameIsARefundProblemNotANonDelivery() {
    assertEquals(Set.of(Theme.RETURN_OR_REFUND_PROBLEM), themes("The item was fine but the refund never came.", "en", 2));
    assertEquals(Set.of(Theme.RETURN_OR_REFUND_PROBLEM), themes("Still no refund after returning it.", "en", 1));
    assertEquals(Set.of(Theme.RETURN_OR_REFUND_PROBLEM), themes("my money has not come back yet", "en", 1));
    assertEquals(Set.of(Theme.NOT_RECEIVED), themes("The parcel never came.", "en", 1));
    assertEquals(Set.of(Theme.NOT_RECEIVED), themes("Never arrived, I want my money back", "en", 1));
    assertEquals(Set.of(Theme.RETURN_OR_REFUND_PROBLEM), themes("o estorno não chegou até hoje", "pt", 1));
    assertEquals(Set.of(Theme.RETURN_OR_REFUND_PROBLEM), themes("el reembolso nunca llegó", "es", 1));
    assertEquals(Set.of(Theme.RETURN_OR_REFUND_PROBLEM), themes("Die Erstattung ist nie angekommen", "de", 1));
    assertEquals(Set.of(Theme.RETURN_OR_REFUND_PROBLEM), themes("le remboursement n'est jamais arrivé", "fr", 1));
    assertEquals(Set.of(Theme.RETURN_OR_REFUND_PROBLEM), themes("退款还没到账", "zh", 1));
    assertEquals(Set.of(Theme.NOT_RECEIVED), themes("não chegou até hoje, quero meu dinheiro", "pt", 1));
    assertEquals(Set.of(Theme.RETURN_OR_REFUND_PROBLEM), themes("ainda não recebi o estorno", "pt", 1));
    assertFalse(themes("o valor já foi estornado", "pt", 1).contains(Theme.RETURN_OR_REFUND_PROBLEM));
    assertEquals(Set.of(Theme.NOT_RECEIVED), themes("付了钱还没收到货", "zh", 1));
  }

  @Test
  void textWithoutAccentsOrWithAccentsReplacedBySpacesReadsTheSame() {
    assertEquals(Set.of(Theme.NOT_RECEIVED), themes("nao chegou ate hoje", "pt", 1));
    assertEquals(Set.of(Theme.NOT_RECEIVED), themes("n o chegou at  hoje", "pt", 1));
    assertEquals(Set.of(Theme.NOT_RECEIVED), themes("NÃO RECEBI O PRODUTO 😡😡", "pt", 1));
    assertEquals(Set.of(Theme.PARTIAL_DELIVERY), themes("comprei 2 e s  veio um", "pt", 2));
  }

  @Test
  void theLanguageIsDetectedWhenTheColumnIsEmptyOrWrong() {
    List<ThemeHit> hits = ReviewThemeExtractor.get().extract("The parcel never arrived", "pt", 1);
    assertEquals("en", hits.get(0).language());
    assertEquals("de", ReviewThemeExtractor.get().extract("Die Ware ist leider nie angekommen", null, 1).get(0).language());
    assertEquals("zh", ReviewThemeExtractor.get().extract("质量太差了", "en", 1).get(0).language());
  }

  @Test
  void aTypoOfALongWordStillMatches() {
    assertTrue(themes("item was recieved with a scratch, asking for a refnud", "en", 1)
        .contains(Theme.POOR_QUALITY_OR_DAMAGED));
    assertTrue(themes("the product arrived damagde", "en", 1).contains(Theme.POOR_QUALITY_OR_DAMAGED));
  }

  @Test
  void theStarsDoNotTakeAwayALatenessTheRulesRead() {
    assertTrue(themes("tudo certo, só atrasou a entrega", "pt", 5).contains(Theme.LATE_DELIVERY));
  }

  @Test
  void aWrongItemTheRulesReadStandsWhereTheModelFindsNoComplaint() {
    assertEquals(Set.of(Theme.NOT_AS_DESCRIBED), themes("veio a cor errada, de resto tudo certo", "pt", 4));
    assertTrue(themes("Me mandaram o produto errado.", "pt", 1).contains(Theme.NOT_AS_DESCRIBED));
  }

  @Test
  void praiseIsOnlyReportedWithoutAComplaintAndAHighRatingAloneCounts() {
    assertEquals(Set.of(Theme.POOR_QUALITY_OR_DAMAGED), themes("Arrived early but broken", "en", 3));
    assertEquals(Set.of(Theme.ARRIVED_EARLY_OR_PRAISE), themes("ok", "en", 5));
    assertEquals(Set.of(), themes("ok", "en", 3));
    assertEquals(Set.of(), themes("", "en", 5));
  }

  @Test
  void snippetsAreShortExcerptsWithoutIdentifiers() {
    String text = "Pedido 8472910023 de joao.silva@example.com: não recebi o produto, código AB12CD34EF, já faz um mês";
    ThemeHit hit = ReviewThemeExtractor.get().extract(text, "pt", 1).stream()
        .filter(h -> h.theme() == Theme.NOT_RECEIVED).findFirst().orElseThrow();
    assertTrue(hit.snippet().contains("não recebi"), hit.snippet());
    assertTrue(hit.snippet().length() <= ThemeSnippet.MAX_CHARS, hit.snippet());
    String masked = ThemeSnippet.mask("order 8472910023 for joao.silva@example.com code AB12CD34EF ok");
    assertFalse(masked.contains("8472910023") || masked.contains("example.com") || masked.contains("AB12CD34EF"),
        masked);
  }

  @Test
  void timeGrowsLinearlyWithTheText() {
    String unit = "o produto nao chegou no prazo e veio quebrado mas o vendedor nao respondeu ";
    ReviewThemeExtractor x = ReviewThemeExtractor.get();
    x.extract(unit.repeat(200), "pt", 1);
    long t0 = System.nanoTime();
    x.extract(unit.repeat(2_000), "pt", 1);
    long small = System.nanoTime() - t0;
    long t1 = System.nanoTime();
    x.extract(unit.repeat(20_000), "pt", 1);
    long large = System.nanoTime() - t1;
    assertTrue(large < 40 * Math.max(small, 1_000_000L), "10x the text took " + large / small + "x the time");
  }
}
