package dev.sellertrust.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellertrust.evaluation.Backtest;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.junit.jupiter.api.Test;

/** The backtest's text summary, from rows shaped like {@link Backtest#SCHEMA}. */
class BacktestCommandTest {

  private static Row row(String method, double spearman) {
    return new GenericRowWithSchema(new Object[] {method, 96L, spearman, 0.8, java.sql.Date.valueOf("2026-08-28"), 90, 5,
        "2.1", spearman - 0.1, 0.7, null}, Backtest.SCHEMA);
  }

  /** Without a reviews dataset the first component row is another one; the heading still comes once, before it. */
  @Test
  void headsTheComponentRowsOnceWhicheverComesFirst() {
    String text = BacktestCommand.summary(List.of(row(Backtest.TRUST_SCORE, 0.53), row(Backtest.AVG_RATING, 0.535),
        row("delivery_component", 0.296), row("policy_component", 0.144)));
    String[] lines = text.split(System.lineSeparator());
    int heading = -1;
    int count = 0;
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].startsWith("components of trust_score")) {
        heading = i;
        count++;
      }
    }
    assertEquals(1, count, text);
    assertTrue(lines[heading - 1].startsWith(Backtest.AVG_RATING) && lines[heading + 1].startsWith("delivery_component"),
        text);
    assertTrue(text.contains("sellers evaluated: 96 (at least 5 orders in the horizon)"), text);
  }

  @Test
  void printsNoComponentHeadingWithoutComponentRows() {
    String text = BacktestCommand.summary(List.of(row(Backtest.TRUST_SCORE, 0.53)));
    assertTrue(!text.contains("components of trust_score") && text.contains("trust_score"), text);
  }
}
