package dev.ectx.kernel;

/** A board wired the kernel wrongly: found at start-up, before any process runs. */
public final class StartupError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * A start-up error.
   *
   * @param message what is wrong with the wiring
   */
  public StartupError(String message) {
    super(message);
  }
}
