package dev.ectx.hal.periph;

import dev.ectx.hal.cpu.Cpu;
import dev.ectx.hal.dma.DmaLedger;
import dev.ectx.hal.sched.Scheduler;
import dev.ectx.hal.sched.SimEvent;
import java.io.ByteArrayOutputStream;

/**
 * UARTE0: a UART with EasyDMA. IRQ 2, base {@code 0x40002000}.
 *
 * <p>Transmit: hand a buffer to TXD.PTR ({@code registers().setDmaBuffer(TXD_PTR, buf)}), write
 * TXD.MAXCNT (8 bits wide: at most 255 bytes a chunk), trigger STARTTX. TXSTARTED is set at once;
 * the bytes leave one frame time apart (1 start bit, 8 data bits, optional parity, 1 or 2 stop
 * bits at the BAUDRATE), and after the last one TXD.AMOUNT is set and ENDTX (with TXDRDY) is
 * raised; take the buffer back then. STOPTX ends a transfer early (ENDTX with the partial
 * AMOUNT, then TXSTOPPED).
 *
 * <p>Receive: the other end of the wire is the test ({@link #receive}). With a buffer in
 * RXD.PTR and STARTRX, bytes land in it as they arrive; after RXD.MAXCNT bytes ENDRX is raised.
 * STOPRX ends a reception early: ENDRX with the partial RXD.AMOUNT, then RXTO five frame times
 * later. While no reception runs, up to 4 bytes wait in the RX FIFO; more is an overrun (ERROR,
 * ERRORSRC.OVERRUN, byte lost).
 *
 * <p>Faults: {@link #injectRxError} makes the next received byte fail with a framing, parity,
 * overrun or break error (ERROR event, ERRORSRC bit set, byte dropped); ERRORSRC is cleared by
 * writing 1s. Stuck busy: transfers never end. Per-byte TXDRDY/RXDRDY interrupts and SHORTS are
 * not modelled.
 */
public final class Uarte extends EasyDmaPeripheral {
  /** Base address of UARTE0. */
  public static final int BASE = 0x4000_2000;
  /** IRQ line of UARTE0. */
  public static final int IRQ = 2;
  /** Task: start reception. */
  public static final int TASKS_STARTRX = 0x000;
  /** Task: stop reception. */
  public static final int TASKS_STOPRX = 0x004;
  /** Task: start transmission. */
  public static final int TASKS_STARTTX = 0x008;
  /** Task: stop transmission. */
  public static final int TASKS_STOPTX = 0x00C;
  /** Event: a byte was received (set, not interrupted on, per byte). */
  public static final int EVENTS_RXDRDY = 0x108;
  /** Event: the receive buffer is full, or reception stopped. INTEN bit 4. */
  public static final int EVENTS_ENDRX = 0x110;
  /** Event: a byte was sent. */
  public static final int EVENTS_TXDRDY = 0x11C;
  /** Event: the transmit buffer is sent, or transmission stopped. INTEN bit 8. */
  public static final int EVENTS_ENDTX = 0x120;
  /** Event: a receive error; see ERRORSRC. INTEN bit 9. */
  public static final int EVENTS_ERROR = 0x124;
  /** Event: receiver timeout after STOPRX. INTEN bit 17. */
  public static final int EVENTS_RXTO = 0x144;
  /** Event: reception started. */
  public static final int EVENTS_RXSTARTED = 0x14C;
  /** Event: transmission started. */
  public static final int EVENTS_TXSTARTED = 0x150;
  /** Event: transmission stopped. */
  public static final int EVENTS_TXSTOPPED = 0x158;
  /** INTEN bit of ENDRX. */
  public static final int INT_ENDRX = 1 << 4;
  /** INTEN bit of ENDTX. */
  public static final int INT_ENDTX = 1 << 8;
  /** INTEN bit of ERROR. */
  public static final int INT_ERROR = 1 << 9;
  /** INTEN bit of RXTO. */
  public static final int INT_RXTO = 1 << 17;
  /** Error source; write 1s to clear. */
  public static final int ERRORSRC = 0x480;
  /** ERRORSRC: overrun. */
  public static final int ERROR_OVERRUN = 1;
  /** ERRORSRC: parity. */
  public static final int ERROR_PARITY = 1 << 1;
  /** ERRORSRC: framing (no valid stop bit). */
  public static final int ERROR_FRAMING = 1 << 2;
  /** ERRORSRC: break. */
  public static final int ERROR_BREAK = 1 << 3;
  /** Enable: 8 enables the UARTE, 0 disables. */
  public static final int ENABLE = 0x500;
  /** ENABLE value that enables the UARTE. */
  public static final int ENABLE_UARTE = 8;
  /** Baud rate. */
  public static final int BAUDRATE = 0x524;
  /** CONFIG: PARITY in bits 3:1 (7 = included), STOP in bit 4 (two stop bits). */
  public static final int CONFIG = 0x56C;
  /** BAUDRATE value for 9600 baud. */
  public static final int BAUD_9600 = 0x0027_5000;
  /** BAUDRATE value for 115200 baud. */
  public static final int BAUD_115200 = 0x01D6_0000;
  /** BAUDRATE value for 1 Mbaud. */
  public static final int BAUD_1M = 0x1000_0000;

