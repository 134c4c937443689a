package dev.sellertrust.bench;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The manifest's figures compare as the tables do: decimals within a relative 1e-9, everything else exactly. */
class CompareSnapshotsTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static boolean same(String a, String b) throws Exception {
    JsonNode x = MAPPER.readTree(a);
    return x.equals(CompareSnapshots.DOUBLES_WITHIN_TOLERANCE, MAPPER.readTree(b));
  }

  @Test
  void decimalsSummedInAnotherOrderAreEqual() throws Exception {
    assertTrue(same("{\"sellers\":371,\"rho\":[0.04227738629312062]}", "{\"sellers\":371,\"rho\":[0.04227738629312064]}"));
  }

  @Test
  void anyOtherDifferenceIsNot() throws Exception {
    assertFalse(same("{\"rho\":0.0422}", "{\"rho\":0.0423}"));
    assertFalse(same("{\"sellers\":371}", "{\"sellers\":372}"));
    assertFalse(same("{\"tier\":\"good\"}", "{\"tier\":\"fair\"}"));
    assertFalse(same("{\"rho\":0.5}", "{\"rho\":null}"));
    assertFalse(same("{\"a\":1,\"b\":2}", "{\"a\":1}"));
  }
}
