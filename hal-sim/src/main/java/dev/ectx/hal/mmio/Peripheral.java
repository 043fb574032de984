package dev.ectx.hal.mmio;

import dev.ectx.annotations.Unique;
import dev.ectx.hal.cpu.HardFault;

/**
 * A memory-mapped hardware block: the model behind a {@link RegisterBlock}. Reads and writes
 * arrive with the register's offset from the block's base address; the CPU has already made the
 * access a preemption point.
 */
public abstract class Peripheral {
  private final String name;
  private final int base;

  /**
   * A block at {@code base}.
   *
   * @param name the chip's name for it, for example {@code "UARTE0"}
   * @param base its base address
   */
  protected Peripheral(String name, int base) {
    this.name = name;
    this.base = base;
  }

  /** The block's name, for example {@code "RTC1"}. */
  public final String name() {
    return name;
  }

  /** The base address. */
  public final int base() {
    return base;
  }

  /**
   * Reads the 32-bit register at {@code offset}.
   *
   * @param offset offset from the base address, word aligned
   * @return the value
   */
  public abstract int read(int offset);

  /**
   * Writes the 32-bit register at {@code offset}.
   *
   * @param offset offset from the base address, word aligned
   * @param value the value
   */
  public abstract void write(int offset, int value);

  /**
   * Hands a DMA buffer to the pointer register at {@code offset} (the simulator's stand-in for
   * writing a RAM address to {@code TXD.PTR}); only DMA peripherals accept one.
   *
   * @param offset the pointer register's offset
   * @param buffer the buffer, owned by the peripheral from now on
   */
  public void setDmaBuffer(int offset, byte @Unique [] buffer) {
    throw unknownRegister(offset, "takes no DMA buffer at");
  }

  /**
   * Takes back the DMA buffer held by the pointer register at {@code offset}.
   *
   * @param offset the pointer register's offset
   * @return the buffer, or null if none is held
   */
  public byte @Unique [] takeDmaBuffer(int offset) {
    throw unknownRegister(offset, "holds no DMA buffer at");
  }

  /**
   * The fault for an access to a register that does not exist.
   *
   * @param offset the offset
   * @param what what was attempted, for the message
   * @return the fault, to throw
   */
  protected final HardFault unknownRegister(int offset, String what) {
    return new HardFault(
        name
            + " "
            + what
            + " offset 0x"
            + Integer.toHexString(offset)
            + " (address 0x"
            + Integer.toHexString(base + offset)
            + ")");
  }
}
