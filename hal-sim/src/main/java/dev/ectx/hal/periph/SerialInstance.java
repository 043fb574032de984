package dev.ectx.hal.periph;

import dev.ectx.hal.cpu.Cpu;
import dev.ectx.hal.mmio.Peripheral;

/**
 * The serial instance at {@code 0x40003000} that SPIM0 and TWIM0 share, as on the nRF52840: one
 * IRQ line (3), one page of the address space. The bus sends an access to TWIM0 while TWIM0 is
 * enabled and to SPIM0 otherwise; each block's own {@code registers()} view reaches it directly.
 */
public final class SerialInstance extends Peripheral {
  private final Spim spim;
  private final Twim twim;

  private SerialInstance(Cpu cpu, Spim spim, Twim twim) {
    super("SPIM0/TWIM0", Spim.BASE, cpu);
    this.spim = spim;
    this.twim = twim;
  }

  /**
   * Makes {@code spim} and {@code twim} one instance: they OR their IRQ lines and refuse to be
   * enabled together.
   *
   * @param cpu the core
   * @param spim SPIM0
   * @param twim TWIM0
   * @return the page to map on the bus
   */
  public static SerialInstance share(Cpu cpu, Spim spim, Twim twim) {
    spim.shareInstanceWith(twim);
    twim.shareInstanceWith(spim);
    return new SerialInstance(cpu, spim, twim);
  }

  private Peripheral selected() {
    return twim.enabled() ? twim : spim;
  }

  @Override
  public int read(int offset) {
    return selected().read(offset);
  }

  @Override
  public void write(int offset, int value) {
    selected().write(offset, value);
  }
}
