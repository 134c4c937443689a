package dev.sellertrust.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TablePrinterTest {
  @Test
  void doublesPrintShortAndUnpadded() {
    assertEquals("17.1", TablePrinter.valueText(17.1));
    assertEquals("-0.7", TablePrinter.valueText(-0.7));
    assertEquals("28.39", TablePrinter.valueText(28.39));
    assertEquals("0.1235", TablePrinter.valueText(0.123456));
    assertEquals("140.0", TablePrinter.valueText(140.0));
    assertEquals("1.000e-05", TablePrinter.valueText(0.00001));
    assertEquals("NaN", TablePrinter.valueText(Double.NaN));
  }
}
