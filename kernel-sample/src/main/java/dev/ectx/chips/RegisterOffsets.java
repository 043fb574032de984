package dev.ectx.chips;

import dev.ectx.hal.mmio.NrfPeripheral;

/** Register offsets shared by every nRF peripheral. */
final class RegisterOffsets {
  static final int INTENSET = NrfPeripheral.INTENSET;
  static final int INTENCLR = NrfPeripheral.INTENCLR;

  private RegisterOffsets() {}
}
