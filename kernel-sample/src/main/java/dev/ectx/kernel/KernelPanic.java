package dev.ectx.kernel;

/**
 * The kernel cannot go on (after Tock's {@code panic!}): an interrupt with no handler, a broken
 * invariant. Faults of processes and of peripherals are not panics; they are contained.
 */
public final class KernelPanic extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * A panic.
   *
   * @param message what went wrong
   */
  public KernelPanic(String message) {
    super(message);
  }
}
