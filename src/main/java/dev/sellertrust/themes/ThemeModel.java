package dev.sellertrust.themes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A learned reading of one language's reviews: per theme, a logistic regression over {@link ThemeFeatures} (one model
 * per theme, since a review can carry several) and the probability above which the theme is reported. Shipped as a
 * small tab-separated resource of feature weights (no review text), written by {@code trust-score themes-train}.
 * Reading a review costs one hash lookup per feature: linear in the text. Immutable and thread-safe.
 */
final class ThemeModel {
  /** The model shipped for Portuguese, trained on the crowd-labelled Olist reviews (see docs/METHODOLOGY.md). */
  static final String PT_RESOURCE = "/themes/model_pt.tsv";

  final String language;
  final ThemeFeatures.Options options;
  final List<Theme> themes;
  final double[] bias;
  final double[] threshold;
  private final Map<String, float[]> weights;
  private final List<String> provenance;

  ThemeModel(String language, ThemeFeatures.Options options, List<Theme> themes, double[] bias, double[] threshold,
      Map<String, float[]> weights, List<String> provenance) {
    this.language = language;
    this.options = options;
    this.themes = List.copyOf(themes);
    this.bias = bias.clone();
    this.threshold = threshold.clone();
    this.weights = weights;
    this.provenance = List.copyOf(provenance);
  }

  int featureCount() {
    return weights.size();
  }

  /** The probability of each of {@link #themes}, in that order. */
  double[] probabilities(Map<String, Integer> features) {
    double[] z = bias.clone();
    for (String f : features.keySet()) {
      float[] w = weights.get(f);
      if (w != null) {
        for (int t = 0; t < z.length; t++) {
          z[t] += w[t];
        }
      }
    }
    for (int t = 0; t < z.length; t++) {
      z[t] = 1 / (1 + Math.exp(-z[t]));
    }
    return z;
  }

  /** The token where the feature that weighs most for theme {@code t} starts, or -1 (no word feature for it). */
  int evidenceToken(Map<String, Integer> features, int t) {
    double best = 0;
    int at = -1;
    for (Map.Entry<String, Integer> e : features.entrySet()) {
      float[] w = weights.get(e.getKey());
      if (w != null && e.getValue() >= 0 && w[t] > best) {
        best = w[t];
        at = e.getValue();
      }
    }
    return at;
  }

  static ThemeModel loadResource(String resource) {
    try (InputStream in = ThemeModel.class.getResourceAsStream(resource)) {
      if (in == null) {
        return null;
      }
      return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ThemeModel read(BufferedReader in) throws IOException {
    String language = null;
    ThemeFeatures.Options options = null;
    List<Theme> themes = new ArrayList<>();
    double[] bias = null;
    double[] threshold = null;
    List<String> provenance = new ArrayList<>();
    Map<String, float[]> weights = new HashMap<>();
    String line;
    while ((line = in.readLine()) != null) {
      if (line.isEmpty()) {
        continue;
      }
      if (line.startsWith("#")) {
        provenance.add(line);
        continue;
      }
      String[] cells = line.split("\t");
      switch (cells[0]) {
        case "language" -> language = cells[1];
        case "options" -> options = ThemeFeatures.Options.decode(cells[1]);
        case "themes" -> {
          for (int i = 1; i < cells.length; i++) {
            themes.add(Theme.fromId(cells[i]));
          }
        }
        case "bias" -> bias = numbers(cells);
        case "threshold" -> threshold = numbers(cells);
        case "w" -> {
          float[] w = new float[cells.length - 2];
          for (int i = 2; i < cells.length; i++) {
            w[i - 2] = Float.parseFloat(cells[i]);
          }
          weights.put(cells[1], w);
        }
        default -> throw new IOException("theme model: unknown line " + cells[0]);
      }
    }
    if (language == null || options == null || themes.isEmpty() || bias == null || threshold == null) {
      throw new IOException("theme model: incomplete header");
    }
    return new ThemeModel(language, options, themes, bias, threshold, weights, provenance);
  }

  private static double[] numbers(String[] cells) {
    double[] out = new double[cells.length - 1];
    for (int i = 1; i < cells.length; i++) {
      out[i - 1] = Double.parseDouble(cells[i]);
    }
    return out;
  }

  /** Features sorted by name, weights to four decimals, so retraining on the same labels writes the same file. */
  void write(Path file) {
    StringBuilder sb = new StringBuilder();
    provenance.forEach(p -> sb.append(p).append('\n'));
    sb.append("language\t").append(language).append('\n');
    sb.append("options\t").append(options.encode()).append('\n');
    sb.append("themes");
    themes.forEach(t -> sb.append('\t').append(t.id()));
    sb.append('\n').append("bias");
    for (double b : bias) {
      sb.append('\t').append(fmt(b));
    }
    sb.append('\n').append("threshold");
    for (double b : threshold) {
      sb.append('\t').append(fmt(b));
    }
    sb.append('\n');
    for (Map.Entry<String, float[]> e : new TreeMap<>(weights).entrySet()) {
      sb.append("w\t").append(e.getKey());
      for (float w : e.getValue()) {
        sb.append('\t').append(fmt(w));
      }
      sb.append('\n');
    }
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String fmt(double v) {
    String s = String.format(Locale.ROOT, "%.4f", v);
    return s.equals("-0.0000") ? "0.0000" : s;
  }
}
