package dev.sellertrust.themes;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** At least 40 hand-written reviews per language (typical phrasings, negations, praise, mixed) at macro-F1 0.8. */
class HandWrittenReviewsTest {
  @ParameterizedTest
  @ValueSource(strings = {"en", "es", "de", "fr", "zh"})
  void eachLanguageReachesMacroF1OfPointEight(String language) throws URISyntaxException {
    Path file = Path.of(getClass().getResource("/themes/reviews_" + language + ".jsonl").toURI());
    List<LabelledReview> reviews = ThemeLabels.readJsonLines(file);
    assertTrue(reviews.size() >= 40, language + ": only " + reviews.size() + " reviews");
    ThemeScores scores = ThemeScores.evaluate(reviews, f -> true);
    double macro = scores.macroF1(EnumSet.allOf(Theme.class));
    assertTrue(macro >= 0.8, language + ": macro-F1 " + macro + "\n" + scores.table(language, EnumSet.allOf(Theme.class)));
  }
}
