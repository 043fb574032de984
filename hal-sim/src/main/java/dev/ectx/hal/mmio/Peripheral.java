package dev.ectx.hal.mmio;

import dev.ectx.annotations.Trusted;
import dev.ectx.annotations.Unique;
import dev.ectx.hal.cpu.Cpu;
import dev.ectx.hal.cpu.HardFault;

/**
 * A memory-mapped hardware block: the model behind a {@link RegisterBlock}. Reads and writes
 * arrive with the register's offset from the block's base address; the CPU has already made the
 * access a preemption point.
 */
public abstract class Peripheral {
  private final String name;
  private final int base;
  private final RegisterBlock registers;

  /**
   * A block at {@code base}, accessed by {@code cpu}.
   *
   * @param name the chip's name for it, for example {@code "UARTE0"}
   * @param base its base address
   * @param cpu the core whose accesses reach it
   */
  protected Peripheral(String name, int base, Cpu cpu) {
    this.name = name;
    this.base = base;
    this.registers = mapRegisters(cpu, this);
  }

  /** The register view of {@code block}: software reaches the hardware only through it. */
  // Trusted glue (send.unsendable): the one place where a hardware model is handed to its
  // @Shared register view. The model is reachable from software only through that view, whose
  // accesses are serialized at preemption points on the simulation's one thread.
  @Trusted
  @SuppressWarnings("ectx")
  private static RegisterBlock mapRegisters(Cpu cpu, Peripheral block) {
    return new RegisterBlock(cpu, block);
  }

  /** Software's view of this block's registers. */
  public final RegisterBlock registers() {
    return registers;
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
