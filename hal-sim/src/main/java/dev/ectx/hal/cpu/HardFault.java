package dev.ectx.hal.cpu;

/**
 * Software did something the hardware cannot do: an access to an unmapped address or an unknown
 * register, a DMA transfer without a buffer or longer than its buffer, an interrupt with no
 * handler. On the real chip this ends in a HardFault or undefined behaviour.
 */
public final class HardFault extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * A fault.
   *
   * @param message what went wrong and where
   */
  public HardFault(String message) {
    super(message);
  }
}
