package dev.sellertrust.report;

import dev.sellertrust.quality.DatasetCounts;
import java.util.List;
import java.util.Map;

/**
 * Everything the report shows, already aggregated on the driver (a few hundred numbers and the top/bottom sellers):
 * rendering needs no Spark, so it is tested on hand-made data.
 */
public record ReportData(
    Meta meta,
    Map<String, Long> tiers,
    /* per tier, sellers per 5-point score bin (20 bins, 0-100) */
    Map<String, long[]> scoreBins,
    long sellersWithoutScore,
    List<ComponentDist> components,
    List<SellerLine> best,
    List<SellerLine> worst,
    List<CorridorCell> corridors,
    PolicySummary policy,
    ChangeSummary changes,
    List<BacktestRow> backtest,
    /* null when the backtest wrote no checks (one written before they existed) */
    BacktestChecks backtestChecks,
    /* null when seller_metrics has no theme columns (a snapshot published before them) */
    ThemeSummary themes) {

  public record Meta(String snapshotDate, String runId, String outputDir, String inputDir, String methodologyVersion,
      String codeVersion, String sparkVersion, String javaVersion, String generatedAt, String configJson,
      Map<String, Long> timingsMillis, List<DatasetCounts> datasets, String reportPath) {}

  /** Sellers per 10-point bin of one component; {@code withoutEvidence} sellers have no published value. */
  public record ComponentDist(String name, String column, long[] bins, long withoutEvidence) {}

  public record SellerLine(String sellerId, Double score, Double low, Double high, String tier, Long orders,
      String peerGroup, List<String> reasons) {}

  /** A market-to-market corridor, rates weighted by the orders of each seller in it. */
  public record CorridorCell(String sellerCountry, String buyerCountry, long orders, double returnRate,
      double lateDeliveryRate) {}

  public record Count(String name, long count) {}

  public record PolicySummary(long policies, long sellersWithPolicy, long[] clarityBins, List<Count> missingFacts,
      List<Count> complianceFlags) {}

  /** {@code previousSnapshot} null: the first published snapshot, every seller is new. */
  public record ChangeSummary(String previousSnapshot, double thresholdPoints, List<Count> byType) {}

  public record BacktestRow(String method, Long sellers, Double spearman, Double aucWorstDecile) {}

  /**
   * What buyers write: per theme, the marketplace's reviews with text that report it (plain counts over the window);
   * per complaint theme, the sellers most above their peers among those that pass the reasons' bar.
   */
  public record ThemeSummary(long reviewsWithText, List<ThemeShare> shares, List<ThemeSeller> sellers,
      int minReviews, double minRatio, double minExcess) {}

  public record ThemeShare(String theme, long reviews, double share) {}

  /** {@code rate} and {@code peerRate} are time-weighted shares, as in seller_metrics. */
  public record ThemeSeller(String theme, String sellerId, double rate, double peerRate, long reviews,
      long reviewsWithText) {}

  /** The backtest's checks over every scored seller (docs/METHODOLOGY.md §7); the Spearman pair is null without truth. */
  public record BacktestChecks(long scoredSellers, Double thinShare, Double thinShareTop, Double thinShareBottom,
      long establishedSellers, Double establishedSpearman, Double establishedSpearmanAverageRating) {}
}
