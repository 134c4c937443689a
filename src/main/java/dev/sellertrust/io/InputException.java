package dev.sellertrust.io;

/** Input that cannot be read at all (missing dataset or column, unreadable file): the run stops with exit code 3. */
public class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InputException(String message) {
    super(message);
  }

  public InputException(String message, Throwable cause) {
    super(message, cause);
  }
}
