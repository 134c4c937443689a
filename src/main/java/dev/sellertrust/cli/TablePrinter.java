package dev.sellertrust.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Prints query results for people: an aligned text table, or spreadsheet-safe CSV. */
public final class TablePrinter {
  private TablePrinter() {}

  private static final int MAX_CELL = 80;

  public static void printTable(PrintStream out, Dataset<Row> rows, int limit) {
    String[] cols = rows.columns();
    List<Row> data = rows.limit(limit).collectAsList();
    int[] width = new int[cols.length];
    List<String[]> cells = new ArrayList<>();
    for (int i = 0; i < cols.length; i++) {
      width[i] = cols[i].length();
    }
    for (Row r : data) {
      String[] c = new String[cols.length];
      for (int i = 0; i < cols.length; i++) {
        c[i] = cell(r.get(i));
        width[i] = Math.max(width[i], c[i].length());
      }
      cells.add(c);
    }
    StringBuilder sep = new StringBuilder("+");
    for (int w : width) {
      sep.append("-".repeat(w + 2)).append('+');
    }
    out.println(sep);
    out.println(line(cols, width));
    out.println(sep);
    for (String[] c : cells) {
      out.println(line(c, width));
    }
    out.println(sep);
    out.println(data.size() + " row(s)" + (data.size() == limit ? " (limit " + limit + ")" : ""));
  }

  public static void printCsv(PrintStream out, Dataset<Row> rows, int limit) {
    String[] cols = rows.columns();
    List<String> header = new ArrayList<>();
    for (String c : cols) {
      header.add(SafeCsv.cell(c));
    }
    out.println(String.join(",", header));
    for (Row r : rows.limit(limit).collectAsList()) {
      List<String> line = new ArrayList<>();
      for (int i = 0; i < cols.length; i++) {
        line.add(SafeCsv.cell(r.isNullAt(i) ? "" : valueText(r.get(i))));
      }
      out.println(String.join(",", line));
    }
  }

  private static String line(String[] cells, int[] width) {
    StringBuilder sb = new StringBuilder("|");
    for (int i = 0; i < cells.length; i++) {
      sb.append(' ').append(String.format("%-" + width[i] + "s", cells[i])).append(" |");
    }
    return sb.toString();
  }

  private static String cell(Object v) {
    String s = v == null ? "NULL" : valueText(v);
    s = s.replace('\n', ' ').replace('\r', ' ');
    return s.length() > MAX_CELL ? s.substring(0, MAX_CELL - 1) + "…" : s;
  }

  static String valueText(Object v) {
    if (v instanceof scala.collection.Seq<?> seq) {
      return scala.jdk.javaapi.CollectionConverters.asJava(seq).toString();
    }
    if (v instanceof Double d) {
      if (d == Math.rint(d) && Math.abs(d) < 1e15) {
        return String.format(java.util.Locale.ROOT, "%.1f", d);
      }
      if (Math.abs(d) >= 1e15 || Math.abs(d) < 1e-4 || d.isNaN() || d.isInfinite()) {
        return String.format(java.util.Locale.ROOT, "%.4g", d);
      }
      // Up to 4 decimals without padding zeros: 17.1 and -0.7 rather than 17.10 and -0.7000.
      String s = String.format(java.util.Locale.ROOT, "%.4f", d).replaceAll("0+$", "");
      return s.endsWith(".") ? s + "0" : s;
    }
    return String.valueOf(v);
  }
}
