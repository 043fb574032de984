package dev.ectx.hal.periph;

import dev.ectx.hal.cpu.Cpu;
import dev.ectx.hal.cpu.HardFault;
import dev.ectx.hal.dma.DmaLedger;
import dev.ectx.hal.sched.Scheduler;
import dev.ectx.hal.sched.SimEvent;
import java.util.HashMap;
import java.util.Map;

/**
 * TWIM0: an I2C controller with EasyDMA. IRQ 3, base {@code 0x40003000}, shared with SPIM0
 * (only one of the two may be enabled).
 *
 * <p>A write-then-read of a sensor register, as drivers do it: ADDRESS = the device, TXD = the
 * register number, RXD = the result buffer, SHORTS = LASTTX_STARTRX | LASTRX_STOP, then
 * STARTTX. The controller sends the address byte and the TXD bytes (9 bit times each at
 * FREQUENCY), raises LASTTX, re-addresses for reading, reads RXD.MAXCNT bytes, raises LASTRX,
 * stops and raises STOPPED. TXD and RXD buffers are released at LASTTX and LASTRX.
 *
 * <p>Errors: an address nobody answers (or {@link #injectAddressNack}) raises ERROR with
 * ERRORSRC.ANACK after the address byte; a data byte the device refuses (or {@link
 * #injectDataNack}) raises ERROR with ERRORSRC.DNACK. The transfer then halts: software triggers
 * STOP and gets STOPPED, which also releases the buffers. {@link #injectBusError} raises ERROR
 * with {@link #ERROR_BUS}, a simulator extension standing for a disturbed bus (arbitration
 * lost, SDA held low), handled the same way. ERRORSRC is cleared by writing 1s. Stuck busy: no
 * completion ever comes.
 */
public final class Twim extends EasyDmaPeripheral {
  /** Base address (shared with SPIM0). */
  public static final int BASE = 0x4000_3000;
  /** IRQ line (shared with SPIM0). */
  public static final int IRQ = 3;
  /** Task: start a read. */
  public static final int TASKS_STARTRX = 0x000;
  /** Task: start a write. */
  public static final int TASKS_STARTTX = 0x008;
  /** Task: stop (send a stop condition). */
  public static final int TASKS_STOP = 0x014;
  /** Event: stopped. INTEN bit 1. */
  public static final int EVENTS_STOPPED = 0x104;
  /** Event: error, see ERRORSRC. INTEN bit 9. */
  public static final int EVENTS_ERROR = 0x124;
  /** Event: read started. */
  public static final int EVENTS_RXSTARTED = 0x14C;
  /** Event: write started. */
  public static final int EVENTS_TXSTARTED = 0x150;
  /** Event: last byte read. INTEN bit 23. */
  public static final int EVENTS_LASTRX = 0x15C;
  /** Event: last byte written. INTEN bit 24. */
  public static final int EVENTS_LASTTX = 0x160;
  /** INTEN bit of STOPPED. */
  public static final int INT_STOPPED = 1 << 1;
  /** INTEN bit of ERROR. */
  public static final int INT_ERROR = 1 << 9;
  /** INTEN bit of LASTRX. */
  public static final int INT_LASTRX = 1 << 23;
  /** INTEN bit of LASTTX. */
  public static final int INT_LASTTX = 1 << 24;
  /** SHORTS: LASTTX to STARTRX. */
  public static final int SHORT_LASTTX_STARTRX = 1 << 7;
  /** SHORTS: LASTTX to STOP. */
  public static final int SHORT_LASTTX_STOP = 1 << 9;
  /** SHORTS: LASTRX to STARTTX. */
  public static final int SHORT_LASTRX_STARTTX = 1 << 10;
  /** SHORTS: LASTRX to STOP. */
  public static final int SHORT_LASTRX_STOP = 1 << 12;
  /** Error source; write 1s to clear. */
  public static final int ERRORSRC = 0x4C4;
  /** ERRORSRC: the address was not acknowledged. */
  public static final int ERROR_ANACK = 1 << 1;
  /** ERRORSRC: a data byte was not acknowledged. */
  public static final int ERROR_DNACK = 1 << 2;
  /** ERRORSRC: bus error (simulator extension, bit 31). */
  public static final int ERROR_BUS = 1 << 31;
  /** Enable: 6 enables TWIM. */
  public static final int ENABLE = 0x500;
  /** ENABLE value for TWIM. */
  public static final int ENABLE_TWIM = 6;
  /** Bus frequency. */
  public static final int FREQUENCY = 0x524;
  /** FREQUENCY: 100 kbps. */
  public static final int FREQ_K100 = 0x0198_0000;
  /** FREQUENCY: 400 kbps. */
  public static final int FREQ_K400 = 0x0640_0000;
  /** The 7-bit target address. */
  public static final int ADDRESS = 0x588;

