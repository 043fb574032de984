package dev.ectx.hal.mmio;

import dev.ectx.annotations.AllocationFree;
import dev.ectx.annotations.AnyContext;
import dev.ectx.annotations.Shared;
import dev.ectx.annotations.Trusted;
import dev.ectx.annotations.Unique;
import dev.ectx.hal.cpu.Cpu;

/**
 * A peripheral's registers as software sees them, after Tock's {@code StaticRef<Registers>}: a
 * base address plus 32-bit reads and writes at offsets. Every access costs {@link
 * Cpu#ACCESS_CYCLES} and is a preemption point: due hardware events fire and pending interrupts
 * are taken right after it.
 *
 * <pre>{@code
 * RegisterBlock rtc = chip.rtc1().registers();
 * rtc.write(Rtc.CC0, rtc.read(Rtc.COUNTER) + 32768);   // one second from now
 * rtc.write(Rtc.INTENSET, Rtc.INT_COMPARE0);
 * rtc.write(Rtc.EVENTS_COMPARE0, 0);                    // clear the event in the handler
 * }</pre>
 *
 * <p>DMA pointer registers take a Java array instead of an address: {@link #setDmaBuffer} hands a
 * buffer over by ownership and {@link #takeDmaBuffer} returns it once the transfer ended.
 */
// Trusted: a view of hardware. Its fields are final; the model behind it is touched only at
// preemption points on the single simulation thread, so accesses from thread and handler mode
// never interleave, as with real memory-mapped registers.
@Trusted
@Shared
public final class RegisterBlock {
  private final Cpu cpu;
  private final Peripheral peripheral;

  /**
   * The registers of {@code peripheral}, accessed by {@code cpu}; every peripheral creates its
   * own, see {@link Peripheral#registers()}.
   *
   * @param cpu the core whose accesses these are
   * @param peripheral the model
   */
  RegisterBlock(Cpu cpu, Peripheral peripheral) {
    this.cpu = cpu;
    this.peripheral = peripheral;
  }

  /** The base address. */
  @AnyContext
  public int base() {
    return peripheral.base();
  }

  /** The peripheral's name, for example {@code "UARTE0"}. */
  @AnyContext
  public String name() {
    return peripheral.name();
  }

  /**
   * Reads the register at {@code offset}.
   *
   * @param offset offset from the base address
   * @return the value
   */
  @AnyContext
  @AllocationFree
  public int read(int offset) {
    cpu.access();
    return load(offset);
  }

  /** The load reaching the model. */
  // Suppressed: alloc.forbidden only, for the same reason as store below.
  @AllocationFree
  @SuppressWarnings("alloc.forbidden")
  private int load(int offset) {
    return peripheral.read(offset);
  }

  /**
   * Writes the register at {@code offset}.
   *
   * @param offset offset from the base address
   * @param value the value
   */
  @AnyContext
  @AllocationFree
  public void write(int offset, int value) {
    store(offset, value);
    cpu.access();
  }

  /** The store reaching the model. */
  // Suppressed: alloc.forbidden only. The peripheral model is the hardware, not software: a
  // register store allocates nothing on the real chip, whatever the model does to simulate it.
  @AllocationFree
  @SuppressWarnings("alloc.forbidden")
  private void store(int offset, int value) {
    peripheral.write(offset, value);
  }

  /**
   * Sets the bits of {@code mask} in the register at {@code offset} (read-modify-write: two
   * accesses, so not atomic against interrupts).
   *
   * @param offset offset from the base address
   * @param mask the bits to set
   */
  @AnyContext
  public void setBits(int offset, int mask) {
    write(offset, read(offset) | mask);
  }

  /**
   * Hands {@code buffer} to the DMA pointer register at {@code offset}: the peripheral owns it
   * until the transfer's end event, and the simulator rejects software that modifies it
   * meanwhile.
   *
   * @param offset the pointer register, for example {@code Uarte.TXD_PTR}
   * @param buffer the buffer; moved
   */
  @AnyContext
  public void setDmaBuffer(int offset, byte @Unique [] buffer) {
    peripheral.setDmaBuffer(offset, buffer);
    cpu.access();
  }

  /**
   * Takes back the buffer of the DMA pointer register at {@code offset}, after the transfer's end
   * event (or before it started).
   *
   * @param offset the pointer register
   * @return the buffer, or null if the register holds none
   * @throws dev.ectx.hal.dma.DmaOwnershipException if a transfer still owns it
   */
  @AnyContext
  public byte @Unique [] takeDmaBuffer(int offset) {
    cpu.access();
    return peripheral.takeDmaBuffer(offset);
  }
}
