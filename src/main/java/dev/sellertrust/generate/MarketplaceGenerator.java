package dev.sellertrust.generate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Generates a synthetic marketplace (six input datasets) and its hidden truth from a {@link GeneratorSpec}.
 *
 * <p>Streaming and deterministic: work units are generated in parallel, each from its own seeded random streams,
 * and written by one thread in unit order, with a bounded number of units in flight. Memory is O(sellers), never
 * O(orders).
 */
public final class MarketplaceGenerator {
  private static final Logger LOG = LoggerFactory.getLogger(MarketplaceGenerator.class);

  private final GeneratorSpec spec;

  public MarketplaceGenerator(GeneratorSpec spec) {
    this.spec = spec;
  }

  /** Generates; for Parquet uses the active SparkSession or starts a local one (and stops it afterwards). */
  public static GenerationReport generate(GeneratorSpec spec) throws IOException {
    return new MarketplaceGenerator(spec).run(null);
  }

  /** Generates; {@code spark} is used only for {@link OutputFormat#PARQUET} and is not stopped. */
  public static GenerationReport generate(GeneratorSpec spec, SparkSession spark)
      throws IOException {
    return new MarketplaceGenerator(spec).run(spark);
  }

  private GenerationReport run(SparkSession sparkOrNull) throws IOException {
    long started = System.nanoTime();
    VolumeAllocator.Allocation allocation = VolumeAllocator.allocate(spec);
    long[] firstOrderNo = VolumeAllocator.prefixSums(allocation.orders());
    BuyerPool buyers = new BuyerPool(spec.orders());
    SellerPlanner planner = new SellerPlanner(spec, buyers);
    LOG.info("generate: {} sellers, {} orders, seed {}, {} days to {}, {} into {}", spec.sellers(), spec.orders(),
        spec.seed(), spec.days(), spec.endDate(), spec.format().name().toLowerCase(), spec.out());

    Files.createDirectories(spec.out());
    OutputFiles.clearTables(spec.out());
    boolean parquet = spec.format() == OutputFormat.PARQUET;
    Path textDir = parquet
        ? Files.createTempDirectory(spec.out().getParent(), spec.out().getFileName() + ".csv-")
        : spec.out();
    int[][] evidence = new int[spec.sellers()][];
    Map<OutputTable, Long> rows = new EnumMap<>(OutputTable.class);
    List<Campaigns.Planted> campaigns = new ArrayList<>();
    long bytes = writeTables(textDir, planner, allocation, firstOrderNo, buyers, evidence, rows, campaigns);
    long generated = System.nanoTime();

    Files.createDirectories(spec.truth());
    Campaigns.writeTruth(spec.truth(), campaigns);
    TruthWriter.write(spec.truth(), planner, allocation.orders(), firstOrderNo, allocation.giantIndex(), evidence);
    if (parquet) {
      convert(textDir, sparkOrNull);
      OutputFiles.deleteRecursively(textDir);
    }
    Map<String, Long> byName = new LinkedHashMap<>();
    rows.forEach((t, n) -> byName.put(t.fileName, n));
    GenerationReport report = new GenerationReport(byName, bytes, (generated - started) / 1_000_000,
        (System.nanoTime() - started) / 1_000_000);
    LOG.info("generate: done, {} rows {} ({} MB of text) in {} ms: {} rows/s; truth in {}", report.totalRows(),
        byName, bytes >> 20, report.generateMillis(), Math.round(report.rowsPerSecond()), spec.truth());
    return report;
  }

  private void convert(Path textDir, SparkSession given) {
    SparkSession spark = given != null ? given : ParquetConverter.session();
    boolean ownSession = given == null && spark.sparkContext().appName().equals("seller-trust-generate");
    try {
      ParquetConverter.convert(spark, textDir, spec.out(), spec.partitionByDate());
    } finally {
      if (ownSession) {
        spark.stop();
      }
    }
  }