  private static final int PHASE_TX = 1;
  private static final int PHASE_RX = 2;
  private static final int PHASE_ERROR = 3;
  private static final int PHASE_STOP = 4;

  private final Map<Integer, I2cDevice> devices = new HashMap<>();
  private int enable;
  private int frequency = FREQ_K100;
  private int address;
  private int errorsrc;
  private int phase;
  private int pendingError;
  private boolean injectAnack;
  private int injectDnackAfter = -1;
  private boolean injectBus;

  private final SimEvent phaseDone =
      new SimEvent("TWIM0.phase") {
        @Override
        protected void fire() {
          onPhaseDone();
        }
      };

  /**
   * TWIM0.
   *
   * @param cpu the core
   * @param scheduler the chip's scheduler
   * @param ledger the chip's DMA ledger
   */
  public Twim(Cpu cpu, Scheduler scheduler, DmaLedger ledger) {
    super("TWIM0", BASE, IRQ, cpu, scheduler, ledger);
  }

  /**
   * Attaches {@code device} at 7-bit {@code address}.
   *
   * @param address 0..127
   * @param device the device
   */
  public void attach(int address, I2cDevice device) {
    devices.put(address, device);
  }

  /** Fault injection: the next addressing is not acknowledged (ANACK). */
  public void injectAddressNack() {
    injectAnack = true;
  }

  /**
   * Fault injection: in the next write, the data byte after {@code bytes} acknowledged ones is
   * not acknowledged (DNACK).
   *
   * @param bytes data bytes acknowledged first
   */
  public void injectDataNack(int bytes) {
    injectDnackAfter = bytes;
  }

  /** Fault injection: the next transfer fails with a bus error ({@link #ERROR_BUS}). */
  public void injectBusError() {
    injectBus = true;
  }

  /** Whether ENABLE selects TWIM. */
  public boolean enabled() {
    return enable == ENABLE_TWIM;
  }

  /**
   * Bus clock in Hz for a FREQUENCY value.
   *
   * @param register the FREQUENCY value
   * @return Hz
   */
  public static long hz(int register) {
    switch (register) {
      case FREQ_K100:
        return 100_000;
      case FREQ_K400:
        return 400_000;
      default:
        return 250_000;
    }
  }

  @Override
  protected void task(int offset) {
    if (!enabled()) {
      return;
    }
    switch (offset) {
      case TASKS_STARTTX:
        startTx();
        break;
      case TASKS_STARTRX:
        startRx();
        break;
      case TASKS_STOP:
        stop();
        break;
      default:
        throw unknownRegister(offset, "has no task at");
    }
  }

  @Override
  protected int readRegister(int offset) {
    switch (offset) {
      case ERRORSRC:
        return errorsrc;
      case ENABLE:
        return enable;
      case FREQUENCY:
        return frequency;
      case ADDRESS:
        return address;
      default:
        return readDmaRegister(offset);
    }
  }

