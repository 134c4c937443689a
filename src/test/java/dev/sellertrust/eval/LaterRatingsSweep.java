package dev.sellertrust.eval;

import dev.sellertrust.config.ConfigLoader;
import dev.sellertrust.config.JobConfig;
import dev.sellertrust.config.RunRequest;
import dev.sellertrust.evaluation.LaterRatingsBacktest;
import dev.sellertrust.quality.AcceptedInputs;
import dev.sellertrust.quality.InputStage;
import dev.sellertrust.quality.ValidationContext;
import dev.sellertrust.spark.SparkSessions;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Methodology sweep on one input: the later-low-ratings backtest for several configs and as-of days from one read of
 * the input. Args: INPUT HORIZON_DAYS AS_OF[,AS_OF...] [CONFIG|default ...]. Prints one summary per config and day.
 */
public final class LaterRatingsSweep {
  public static void main(String[] args) throws Exception {
    String input = args[0];
    int horizon = Integer.parseInt(args[1]);
    List<LocalDate> days = new ArrayList<>();
    for (String d : args[2].split(",")) {
      days.add(LocalDate.parse(d));
    }
    List<String> configs = args.length > 3 ? List.of(args).subList(3, args.length) : List.of("default");
    LocalDate end = days.stream().max(LocalDate::compareTo).orElseThrow().plusDays(horizon);
    SparkSession spark = SparkSessions.createQuiet("later ratings sweep");
    JobConfig base = ConfigLoader.load(null);
    ValidationContext ctx = new ValidationContext(end, base.quality().maxTextChars(), base.quality().maxAmount(), "k");
    AcceptedInputs all = AcceptedInputs.of(InputStage.run(spark, input, ctx));
    for (String c : configs) {
      JobConfig cfg = c.equals("default") ? base : ConfigLoader.load(Path.of(c));
      for (LocalDate d : days) {
        RunRequest req = new RunRequest(input, null, d, cfg, ConfigLoader.methodologyVersion(cfg), "k", true);
        List<Row> rows = LaterRatingsBacktest.run(spark, all, req, horizon, 3).collectAsList();
        System.out.println("=== config " + c + " as of " + d);
        System.out.print(LaterRatingsBacktest.summary(rows));
      }
    }
    spark.stop();
  }
}
