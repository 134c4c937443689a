package dev.sellertrust.evaluation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellertrust.SparkTestBase;
import dev.sellertrust.config.ConfigLoader;
import dev.sellertrust.generate.GeneratorSpec;
import dev.sellertrust.generate.MarketplaceGenerator;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One small generated world with campaigns on a tenth of its sellers, scored against the same seed without them:
 * campaigns are caught, honest sellers are left alone, and no campaign moves a score by more than 2 points.
 */
class ManipulationDoesNotPayTest extends SparkTestBase {
  @TempDir Path dir;

  @Test
  void campaignsAreFlaggedAndGainOrCostAtMostTwoPoints() throws Exception {
    GeneratorSpec spec = GeneratorSpec.of(150, 20_000, dir.resolve("with")).withSeed(7).withManipulationShare(0.1)
        .withThreads(2);
    MarketplaceGenerator.generate(spec);
    MarketplaceGenerator.generate(spec.withOut(dir.resolve("without")).withManipulationShare(0));
    IntegrityEvaluation.World w = IntegrityEvaluation.compare(spark, dir.resolve("with").toString(),
        dir.resolve("without").toString(), GeneratorSpec.defaultTruthDir(dir.resolve("with"))
            .resolve("manipulation_truth.csv").toString(), spec.endDate(), ConfigLoader.defaults());
    String report = w.text();
    int manipulated = w.recallByType().values().stream().mapToInt(c -> c[0]).sum();
    int caught = w.recallByType().values().stream().mapToInt(c -> c[1]).sum();
    assertTrue(manipulated >= 10, "campaigns planted\n" + report);
    assertTrue(caught >= 0.9 * manipulated, "recall\n" + report);
    assertTrue(w.honestFlagged() <= 0.02 * w.honest(), "honest sellers flagged\n" + report);
    assertTrue(w.cleanFlagged() <= 0.01 * w.sellers(), "flagged without campaigns\n" + report);
    assertTrue(w.gains().stream().allMatch(g -> g <= 2.0), "score gained by a campaign\n" + report);
    assertTrue(w.losses().stream().allMatch(l -> l <= 2.0), "score lost to an attack\n" + report);
  }
}
