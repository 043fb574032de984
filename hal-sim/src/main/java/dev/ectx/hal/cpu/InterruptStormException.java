package dev.ectx.hal.cpu;

/**
 * Thrown when exceptions are taken back to back so many times that thread mode never runs: an
 * interrupt storm, usually an EVENTS register that is never cleared. The limit is {@link
 * Cpu#setStormLimit(int)}.
 */
public final class InterruptStormException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int irq;

  /**
   * A storm on {@code irq}.
   *
   * @param irq the IRQ taken last ({@code -1} for SysTick)
   * @param message the description
   */
  public InterruptStormException(int irq, String message) {
    super(message);
    this.irq = irq;
  }

  /** The IRQ number of the storm ({@code -1} for SysTick). */
  public int irq() {
    return irq;
  }
}
