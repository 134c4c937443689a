package dev.sellertrust.cli;

/** Exit codes for schedulers (README "Exit codes"). */
public final class ExitCodes {
  private ExitCodes() {}

  public static final int PUBLISHED = 0;
  public static final int INTERNAL_ERROR = 1;
  public static final int USAGE_OR_CONFIG = 2;
  public static final int BAD_INPUT = 3;
  public static final int QUALITY_FAILED = 4;
  public static final int OUT_OF_MEMORY = 5;
}
