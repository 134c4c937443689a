package dev.sellertrust.state;

/** The saved state cannot give exactly what a full recomputation would: the run recomputes in full instead. */
public final class FullRecomputationNeeded extends RuntimeException {
  public FullRecomputationNeeded(String reason) {
    super(reason);
  }
}
