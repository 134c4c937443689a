package dev.sellertrust.score;

/** Columns of the posterior tables. */
public final class ScoreCols {
  private ScoreCols() {}

  public static final String PEER_RATE = "peer_rate";
  public static final String PRIOR_STRENGTH = "prior_strength";
  public static final String PEER_GROUP = "peer_group";
  public static final String POST_MEAN = "post_mean";
  public static final String POST_VAR = "post_var";
}
