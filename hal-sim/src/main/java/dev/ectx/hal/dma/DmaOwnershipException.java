package dev.ectx.hal.dma;

/**
 * A DMA buffer was used against the ownership protocol: modified by software while a peripheral
 * owned it, handed to two peripherals at once, taken back before the transfer's end event, or
 * replaced while the previous buffer was never taken back (which would lose it).
 */
public final class DmaOwnershipException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * A violation.
   *
   * @param message which buffer, which owner, what happened
   */
  public DmaOwnershipException(String message) {
    super(message);
  }
}
