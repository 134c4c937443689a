package dev.sellertrust.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Agreement with the hand labels of the real policies (data/policy_labels), per split, language and fact, must not
 * fall below what the extractor reaches now: a rule change that loses a document fails here. The texts are not in
 * the repository; without ../shared/realdata the test is skipped.
 */
class RealPolicyAgreementTest {

  private static final Path REALDATA = Path.of("../shared/realdata");
  private static EvaluationReport report;

  /** split, language (or pool), fact, documents that must agree, documents labelled. */
  private static final String[] FLOORS = {
        "dev,en,return_window_days,25,27",
        "dev,es,return_window_days,3,3",
        "dev,pt,return_window_days,3,3",
        "dev,de,return_window_days,4,4",
        "dev,fr,return_window_days,3,3",
        "dev,zh,return_window_days,3,4",
        "dev,es+pt+de+fr+zh,return_window_days,16,17",
        "dev,en,window_starts_from,25,27",
        "dev,es,window_starts_from,3,3",
        "dev,pt,window_starts_from,3,3",
        "dev,de,window_starts_from,4,4",
        "dev,fr,window_starts_from,3,3",
        "dev,zh,window_starts_from,4,4",
        "dev,es+pt+de+fr+zh,window_starts_from,17,17",
        "dev,en,refund_to_original_payment,27,27",
        "dev,es+pt+de+fr+zh,refund_to_original_payment,17,17",
        "dev,en,refund_timeline_days,27,27",
        "dev,es+pt+de+fr+zh,refund_timeline_days,17,17",
        "dev,en,return_shipping_paid_by,27,27",
        "dev,es,return_shipping_paid_by,3,3",
        "dev,pt,return_shipping_paid_by,3,3",
        "dev,de,return_shipping_paid_by,4,4",
        "dev,fr,return_shipping_paid_by,3,3",
        "dev,zh,return_shipping_paid_by,4,4",
        "dev,es+pt+de+fr+zh,return_shipping_paid_by,17,17",
        "dev,en,restocking_fee,27,27",
        "dev,es+pt+de+fr+zh,restocking_fee,17,17",
        "dev,en,exchange_offered,26,27",
        "dev,es+pt+de+fr+zh,exchange_offered,17,17",
        "holdout,en,return_window_days,5,5",
        "holdout,es,return_window_days,2,3",
        "holdout,pt,return_window_days,3,3",
        "holdout,de,return_window_days,3,3",
        "holdout,fr,return_window_days,2,3",
        "holdout,zh,return_window_days,3,4",
        "holdout,es+pt+de+fr+zh,return_window_days,13,16",
        "holdout,en,window_starts_from,5,5",
        "holdout,es,window_starts_from,3,3",
        "holdout,pt,window_starts_from,2,3",
        "holdout,de,window_starts_from,3,3",
        "holdout,fr,window_starts_from,3,3",
        "holdout,zh,window_starts_from,3,4",
        "holdout,es+pt+de+fr+zh,window_starts_from,14,16",
        "holdout,en,refund_to_original_payment,5,5",
        "holdout,es+pt+de+fr+zh,refund_to_original_payment,14,16",
        "holdout,en,refund_timeline_days,4,5",
        "holdout,es+pt+de+fr+zh,refund_timeline_days,11,16",
        "holdout,en,return_shipping_paid_by,5,5",
        // 2 of 3 since "responsabilidad del cliente" no longer reads as a no-defect condition: said of costs, it
        // names the buyer as payer.
        "holdout,es,return_shipping_paid_by,2,3",
        "holdout,pt,return_shipping_paid_by,2,3",
        "holdout,de,return_shipping_paid_by,3,3",
        "holdout,fr,return_shipping_paid_by,3,3",
        "holdout,zh,return_shipping_paid_by,1,4",
        "holdout,es+pt+de+fr+zh,return_shipping_paid_by,11,16",
        "dev-loco,en,return_window_days,25,27",
        "dev-loco,es,return_window_days,3,3",
        "dev-loco,pt,return_window_days,3,3",
        "dev-loco,de,return_window_days,4,4",
        "dev-loco,fr,return_window_days,3,3",
        "dev-loco,zh,return_window_days,3,4",
        "dev-loco,es+pt+de+fr+zh,return_window_days,16,17",
        "dev-loco,en,window_starts_from,25,27",
        "dev-loco,es,window_starts_from,3,3",
        "dev-loco,pt,window_starts_from,3,3",
        "dev-loco,de,window_starts_from,4,4",
        "dev-loco,fr,window_starts_from,3,3",
        "dev-loco,zh,window_starts_from,4,4",
        "dev-loco,es+pt+de+fr+zh,window_starts_from,17,17",
        "dev-loco,en,refund_to_original_payment,25,27",
        "dev-loco,es+pt+de+fr+zh,refund_to_original_payment,14,17",
        "dev-loco,en,refund_timeline_days,26,27",
        "dev-loco,es+pt+de+fr+zh,refund_timeline_days,16,17",
        "dev-loco,en,return_shipping_paid_by,25,27",
        "dev-loco,es,return_shipping_paid_by,1,3",
        "dev-loco,pt,return_shipping_paid_by,1,3",
        "dev-loco,de,return_shipping_paid_by,1,4",
        "dev-loco,fr,return_shipping_paid_by,2,3",
        "dev-loco,zh,return_shipping_paid_by,3,4",
        "dev-loco,es+pt+de+fr+zh,return_shipping_paid_by,8,17",
        "dev-loco,en,restocking_fee,24,27",
        "dev-loco,es+pt+de+fr+zh,restocking_fee,15,17",
        "dev-loco,en,exchange_offered,25,27",
        "dev-loco,es+pt+de+fr+zh,exchange_offered,15,17",
        "holdout,en,restocking_fee,5,5",
        "holdout,es+pt+de+fr+zh,restocking_fee,16,16",
        "holdout,en,exchange_offered,4,5",
        "holdout,es+pt+de+fr+zh,exchange_offered,8,16",
  };

  @BeforeAll
  static void evaluate() {
    Path english = REALDATA.resolve("policies/text");
    Path multilingual = REALDATA.resolve("policies_multilingual");
    Assumptions.assumeTrue(Files.isDirectory(english) && Files.isDirectory(multilingual),
        "real policies not found under " + REALDATA.toAbsolutePath() + ": agreement on real data not checked");
    report = PolicyEvaluation.evaluate(List.of(
        new PolicyEvaluation.LabelSet(Path.of("data/policy_labels/labels.csv"), english),
        new PolicyEvaluation.LabelSet(Path.of("data/policy_labels/multilingual_labels.csv"), multilingual)));
  }

  @Test
  void agreementStaysAtOrAboveTheFloors() {
    List<String> below = new ArrayList<>();
    for (String floor : FLOORS) {
      String[] f = floor.split(",");
      EvaluationReport.Agreement a = report.agreement(f[0], f[1], f[2]);
      assertEquals(Integer.parseInt(f[4]), a.documents(), "labelled documents of " + floor);
      if (a.agree() < Integer.parseInt(f[3])) {
        below.add(floor + " now " + a.agree());
      }
    }
    assertTrue(below.isEmpty(), "agreement fell below its floor: " + below);
  }

  @Test
  void everyLabelledPolicyIsScored() {
    assertEquals(65, report.documents());
  }
}
