package dev.sellertrust.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Evaluation against a tiny synthetic labels file, and the policy-eval command's exit codes. */
class PolicyEvaluationTest {

  private static final String HEADER = "file,return_window_days,window_starts_from,refund_to_original_payment,"
      + "store_credit,refund_timeline_days,return_shipping_paid_by,restocking_fee,restocking_fee_percent,"
      + "exchange_offered,replacement_or_repair_for_defective,conditions_stated,non_returnable_listed,"
      + "proof_of_purchase_required,procedure_stated,contact_channel_given,international_returns_mentioned,"
      + "discretionary_language,notes\n";

  @TempDir
  Path dir;

  private Path setUp() throws Exception {
    Path texts = Files.createDirectories(dir.resolve("text"));
    Files.writeString(texts.resolve("a.txt"), "Returns are accepted within 30 days of delivery. "
        + "The customer is responsible for return shipping.", StandardCharsets.UTF_8);
    Files.writeString(texts.resolve("b.txt"), "We offer free returns within 14 days of purchase. "
        + "A 10% restocking fee applies.", StandardCharsets.UTF_8);
    Files.writeString(texts.resolve("c.txt"), "Thank you for shopping with us.", StandardCharsets.UTF_8);
    Path labels = dir.resolve("labels.csv");
    Files.writeString(labels, HEADER
        // a: window right, shipping right.
        + "a.txt,30,delivery,,,,buyer,,,,,,,,,,,,\"plain, with a comma\"\n"
        // b: window labelled 15 (the extractor says 14), fee and percent right, seller right.
        + "b.txt,15,purchase,,,,seller,true,10,,,,,,,,,,\n"
        // c: a human says 60 days (the extractor finds nothing), shipping not stated.
        + "c.txt,60,,,,,,,,,,,,,,,,,\n", StandardCharsets.UTF_8);
    return labels;
  }

  @Test
  void perFactPrecisionAndRecall() throws Exception {
    EvaluationReport r = PolicyEvaluation.evaluate(setUp(), dir.resolve("text"));
    assertEquals(3, r.documents());
    EvaluationReport.FactScore window = r.fact("return_window_days");
    assertEquals(2, window.predicted());
    assertEquals(3, window.support());
    assertEquals(1, window.correct());
    assertEquals(0.5, window.precision(), 1e-9);
    assertEquals(1 / 3.0, window.recall(), 1e-9);
    EvaluationReport.FactScore shipping = r.fact("return_shipping_paid_by");
    assertEquals(1.0, shipping.precision(), 1e-9);
    assertEquals(1.0, shipping.recall(), 1e-9);
    assertEquals(1.0, r.fact("restocking_fee_percent").precision(), 1e-9);
    assertTrue(Double.isNaN(r.fact("store_credit").precision()));
    assertTrue(r.toText().contains("return_window_days"));
    assertTrue(r.toText().contains("n/a"));
    assertTrue(r.mismatches().contains(new EvaluationReport.Mismatch("b.txt", "return_window_days", "15", "14", "dev")));
  }

  @Test
  void agreementPerSplitAndLanguageOverSeveralLabelFiles() throws Exception {
    Path first = setUp();
    Path texts2 = Files.createDirectories(dir.resolve("more/de"));
    Files.writeString(texts2.resolve("d.txt"), "Sie können Waren innerhalb von 14 Tagen nach Erhalt zurücksenden.",
        StandardCharsets.UTF_8);
    Files.writeString(texts2.resolve("e.txt"), "Rückgaben sind 30 Tage nach Erhalt möglich.", StandardCharsets.UTF_8);
    Path second = dir.resolve("more.csv");
    // Only two facts labelled here: the others are not scored for these documents.
    Files.writeString(second, "file,language,company,split,return_window_days,exchange_offered\n"
        + "de/d.txt,de,Shop D,holdout,14,\n"
        + "de/e.txt,de,Shop E,holdout,60,\n", StandardCharsets.UTF_8);
    EvaluationReport r = PolicyEvaluation.evaluate(List.of(
        new PolicyEvaluation.LabelSet(first, dir.resolve("text")),
        new PolicyEvaluation.LabelSet(second, dir.resolve("more"))));
    assertEquals(5, r.documents());
    assertEquals(5, r.companies());
    EvaluationReport.Agreement de = r.agreement(PolicyEvaluation.HOLDOUT, "de", "return_window_days");
    assertEquals(1, de.agree());
    assertEquals(2, de.documents());
    assertEquals(de, new EvaluationReport.Agreement("holdout", "de", "return_window_days", 1, 2));
    assertEquals(2, r.agreement(PolicyEvaluation.HOLDOUT, EvaluationReport.OTHER_LANGUAGES, "exchange_offered").agree());
    assertEquals(0, r.agreement(PolicyEvaluation.HOLDOUT, "de", "conditions_stated").documents());
    // a agrees (30); b is labelled 15 and read as 14; c is labelled 60 and nothing is read.
    assertEquals(1, r.agreement(PolicyEvaluation.DEV, "en", "return_window_days").agree());
    assertTrue(r.toText().contains("holdout"));
    assertTrue(r.mismatchesText(PolicyEvaluation.HOLDOUT).contains("de/e.txt"));
    assertTrue(!r.mismatchesText(PolicyEvaluation.HOLDOUT).contains("b.txt"));
  }