  private static final int FIFO_SIZE = 4;

  private final ByteArrayOutputStream transmitted = new ByteArrayOutputStream();
  private final byte[] txScratch = new byte[256];
  private final byte[] fifo = new byte[FIFO_SIZE];
  private byte[] incoming = new byte[64];
  private int incomingHead;
  private int incomingTail;
  private long incomingStart;
  private long incomingIndex;
  private int fifoCount;
  private int enable;
  private int baudrate = BAUD_115200;
  private int config;
  private int errorsrc;
  private int injectedError;
  private boolean rxActive;
  private boolean txActive;
  private long txStart;
  private boolean loopback;

  private final SimEvent txDone =
      new SimEvent("UARTE0.ENDTX") {
        @Override
        protected void fire() {
          finishTx(txMaxcnt);
        }
      };
  private final SimEvent rxByte =
      new SimEvent("UARTE0.RXD") {
        @Override
        protected void fire() {
          onByteArrived();
        }
      };
  private final SimEvent rxTimeout =
      new SimEvent("UARTE0.RXTO") {
        @Override
        protected void fire() {
          raise(EVENTS_RXTO);
        }
      };

  /**
   * UARTE0.
   *
   * @param cpu the core
   * @param scheduler the chip's scheduler
   * @param ledger the chip's DMA ledger
   */
  public Uarte(Cpu cpu, Scheduler scheduler, DmaLedger ledger) {
    super("UARTE0", BASE, IRQ, cpu, scheduler, ledger);
  }

  /**
   * The baud rate a BAUDRATE register value gives: the named settings exactly, others by the
   * chip's formula {@code value * 16 MHz / 2^32}.
   *
   * @param register the BAUDRATE value
   * @return baud
   */
  public static long baud(int register) {
    switch (register) {
      case BAUD_9600:
        return 9600;
      case BAUD_115200:
        return 115_200;
      case BAUD_1M:
        return 1_000_000;
      default:
        return Math.max(1, ((long) register & 0xFFFF_FFFFL) * 16_000_000L >>> 32);
    }
  }

  /** Bits per frame: start, 8 data, parity if configured, 1 or 2 stop. */
  public int frameBits() {
    return 10 + ((config & 0xE) == 0xE ? 1 : 0) + ((config & 0x10) != 0 ? 1 : 0);
  }

  /**
   * Cycles from the start of a transfer to the end of its {@code k}-th byte.
   *
   * @param k bytes
   * @return cycles, rounded up
   */
  public long cyclesForBytes(long k) {
    long baud = baud(baudrate);
    return (k * frameBits() * Scheduler.HZ + baud - 1) / baud;
  }

  /** Every byte transmitted so far, in order. */
  public byte[] transmitted() {
    return transmitted.toByteArray();
  }

  /**
   * Feeds bytes into the receiver from the other end of the wire, starting now, one frame time
   * apart (after any bytes still arriving).
   *
   * @param data the bytes
   */
  public void receive(byte[] data) {
    receive(data, data.length);
  }

  private void receive(byte[] data, int length) {
    if (incomingHead == incomingTail) {
      incomingHead = 0;
      incomingTail = 0;
      incomingStart = scheduler.now();
      incomingIndex = 0;
    }
    if (incomingTail + length > incoming.length) {
      byte[] grown = new byte[Math.max(incoming.length * 2, incomingTail + length)];
      System.arraycopy(incoming, 0, grown, 0, incomingTail);
      incoming = grown;
    }
    System.arraycopy(data, 0, incoming, incomingTail, length);
    incomingTail += length;
    if (!rxByte.isScheduled()) {
      scheduleNextArrival();
    }
  }

