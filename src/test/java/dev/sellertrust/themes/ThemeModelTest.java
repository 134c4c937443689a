package dev.sellertrust.themes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThemeModelTest {
  private static final Set<Theme> SCORED = EnumSet.of(Theme.NOT_AS_DESCRIBED, Theme.ARRIVED_EARLY_OR_PRAISE);

  /** Twenty reviews in five folds: a wrong colour is "not as described", the rest praise. */
  private static List<LabelledReview> labelled() {
    List<LabelledReview> out = new ArrayList<>();
    String[] wrong = {"veio na cor errada", "cor trocada, pedi azul", "recebi outra cor", "a cor veio diferente"};
    String[] good = {"adorei o produto", "chegou certinho", "muito bom recomendo", "perfeito, obrigada"};
    for (int i = 0; i < 20; i++) {
      boolean w = i % 2 == 0;
      Set<Theme> themes = EnumSet.of(w ? Theme.NOT_AS_DESCRIBED : Theme.ARRIVED_EARLY_OR_PRAISE);
      out.add(new LabelledReview((w ? wrong : good)[i / 2 % 4], "pt", w ? 2 : 5, themes, SCORED, i % 5, Map.of()));
    }
    return out;
  }

  private static ThemeModel train(List<LabelledReview> reviews) {
    ThemeModelTrainer.Params p = new ThemeModelTrainer.Params(ThemeFeatures.Options.DEFAULT, 0.003, 2, 100, true);
    return ThemeModelTrainer.train(ThemeModelTrainer.examples(reviews, "pt", p.options()), "pt",
        ThemeModelTrainer.modelThemes(reviews), p, List.of("# test"));
  }

  @Test
  void trainingIsDeterministicAndTheWrittenModelReadsBackTheSame(@TempDir Path dir) throws Exception {
    Path a = dir.resolve("a.tsv");
    Path b = dir.resolve("b.tsv");
    train(labelled()).write(a);
    train(labelled()).write(b);
    assertEquals(Files.readString(a), Files.readString(b));
    ThemeModel read;
    try (BufferedReader in = Files.newBufferedReader(a, StandardCharsets.UTF_8)) {
      read = ThemeModel.read(in);
    }
    assertEquals(List.of(Theme.NOT_AS_DESCRIBED, Theme.ARRIVED_EARLY_OR_PRAISE), read.themes);
    Path c = dir.resolve("c.tsv");
    read.write(c);
    assertEquals(Files.readString(a), Files.readString(c));
  }

  @Test
  void aModelTrainedOnTheLabelsReadsThemAndShowsTheWordsBehindATheme() {
    ReviewThemeExtractor ex = ReviewThemeExtractor.withModel(train(labelled()));
    List<ThemeHit> hits = ex.extract("a cor veio diferente", "pt", 2);
    assertEquals(1, hits.size(), hits.toString());
    assertEquals(Theme.NOT_AS_DESCRIBED, hits.get(0).theme());
    assertTrue(hits.get(0).snippet().contains("cor"), hits.get(0).snippet());
    assertEquals(Set.of(Theme.ARRIVED_EARLY_OR_PRAISE),
        Set.of(ex.extract("adorei o produto", "pt", 5).get(0).theme()));
  }

  @Test
  void theShippedModelReadsTheCrowdThemesAndLeavesOtherLanguagesToTheRules() {
    ThemeModel shipped = ThemeModel.loadResource(ThemeModel.PT_RESOURCE);
    assertNotNull(shipped, "model resource missing");
    assertEquals(List.of(Theme.LATE_DELIVERY, Theme.PARTIAL_DELIVERY, Theme.NOT_AS_DESCRIBED,
        Theme.POOR_QUALITY_OR_DAMAGED, Theme.RETURN_OR_REFUND_PROBLEM, Theme.ARRIVED_EARLY_OR_PRAISE), shipped.themes);
    String en = "The parcel never arrived";
    assertArrayEquals(ReviewThemeExtractor.rulesOnly().extract(en, "en", 1).toArray(),
        ReviewThemeExtractor.get().extract(en, "en", 1).toArray());
  }
}