  /** Without the holdout its documents are not even read: a holdout row whose text is missing is no error. */
  @Test
  void withoutHoldoutNeitherReadsNorScoresHoldoutDocuments() throws Exception {
    Path first = setUp();
    Files.createDirectories(dir.resolve("more"));
    Path second = dir.resolve("more.csv");
    Files.writeString(second, "file,language,company,split,return_window_days\n"
        + "de/absent.txt,de,Shop D,holdout,14\n", StandardCharsets.UTF_8);
    List<PolicyEvaluation.LabelSet> sets = List.of(new PolicyEvaluation.LabelSet(first, dir.resolve("text")),
        new PolicyEvaluation.LabelSet(second, dir.resolve("more")));
    assertThrows(IllegalArgumentException.class, () -> PolicyEvaluation.evaluate(sets), "with the holdout it is read");
    EvaluationReport r = PolicyEvaluation.evaluate(sets, false);
    assertEquals(3, r.documents());
    assertEquals(0, r.agreement(PolicyEvaluation.HOLDOUT, "de", "return_window_days").documents());
    assertFalse(r.toText().contains("Agreement, holdout"), r.toText());
    assertEquals(1, r.agreement(PolicyEvaluation.DEV, "en", "return_window_days").agree());
  }

  @Test
  void leaveOneCompanyOutDropsWordingOnlyOneCompanyUses() throws Exception {
    Path texts = Files.createDirectories(dir.resolve("loco"));
    Files.writeString(texts.resolve("x.txt"), "Returns are accepted within 30 days of delivery. "
        + "Return postage is at the buyer's expense.", StandardCharsets.UTF_8);
    Files.writeString(texts.resolve("x2.txt"), "Returns are accepted within 30 days of delivery. "
        + "Return postage is at the buyer's expense.", StandardCharsets.UTF_8);
    Files.writeString(texts.resolve("y.txt"), "Returns are accepted within 30 days of delivery. "
        + "We offer free returns.", StandardCharsets.UTF_8);
    Path labels = dir.resolve("loco.csv");
    Files.writeString(labels, "file,language,company,split,return_window_days,return_shipping_paid_by\n"
        + "x.txt,en,Shop X,dev,30,buyer\n"
        + "x2.txt,en,Shop X,dev,30,buyer\n"
        + "y.txt,en,Shop Y,dev,30,seller\n", StandardCharsets.UTF_8);
    EvaluationReport r = PolicyEvaluation.evaluate(List.of(new PolicyEvaluation.LabelSet(labels, texts)));
    assertEquals(3, r.agreement(PolicyEvaluation.DEV, "en", "return_shipping_paid_by").agree());
    // Each payer wording occurs in one company's texts only (two texts of Shop X are still one company):
    // left out, no payer is read. The window wording is shared, so the window stays.
    assertEquals(0, r.agreement(PolicyEvaluation.LEAVE_ONE_OUT, "en", "return_shipping_paid_by").agree());
    assertEquals(3, r.agreement(PolicyEvaluation.LEAVE_ONE_OUT, "en", "return_window_days").agree());
    assertEquals(2, r.devCompanies());
    assertTrue(r.toText().contains("Leave-one-company-out minus in-sample"));
    assertTrue(r.mismatchesText(PolicyEvaluation.LEAVE_ONE_OUT).contains("y.txt"));
  }

  @Test
  void lexiconAlternativesSplitAtTopLevelAndUnwrapWholeGroups() {
    assertEquals(List.of("a(?:b|c)", "[|]d", "\\|e"), Lexicon.alternatives("a(?:b|c)|[|]d|\\|e"));
    assertEquals(List.of("\\bx\\b", "\\by z\\b", "(?:p|q)r"), Lexicon.alternatives("\\b(?:x|y z)\\b|(?:p|q)r"));
    assertEquals(List.of("x", "y", "z"), Lexicon.alternatives("(?:x|(?:y|z))"));
  }

  @Test
  void labelMatchingRules() {
    assertTrue(PolicyEvaluation.matches("30", 30));
    assertTrue(PolicyEvaluation.matches("TRUE", Boolean.TRUE));
    assertTrue(PolicyEvaluation.matches("15", 15.0));
    assertTrue(!PolicyEvaluation.matches("30", 31));
    assertTrue(!PolicyEvaluation.matches("Buyer", "buyer"));
  }

  @Test
  void csvQuotesAndEscapes() {
    assertEquals(List.of(List.of("a", "b, c", "say \"hi\""), List.of("d", "", "")),
        PolicyEvaluation.parseCsv("a,\"b, c\",\"say \"\"hi\"\"\"\nd,,\n"));
  }

  @Test
  void missingTextFileIsAnError() throws Exception {
    Path labels = dir.resolve("bad.csv");
    Files.writeString(labels, HEADER + "missing.txt,30,,,,,,,,,,,,,,,,,\n");
    assertThrows(IllegalArgumentException.class, () -> PolicyEvaluation.evaluate(labels, dir));
  }

  @Test
  void commandPrintsTableAndReturnsTwoWithoutTexts() throws Exception {
    Path labels = setUp();
    PrintStream out = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    int ok;
    int missing;
    try {
      System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
      ok = new CommandLine(new PolicyEvalCommand())
          .execute("--labels", labels.toString(), "--texts", dir.resolve("text").toString());
      missing = new CommandLine(new PolicyEvalCommand())
          .execute("--labels", labels.toString(), "--texts", dir.resolve("nowhere").toString());
    } finally {
      System.setOut(out);
    }
    assertEquals(0, ok);
    assertEquals(2, missing);
    assertTrue(buffer.toString(StandardCharsets.UTF_8).contains("return_shipping_paid_by"));
  }
}
