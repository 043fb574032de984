package dev.ectx.hal.periph;

import dev.ectx.hal.cpu.Cpu;
import dev.ectx.hal.cpu.HardFault;
import dev.ectx.hal.dma.DmaLedger;
import dev.ectx.hal.sched.Scheduler;
import dev.ectx.hal.sched.SimEvent;

/**
 * SPIM0: an SPI controller with EasyDMA. IRQ 3, base {@code 0x40003000}, shared with TWIM0 (only
 * one of the two may be enabled).
 *
 * <p>Hand buffers to TXD.PTR and RXD.PTR, write the MAXCNTs (8 bits), trigger START: STARTED is
 * set, {@code max(TXD.MAXCNT, RXD.MAXCNT)} bytes are exchanged with the attached {@link
 * SpiDevice} (bytes past TXD.MAXCNT send ORC; bytes past RXD.MAXCNT are dropped), 8 bit times
 * each at FREQUENCY; then ENDTX, ENDRX and END are raised and the AMOUNTs set. STOP ends a
 * transfer early (END, then STOPPED).
 *
 * <p>Fault: {@link #injectBusError} makes the next transfer fail after {@code n} bytes, the way
 * a device dropping off the bus looks: the transfer ends early and the AMOUNTs tell how far it
 * got. The real SPIM has no error event, so a driver finds out from
 * the AMOUNTs. Stuck busy: END never comes.
 */
public final class Spim extends EasyDmaPeripheral {
  /** Base address (shared with TWIM0). */
  public static final int BASE = 0x4000_3000;
  /** IRQ line (shared with TWIM0). */
  public static final int IRQ = 3;
  /** Task: start the transfer. */
  public static final int TASKS_START = 0x010;
  /** Task: stop. */
  public static final int TASKS_STOP = 0x014;
  /** Event: stopped. */
  public static final int EVENTS_STOPPED = 0x104;
  /** Event: the receive buffer is filled. */
  public static final int EVENTS_ENDRX = 0x110;
  /** Event: the transfer ended. INTEN bit 6. */
  public static final int EVENTS_END = 0x118;
  /** Event: the transmit buffer is sent. */
  public static final int EVENTS_ENDTX = 0x120;
  /** Event: the transfer started. */
  public static final int EVENTS_STARTED = 0x14C;
  /** INTEN bit of END. */
  public static final int INT_END = 1 << 6;
  /** INTEN bit of STOPPED. */
  public static final int INT_STOPPED = 1 << 1;
  /** Enable: 7 enables SPIM. */
  public static final int ENABLE = 0x500;
  /** ENABLE value for SPIM. */
  public static final int ENABLE_SPIM = 7;
  /** Clock frequency. */
  public static final int FREQUENCY = 0x524;
  /** FREQUENCY value for 1 MHz. */
  public static final int FREQ_1M = 0x1000_0000;
  /** FREQUENCY value for 8 MHz. */
  public static final int FREQ_8M = 0x8000_0000;
  /** CONFIG: bit order and mode (stored, not interpreted). */
  public static final int CONFIG = 0x554;
  /** Over-read character, sent past TXD.MAXCNT. */
  public static final int ORC = 0x5C0;

  private SpiDevice device = SpiDevice.LOOPBACK;
  private int enable;
  private int frequency = FREQ_1M;
  private int config;
  private int orc = 0xFF;
  private boolean active;
  private int failAfter = -1;
  private int transferLength;

  private final SimEvent done =
      new SimEvent("SPIM0.END") {
        @Override
        protected void fire() {
          finish(transferLength);
        }
      };

  /**
   * SPIM0.
   *
   * @param cpu the core
   * @param scheduler the chip's scheduler
   * @param ledger the chip's DMA ledger
   */
  public Spim(Cpu cpu, Scheduler scheduler, DmaLedger ledger) {
    super("SPIM0", BASE, IRQ, cpu, scheduler, ledger);
  }

  /**
   * Attaches the device at the other end of the bus.
   *
   * @param device the device
   */
  public void attach(SpiDevice device) {
    this.device = device;
  }

  /**
   * Fault injection: the next transfer breaks after {@code bytes} bytes (MISO floats high).
   *
   * @param bytes bytes exchanged before the failure, at least 0
   */
  public void injectBusError(int bytes) {
    this.failAfter = bytes;
  }

  /** Whether ENABLE selects SPIM. */
  public boolean enabled() {
    return enable == ENABLE_SPIM;
  }

  /**
   * Bus clock in Hz for a FREQUENCY value (K125 = 0x02000000 up to M8 = 0x80000000, M16, M32).
   *
   * @param register the FREQUENCY value
   * @return Hz
   */
  public static long hz(int register) {
    switch (register) {
      case 0x0A00_0000:
        return 16_000_000L;
      case 0x1400_0000:
        return 32_000_000L;
      default:
        return Math.max(1, ((register & 0xFFFF_FFFFL) >>> 25) * 125_000L);
    }
  }

  @Override
  protected void task(int offset) {
    if (!enabled()) {
      return;
    }
    if (offset == TASKS_START) {
      start();
    } else if (offset == TASKS_STOP) {
      if (active) {
        scheduler.cancel(done);
        finish(0);
      }
      raise(EVENTS_STOPPED);
    } else {
      throw unknownRegister(offset, "has no task at");
    }
  }

  @Override
  protected int readRegister(int offset) {
    switch (offset) {
      case ENABLE:
        return enable;
      case FREQUENCY:
        return frequency;
      case CONFIG:
        return config;
      case ORC:
        return orc;
      default:
        return readDmaRegister(offset);
    }
  }

  @Override
  protected void writeRegister(int offset, int value) {
    switch (offset) {
      case ENABLE:
        if (value != 0 && sibling() instanceof Twim && ((Twim) sibling()).enabled()) {
          throw new HardFault("SPIM0 and TWIM0 share one instance: disable TWIM0 first");
        }
        enable = value & 0xF;
        break;
      case FREQUENCY:
        frequency = value;
        break;
      case CONFIG:
        config = value;
        break;
      case ORC:
        orc = value & 0xFF;
        break;
      default:
        writeDmaRegister(offset, value);
    }
  }

  private void start() {
    if (active) {
      return;
    }
    beginTx();
    beginRx();
    active = true;
    int length = Math.max(txMaxcnt, rxMaxcnt);
    transferLength = failAfter >= 0 ? Math.min(failAfter, length) : length;
    raise(EVENTS_STARTED);
    if (!stuckBusy()) {
      long cycles = (transferLength * 8L * Scheduler.HZ) / hz(frequency);
      scheduler.scheduleAfterJittered(done, cycles);
    }
  }

  private void finish(int exchanged) {
    active = false;
    failAfter = -1;
    for (int i = 0; i < exchanged; i++) {
      int out = i < txMaxcnt ? tx.read(i) & 0xFF : orc;
      int in = device.exchange(out) & 0xFF;
      if (i < rxMaxcnt) {
        rxData[i] = (byte) in;
      }
    }
    txAmount = Math.min(exchanged, txMaxcnt);
    rxAmount = Math.min(exchanged, rxMaxcnt);
    tx.end();
    endRx();
    raise(EVENTS_ENDTX);
    raise(EVENTS_ENDRX);
    raise(EVENTS_END);
  }
}
