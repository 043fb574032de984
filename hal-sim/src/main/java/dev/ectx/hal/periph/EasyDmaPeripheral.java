package dev.ectx.hal.periph;

import dev.ectx.annotations.Unique;
import dev.ectx.hal.cpu.Cpu;
import dev.ectx.hal.dma.DmaChannel;
import dev.ectx.hal.dma.DmaLedger;
import dev.ectx.hal.mmio.NrfPeripheral;
import dev.ectx.hal.sched.Scheduler;

/**
 * An nRF block with EasyDMA (UARTE, SPIM, TWIM): the TXD and RXD pointer, MAXCNT and AMOUNT
 * registers, which sit at the same offsets in all of them, and their two DMA channels. MAXCNT is
 * 8 bits wide, so a transfer moves at most 255 bytes.
 *
 * <p>A subclass passes the registers it does not know itself on to {@link #readDmaRegister} and
 * {@link #writeDmaRegister}.
 */
public abstract class EasyDmaPeripheral extends NrfPeripheral {
  /** RXD.PTR: the receive buffer (a DMA pointer register). */
  public static final int RXD_PTR = 0x534;
  /** RXD.MAXCNT. */
  public static final int RXD_MAXCNT = 0x538;
  /** RXD.AMOUNT: bytes received in the last transfer. */
  public static final int RXD_AMOUNT = 0x53C;
  /** TXD.PTR: the transmit buffer (a DMA pointer register). */
  public static final int TXD_PTR = 0x544;
  /** TXD.MAXCNT. */
  public static final int TXD_MAXCNT = 0x548;
  /** TXD.AMOUNT: bytes sent in the last transfer. */
  public static final int TXD_AMOUNT = 0x54C;

  /** The TXD channel. */
  protected final DmaChannel tx;
  /** The RXD channel. */
  protected final DmaChannel rx;
  /** Received bytes, copied into the RXD buffer when the reception ends. */
  protected final byte[] rxData = new byte[256];
  /** TXD.MAXCNT. */
  protected int txMaxcnt;
  /** RXD.MAXCNT. */
  protected int rxMaxcnt;
  /** TXD.AMOUNT. */
  protected int txAmount;
  /** RXD.AMOUNT. */
  protected int rxAmount;
  private NrfPeripheral sibling;

  /**
   * A block with channels {@code name.TXD} and {@code name.RXD}.
   *
   * @param name its name
   * @param base its base address
   * @param irq its IRQ line
   * @param cpu the core
   * @param scheduler the chip's scheduler
   * @param ledger the chip's DMA ledger
   */
  protected EasyDmaPeripheral(
      String name, int base, int irq, Cpu cpu, Scheduler scheduler, DmaLedger ledger) {
    super(name, base, irq, cpu, scheduler);
    tx = new DmaChannel(name + ".TXD", ledger);
    rx = new DmaChannel(name + ".RXD", ledger);
  }

  @Override
  public final void setDmaBuffer(int offset, byte @Unique [] buffer) {
    channel(offset).hand(buffer);
  }

  @Override
  public final byte @Unique [] takeDmaBuffer(int offset) {
    return channel(offset).take();
  }

  /**
   * Reads a MAXCNT or AMOUNT register.
   *
   * @param offset the offset
   * @return the value
   */
  protected final int readDmaRegister(int offset) {
    switch (offset) {
      case RXD_MAXCNT:
        return rxMaxcnt;
      case RXD_AMOUNT:
        return rxAmount;
      case TXD_MAXCNT:
        return txMaxcnt;
      case TXD_AMOUNT:
        return txAmount;
      default:
        throw unknownRegister(offset, "has no readable register at");
    }
  }

  /**
   * Writes a MAXCNT register (AMOUNT is read-only).
   *
   * @param offset the offset
   * @param value the value; only the low 8 bits are kept
   */
  protected final void writeDmaRegister(int offset, int value) {
    switch (offset) {
      case RXD_MAXCNT:
        rxMaxcnt = value & 0xFF;
        break;
      case TXD_MAXCNT:
        txMaxcnt = value & 0xFF;
        break;
      default:
        throw unknownRegister(offset, "has no writable register at");
    }
  }

  /** A transmission of TXD.MAXCNT bytes starts: the TXD buffer now belongs to the block. */
  protected final void beginTx() {
    tx.begin(txMaxcnt);
  }

  /** A reception of up to RXD.MAXCNT bytes starts: the RXD buffer now belongs to the block. */
  protected final void beginRx() {
    rx.begin(rxMaxcnt);
  }

  /** The reception ends: RXD.AMOUNT bytes of {@link #rxData} land in the RXD buffer. */
  protected final void endRx() {
    rx.end(rxData, rxAmount);
  }

  /**
   * Ties this block to the one it shares an instance and IRQ line with (SPIM0 and TWIM0).
   *
   * @param other the other block
   */
  final void shareInstanceWith(NrfPeripheral other) {
    this.sibling = other;
  }

  /** The block sharing this instance, or null. */
  protected final NrfPeripheral sibling() {
    return sibling;
  }

  @Override
  protected final boolean siblingAsserts() {
    return sibling != null && sibling.asserting();
  }

  private DmaChannel channel(int offset) {
    if (offset == TXD_PTR) {
      return tx;
    }
    if (offset == RXD_PTR) {
      return rx;
    }
    throw unknownRegister(offset, "has no DMA pointer at");
  }
}
