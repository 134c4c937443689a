package dev.sellertrust.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
  @TempDir Path dir;

  private JobConfig load(String json) throws IOException {
    Path f = dir.resolve("c.json");
    Files.writeString(f, json);
    return ConfigLoader.load(f);
  }

  @Test
  void defaultsMatchTheDocumentedFile() throws IOException {
    JobConfig fromFile = ConfigLoader.load(Path.of("jobs/config/default.json"));
    assertEquals(ConfigLoader.defaults(), fromFile);
    assertEquals(180.0, fromFile.window().halfLifeDays());
  }

  @Test
  void partialFileOverridesOnlyItsKeys() throws IOException {
    JobConfig c = load("{\"window\": {\"halfLifeDays\": 90}}");
    assertEquals(90.0, c.window().halfLifeDays());
    assertEquals(ConfigLoader.defaults().weights(), c.weights());
  }

  @Test
  void unknownKeyIsNamed() {
    ConfigException e = assertThrows(ConfigException.class, () -> load("{\"weights\": {\"review\": 0.5}}"));
    assertTrue(e.getMessage().contains("'weights.review'"), e.getMessage());
  }

  @Test
  void wrongTypeIsNamed() {
    ConfigException e = assertThrows(ConfigException.class, () -> load("{\"window\": {\"halfLifeDays\": \"long\"}}"));
    assertTrue(e.getMessage().contains("window.halfLifeDays"), e.getMessage());
  }

  @Test
  void outOfRangeIsNamed() {
    ConfigException e = assertThrows(ConfigException.class, () -> load("{\"tiers\": {\"credibleLevel\": 1.5}}"));
    assertTrue(e.getMessage().contains("tiers.credibleLevel"), e.getMessage());
  }

  @Test
  void attributionWeightOutsideZeroToOneIsNamed() {
    ConfigException e = assertThrows(ConfigException.class, () -> load("{\"reviews\": {\"excusedOrderWeight\": 1.5}}"));
    assertTrue(e.getMessage().contains("reviews.excusedOrderWeight"), e.getMessage());
  }

  @Test
  void unknownExcusedModeIsNamed() {
    ConfigException e = assertThrows(ConfigException.class, () -> load("{\"reviews\": {\"excusedMode\": \"shifted\"}}"));
    assertTrue(e.getMessage().contains("reviews.excusedMode"), e.getMessage());
  }

  @Test
  void invalidJsonSaysWhere() {
    ConfigException e = assertThrows(ConfigException.class, () -> load("{\"window\": "));
    assertTrue(e.getMessage().contains("not valid JSON"), e.getMessage());
  }

  @Test
  void missingFileIsAConfigError() {
    assertThrows(ConfigException.class, () -> ConfigLoader.load(dir.resolve("nope.json")));
  }

  @Test
  void methodologyVersionFollowsScoringSettingsOnly() throws IOException {
    String base = ConfigLoader.methodologyVersion(ConfigLoader.defaults());
    assertNotEquals(base, ConfigLoader.methodologyVersion(load("{\"weights\": {\"policy\": 0.2}}")));
    assertNotEquals(base, ConfigLoader.methodologyVersion(load("{\"reviews\": {\"excusedOrderWeight\": 1.0}}")),
        "the rating attribution weight is a scoring setting");
    String other = ConfigLoader.defaults().reviews().stratified() ? "weight" : "stratified";
    assertNotEquals(base, ConfigLoader.methodologyVersion(load("{\"reviews\": {\"excusedMode\": \"" + other + "\"}}")),
        "so is the excused-review mode");
    assertEquals(base, ConfigLoader.methodologyVersion(load("{\"quality\": {\"maxQuarantineShare\": 0.2}}")));
  }
}