  /**
   * Wires TX to RX: every transmitted byte is also received.
   *
   * @param on whether the loopback is on
   */
  public void setLoopback(boolean on) {
    this.loopback = on;
  }

  /**
   * Fault injection: the next received byte fails with {@code errorsrc} (one of the ERROR_
   * bits) and is dropped.
   *
   * @param errorsrc the error bit
   */
  public void injectRxError(int errorsrc) {
    this.injectedError = errorsrc;
  }

  @Override
  protected void task(int offset) {
    if (enable != ENABLE_UARTE) {
      return;
    }
    switch (offset) {
      case TASKS_STARTTX:
        startTx();
        break;
      case TASKS_STOPTX:
        stopTx();
        break;
      case TASKS_STARTRX:
        startRx();
        break;
      case TASKS_STOPRX:
        stopRx();
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
      case BAUDRATE:
        return baudrate;
      case CONFIG:
        return config;
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
        enable = value & 0xF;
        break;
      case BAUDRATE:
        baudrate = value;
        break;
      case CONFIG:
        config = value;
        break;
      default:
        writeDmaRegister(offset, value);
    }
  }

  private void startTx() {
    if (txActive) {
      return;
    }
    beginTx();
    txActive = true;
    txStart = scheduler.now();
    raise(EVENTS_TXSTARTED);
    if (!stuckBusy()) {
      scheduler.scheduleAfterJittered(txDone, cyclesForBytes(txMaxcnt));
    }
  }

  private void stopTx() {
    if (txActive) {
      long baud = baud(baudrate);
      long sent = (scheduler.now() - txStart) * baud / (frameBits() * Scheduler.HZ);
      scheduler.cancel(txDone);
      finishTx((int) Math.min(sent, txMaxcnt));
    }
    raise(EVENTS_TXSTOPPED);
  }

  private void finishTx(int count) {
    txActive = false;
    txAmount = count;
    for (int i = 0; i < count; i++) {
      txScratch[i] = tx.read(i);
    }
    tx.end();
    transmitted.write(txScratch, 0, count);
    if (count > 0) {
      raise(EVENTS_TXDRDY);
    }
    raise(EVENTS_ENDTX);
    if (loopback) {
      receive(txScratch, count);
    }
  }

  private void startRx() {
    if (rxActive) {
      return;
    }
    beginRx();
    rxActive = true;
    rxAmount = 0;
    raise(EVENTS_RXSTARTED);
    int fromFifo = 0;
    while (fromFifo < fifoCount && rxAmount < rxMaxcnt) {
      rxData[rxAmount++] = fifo[fromFifo++];
    }
    System.arraycopy(fifo, fromFifo, fifo, 0, fifoCount - fromFifo);
    fifoCount -= fromFifo;
    if (rxAmount == rxMaxcnt && !stuckBusy()) {
      finishRx();
    }
  }

  private void stopRx() {
    if (rxActive) {
      finishRx();
    }
    scheduler.scheduleAfter(rxTimeout, cyclesForBytes(5));
  }

  private void finishRx() {
    rxActive = false;
    endRx();
    raise(EVENTS_ENDRX);
  }

  private void scheduleNextArrival() {
    incomingIndex++;
    scheduler.scheduleAt(rxByte, incomingStart + cyclesForBytes(incomingIndex));
  }

  private void onByteArrived() {
    byte value = incoming[incomingHead++];
    if (incomingHead < incomingTail) {
      scheduleNextArrival();
    }
    if (injectedError != 0) {
      errorsrc |= injectedError;
      injectedError = 0;
      raise(EVENTS_ERROR);
      return;
    }
    if (rxActive && !stuckBusy()) {
      rxData[rxAmount++] = value;
      raise(EVENTS_RXDRDY);
      if (rxAmount == rxMaxcnt) {
        finishRx();
      }
    } else if (fifoCount < FIFO_SIZE) {
      fifo[fifoCount++] = value;
    } else {
      errorsrc |= ERROR_OVERRUN;
      raise(EVENTS_ERROR);
    }
  }
}
