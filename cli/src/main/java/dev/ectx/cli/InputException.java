package dev.ectx.cli;

/**
 * Bad input that the user can fix: a missing path, a file that does not parse, an unresolvable
 * class path, no compiler. The command layer prints its message as one line and exits with 2.
 */
public class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** @param message one line naming the cause, without a trailing period */
  public InputException(String message) {
    super(message);
  }

  /** @param message one line naming the cause; @param cause the underlying failure */
  public InputException(String message, Throwable cause) {
    super(message, cause);
  }
}
