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

  /**
   * split, language (or pool), fact, documents that must agree, documents labelled. All 65 documents are dev: the 21
   * once held out were measured once and then used to write rules, so the leave-one-company-out rows are the estimate
   * for unseen policies and the ones to watch.
   */
  private static final String[] FLOORS = {
        "dev,en,return_window_days,30,32",
        "dev,es,return_window_days,6,6",
        "dev,pt,return_window_days,6,6",
        "dev,de,return_window_days,7,7",
        "dev,fr,return_window_days,6,6",
        "dev,zh,return_window_days,7,8",
        "dev,es+pt+de+fr+zh,return_window_days,32,33",
        "dev,en,window_starts_from,30,32",
        "dev,es,window_starts_from,6,6",
        "dev,pt,window_starts_from,6,6",
        "dev,de,window_starts_from,7,7",
        "dev,fr,window_starts_from,6,6",
        "dev,zh,window_starts_from,8,8",
        "dev,es+pt+de+fr+zh,window_starts_from,33,33",
        "dev,en,refund_to_original_payment,32,32",
        "dev,es,refund_to_original_payment,6,6",
        "dev,pt,refund_to_original_payment,6,6",
        "dev,de,refund_to_original_payment,7,7",
        "dev,fr,refund_to_original_payment,6,6",
        "dev,zh,refund_to_original_payment,8,8",
        "dev,es+pt+de+fr+zh,refund_to_original_payment,33,33",
        "dev,en,refund_timeline_days,32,32",
        "dev,es,refund_timeline_days,6,6",
        "dev,pt,refund_timeline_days,6,6",
        "dev,de,refund_timeline_days,7,7",
        "dev,fr,refund_timeline_days,6,6",
        "dev,zh,refund_timeline_days,8,8",
        "dev,es+pt+de+fr+zh,refund_timeline_days,33,33",
        "dev,en,return_shipping_paid_by,32,32",
        "dev,es,return_shipping_paid_by,6,6",
        "dev,pt,return_shipping_paid_by,6,6",
        "dev,de,return_shipping_paid_by,7,7",
        "dev,fr,return_shipping_paid_by,6,6",
        "dev,zh,return_shipping_paid_by,8,8",
        "dev,es+pt+de+fr+zh,return_shipping_paid_by,33,33",
        "dev,en,restocking_fee,32,32",
        "dev,es,restocking_fee,6,6",
        "dev,pt,restocking_fee,6,6",
        "dev,de,restocking_fee,7,7",
        "dev,fr,restocking_fee,6,6",
        "dev,zh,restocking_fee,8,8",
        "dev,es+pt+de+fr+zh,restocking_fee,33,33",
        "dev,en,exchange_offered,31,32",
        "dev,es,exchange_offered,6,6",
        "dev,pt,exchange_offered,6,6",
        "dev,de,exchange_offered,6,7",
        "dev,fr,exchange_offered,6,6",
        "dev,zh,exchange_offered,8,8",
        "dev,es+pt+de+fr+zh,exchange_offered,32,33",
        "dev-loco,en,return_window_days,30,32",
        "dev-loco,es,return_window_days,6,6",
        "dev-loco,pt,return_window_days,6,6",
        "dev-loco,de,return_window_days,7,7",
        "dev-loco,fr,return_window_days,5,6",
        "dev-loco,zh,return_window_days,6,8",
        "dev-loco,es+pt+de+fr+zh,return_window_days,30,33",
        "dev-loco,en,window_starts_from,30,32",
        "dev-loco,es,window_starts_from,6,6",
        "dev-loco,pt,window_starts_from,6,6",
        "dev-loco,de,window_starts_from,7,7",
        "dev-loco,fr,window_starts_from,6,6",
        "dev-loco,zh,window_starts_from,7,8",
        "dev-loco,es+pt+de+fr+zh,window_starts_from,32,33",
        "dev-loco,en,refund_to_original_payment,30,32",
        "dev-loco,es,refund_to_original_payment,6,6",
        "dev-loco,pt,refund_to_original_payment,5,6",
        "dev-loco,de,refund_to_original_payment,6,7",
        "dev-loco,fr,refund_to_original_payment,5,6",
        "dev-loco,zh,refund_to_original_payment,5,8",
        "dev-loco,es+pt+de+fr+zh,refund_to_original_payment,27,33",
        "dev-loco,en,refund_timeline_days,31,32",
        "dev-loco,es,refund_timeline_days,6,6",
        "dev-loco,pt,refund_timeline_days,6,6",
        "dev-loco,de,refund_timeline_days,7,7",
        "dev-loco,fr,refund_timeline_days,4,6",
        "dev-loco,zh,refund_timeline_days,8,8",
        "dev-loco,es+pt+de+fr+zh,refund_timeline_days,31,33",
        "dev-loco,en,return_shipping_paid_by,29,32",
        "dev-loco,es,return_shipping_paid_by,3,6",
        "dev-loco,pt,return_shipping_paid_by,6,6",
        "dev-loco,de,return_shipping_paid_by,5,7",
        "dev-loco,fr,return_shipping_paid_by,4,6",
        "dev-loco,zh,return_shipping_paid_by,6,8",
        "dev-loco,es+pt+de+fr+zh,return_shipping_paid_by,24,33",
        "dev-loco,en,restocking_fee,29,32",
        "dev-loco,es,restocking_fee,5,6",
        "dev-loco,pt,restocking_fee,6,6",
        "dev-loco,de,restocking_fee,6,7",
        "dev-loco,fr,restocking_fee,6,6",
        "dev-loco,zh,restocking_fee,8,8",
        "dev-loco,es+pt+de+fr+zh,restocking_fee,31,33",
        "dev-loco,en,exchange_offered,30,32",
        "dev-loco,es,exchange_offered,5,6",
        "dev-loco,pt,exchange_offered,6,6",
        "dev-loco,de,exchange_offered,5,7",
        "dev-loco,fr,exchange_offered,5,6",
        "dev-loco,zh,exchange_offered,7,8",
        "dev-loco,es+pt+de+fr+zh,exchange_offered,28,33",
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
