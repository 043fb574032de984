package dev.ectx.hal.check;

/**
 * An object bound to one execution context was touched from another: the run-time counterpart
 * of the checker's {@code context.call} and {@code context.field}, raised by {@link
 * ContextGuard#check()} while context checking is on.
 */
public final class ContextViolation extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * A violation.
   *
   * @param message names the object, its context, and the context that touched it
   */
  public ContextViolation(String message) {
    super(message);
  }
}