  private long writeTables(Path dir, SellerPlanner planner, VolumeAllocator.Allocation allocation,
      long[] firstOrderNo, BuyerPool buyers, int[][] evidence, Map<OutputTable, Long> rows,
      List<Campaigns.Planted> campaigns) throws IOException {
    OutputFormat textFormat = spec.format().textFormat();
    // Partitioning a Parquet run happens in Spark; the CSV stage stays one file per table.
    boolean partitionText = spec.partitionByDate() && spec.format() != OutputFormat.PARQUET;
    Map<OutputTable, TableSink> sinks = new EnumMap<>(OutputTable.class);
    for (OutputTable t : OutputTable.values()) {
      sinks.put(t, OutputFiles.sink(dir, t, textFormat, partitionText));
      rows.put(t, 0L);
    }
    SliceSimulator simulator = new SliceSimulator(spec.seed(), Timeline.of(spec), buyers);
    long[] orders = allocation.orders();
    ExecutorService pool = Executors.newFixedThreadPool(spec.threads(), r -> {
      Thread t = new Thread(r, "generator");
      t.setDaemon(true);
      return t;
    });
    try {
      ArrayDeque<Future<UnitOutput>> inFlight = new ArrayDeque<>();
      Iterator<WorkUnit> units = WorkUnit.plan(orders);
      int maxInFlight = spec.threads() * 4;
      long done = 0;
      long nextLog = spec.orders() / 10;
      while (units.hasNext() || !inFlight.isEmpty()) {
        while (units.hasNext() && inFlight.size() < maxInFlight) {
          WorkUnit unit = units.next();
          inFlight.add(pool.submit(() -> produce(unit, planner, simulator, orders, firstOrderNo,
              allocation.giantIndex(), textFormat, partitionText)));
        }
        Future<UnitOutput> next = inFlight.poll();
        UnitOutput out = await(next);
        for (OutputTable t : OutputTable.values()) {
          RowBuffer buffer = out.buffer(t);
          sinks.get(t).write(buffer);
          rows.merge(t, (long) buffer.rows(), Long::sum);
        }
        for (Evidence e : out.evidence) {
          int[] acc = evidence[e.sellerIndex] == null ? new int[7] : evidence[e.sellerIndex];
          acc[0] += e.outsideWindowRejections;
          acc[1] += e.slowRefunds;
          acc[2] += e.deductedRefunds;
          acc[3] += e.deniedExchanges;
          acc[4] += e.deliveredOrders;
          acc[5] += e.lateOrders;
          acc[6] += e.undeliveredOrders;
          evidence[e.sellerIndex] = acc;
        }
        done += out.orders;
        if (done >= nextLog && nextLog > 0) {
          LOG.info("generate: {} of {} orders", done, spec.orders());
          nextLog += spec.orders() / 10;
        }
      }
      if (spec.manipulationShare() > 0) {
        // After the honest world, from a stream of their own: without them the same seed gives the same rows.
        SellerProfile[] profiles = new SellerProfile[orders.length];
        for (int i = 0; i < orders.length; i++) {
          profiles[i] = planner.plan(i, orders[i], firstOrderNo[i], i == allocation.giantIndex());
        }
        UnitOutput out = new UnitOutput(textFormat);
        campaigns.addAll(Campaigns.plant(spec, profiles, Timeline.of(spec), out));
        out.seal(partitionText);
        for (OutputTable t : OutputTable.values()) {
          RowBuffer buffer = out.buffer(t);
          sinks.get(t).write(buffer);
          rows.merge(t, (long) buffer.rows(), Long::sum);
        }
        LOG.info("generate: {} sellers under a review campaign (truth in {})", campaigns.size(), Campaigns.TRUTH_FILE);
      }
    } finally {
      pool.shutdownNow();
      for (TableSink s : sinks.values()) {
        s.close();
      }
    }
    long bytes = 0;
    for (TableSink s : sinks.values()) {
      bytes += s.bytesWritten();
    }
    return bytes;
  }

  private static UnitOutput produce(WorkUnit unit, SellerPlanner planner, SliceSimulator simulator, long[] orders,
      long[] firstOrderNo, int giant, OutputFormat textFormat, boolean perRow) {
    UnitOutput out = new UnitOutput(textFormat);
    SellerProfile seller = null;
    for (int i = 0; i < unit.sellers().length; i++) {
      int s = unit.sellers()[i];
      if (seller == null || seller.index() != s) {
        seller = planner.plan(s, orders[s], firstOrderNo[s], s == giant);
      }
      simulator.run(seller, unit.slices()[i], out);
    }
    out.orders = unit.orders();
    out.seal(perRow);
    return out;
  }

  private static UnitOutput await(Future<UnitOutput> future) throws IOException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while generating", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("generating a work unit failed", e.getCause());
    }
  }
}
