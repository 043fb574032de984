package dev.ectx.hal.mmio;

import dev.ectx.hal.cpu.Cpu;
import dev.ectx.hal.cpu.HardFault;
import java.util.HashMap;
import java.util.Map;

/**
 * The address space: raw 32-bit reads and writes by absolute address, for code that wants to
 * look like C ({@code *(volatile uint32_t *)0x40011504}). Each peripheral occupies the 4 KiB page
 * at its base address. Drivers normally hold a {@link RegisterBlock} instead, which skips the
 * lookup.
 */
public final class Bus {
  private final Cpu cpu;
  private final Map<Integer, Peripheral> pages = new HashMap<>();

  /**
   * An empty address space.
   *
   * @param cpu the core whose accesses these are
   */
  public Bus(Cpu cpu) {
    this.cpu = cpu;
  }

  /**
   * Maps {@code peripheral} at its base address.
   *
   * @param peripheral the block
   */
  public void map(Peripheral peripheral) {
    pages.put(peripheral.base() & ~0xFFF, peripheral);
  }

  /**
   * Reads the word at {@code address}.
   *
   * @param address an absolute address
   * @return the value
   */
  public int read(int address) {
    Peripheral p = at(address);
    cpu.access();
    return p.read(address & 0xFFF);
  }

  /**
   * Writes the word at {@code address}.
   *
   * @param address an absolute address
   * @param value the value
   */
  public void write(int address, int value) {
    at(address).write(address & 0xFFF, value);
    cpu.access();
  }

  private Peripheral at(int address) {
    Peripheral p = pages.get(address & ~0xFFF);
    if (p == null) {
      throw new HardFault("bus fault: nothing mapped at 0x" + Integer.toHexString(address));
    }
    return p;
  }
}
