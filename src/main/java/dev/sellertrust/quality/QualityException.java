package dev.sellertrust.quality;

/** A data-quality rule of level ERROR failed: nothing is published (exit code 4). */
public class QualityException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public QualityException(String message) {
    super(message);
  }
}