  @Override
  protected void writeRegister(int offset, int value) {
    switch (offset) {
      case ERRORSRC:
        errorsrc &= ~value;
        break;
      case ENABLE:
        if (value != 0 && sibling() instanceof Spim && ((Spim) sibling()).enabled()) {
          throw new HardFault("TWIM0 and SPIM0 share one instance: disable SPIM0 first");
        }
        enable = value & 0xF;
        break;
      case FREQUENCY:
        frequency = value;
        break;
      case ADDRESS:
        address = value & 0x7F;
        break;
      default:
        writeDmaRegister(offset, value);
    }
  }

  private long byteCycles(int bytes) {
    return (bytes * 9L * Scheduler.HZ + hz(frequency) - 1) / hz(frequency);
  }

  /** Addresses the target; returns it, or null after scheduling the error that follows. */
  private I2cDevice addressTarget(boolean read) {
    I2cDevice device = devices.get(address);
    if (injectBus) {
      injectBus = false;
      failAfter(ERROR_BUS, 1);
      return null;
    }
    if (device == null || injectAnack) {
      injectAnack = false;
      failAfter(ERROR_ANACK, 1);
      return null;
    }
    device.start(read);
    return device;
  }

  private void startTx() {
    if (phase != 0) {
      return;
    }
    beginTx();
    raise(EVENTS_TXSTARTED);
    I2cDevice device = addressTarget(false);
    if (device == null) {
      return;
    }
    int sent = 0;
    while (sent < txMaxcnt) {
      boolean ack = device.write(tx.read(sent) & 0xFF);
      if (sent == injectDnackAfter) {
        ack = false;
      }
      if (!ack) {
        injectDnackAfter = -1;
        txAmount = sent;
        failAfter(ERROR_DNACK, 2 + sent);
        return;
      }
      sent++;
    }
    injectDnackAfter = -1;
    txAmount = sent;
    schedulePhase(PHASE_TX, 1 + sent);
  }

  private void startRx() {
    if (phase != 0) {
      return;
    }
    beginRx();
    raise(EVENTS_RXSTARTED);
    I2cDevice device = addressTarget(true);
    if (device == null) {
      return;
    }
    for (int i = 0; i < rxMaxcnt; i++) {
      rxData[i] = (byte) device.read();
    }
    rxAmount = rxMaxcnt;
    schedulePhase(PHASE_RX, 1 + rxMaxcnt);
  }

  private void stop() {
    scheduler.cancel(phaseDone);
    schedulePhase(PHASE_STOP, 1);
  }

  private void failAfter(int error, int bytes) {
    pendingError = error;
    schedulePhase(PHASE_ERROR, bytes);
  }

  private void schedulePhase(int next, int bytes) {
    phase = next;
    if (!stuckBusy()) {
      scheduler.scheduleAfterJittered(phaseDone, byteCycles(bytes));
    }
  }

  private void onPhaseDone() {
    int done = phase;
    phase = 0;
    switch (done) {
      case PHASE_TX:
        tx.end();
        raise(EVENTS_LASTTX);
        if ((shorts & SHORT_LASTTX_STARTRX) != 0) {
          startRx();
        } else if ((shorts & SHORT_LASTTX_STOP) != 0) {
          stop();
        }
        break;
      case PHASE_RX:
        endRx();
        raise(EVENTS_LASTRX);
        if ((shorts & SHORT_LASTRX_STARTTX) != 0) {
          startTx();
        } else if ((shorts & SHORT_LASTRX_STOP) != 0) {
          stop();
        }
        break;
      case PHASE_ERROR:
        errorsrc |= pendingError;
        // Halted until software triggers STOP; phase stays busy so new starts are ignored.
        phase = PHASE_ERROR;
        raise(EVENTS_ERROR);
        break;
      default:
        tx.end();
        rx.end(rxData, 0);
        raise(EVENTS_STOPPED);
        break;
    }
  }
}
