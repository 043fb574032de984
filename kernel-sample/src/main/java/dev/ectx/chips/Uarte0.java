package dev.ectx.chips;

import dev.ectx.annotations.Borrowed;
import dev.ectx.annotations.ExecutionContext;
import dev.ectx.cells.OptionalCell;
import dev.ectx.cells.TakeCell;
import dev.ectx.hal.mmio.RegisterBlock;
import dev.ectx.hal.periph.Uarte;
import dev.ectx.hil.Uart;
import dev.ectx.hil.UartReceiveClient;
import dev.ectx.hil.UartTransmitClient;
import dev.ectx.kernel.ReturnCode;

/**
 * UARTE0 as the {@link Uart} HIL, after Tock's {@code nrf52::uart}. Buffers move into the DMA
 * pointer registers and come back at ENDTX/ENDRX. A receive error (framing, parity, overrun,
 * break) stops the reception and completes it with {@link ReturnCode#FAIL} and the bytes before
 * the error. One EasyDMA chunk is at most {@value #MAX_CHUNK} bytes.
 */
@ExecutionContext("kernel")
public final class Uarte0 implements Uart, InterruptService {
  /** The most bytes one transfer moves. */
  public static final int MAX_CHUNK = 255;

  private final RegisterBlock uarte;
  private final OptionalCell<UartTransmitClient> transmitClient = new OptionalCell<>();
  private final OptionalCell<UartReceiveClient> receiveClient = new OptionalCell<>();
  private boolean transmitting;
  private boolean receiving;
  private ReturnCode receiveEnd = ReturnCode.SUCCESS;

  /**
   * The UART, enabled at 115200 baud; the board registers it with the chip for its line.
   *
   * @param uarte UARTE0's registers
   */
  @ExecutionContext("boot")
  public Uarte0(RegisterBlock uarte) {
    this.uarte = uarte;
    uarte.write(Uarte.BAUDRATE, Uarte.BAUD_115200);
    uarte.write(Uarte.ENABLE, Uarte.ENABLE_UARTE);
    uarte.write(RegisterOffsets.INTENSET, Uarte.INT_ENDTX | Uarte.INT_ENDRX | Uarte.INT_ERROR);
  }

  @Override
  public ReturnCode configure(int baudRate) {
    if (transmitting || receiving) {
      return ReturnCode.BUSY;
    }
    int register;
    switch (baudRate) {
      case 9600:
        register = Uarte.BAUD_9600;
        break;
      case 115_200:
        register = Uarte.BAUD_115200;
        break;
      case 1_000_000:
        register = Uarte.BAUD_1M;
        break;
      default:
        return ReturnCode.INVAL;
    }
    uarte.write(Uarte.BAUDRATE, register);
    return ReturnCode.SUCCESS;
  }

  @Override
  public ReturnCode transmit(@Borrowed TakeCell<byte[]> buffer, int length) {
    if (transmitting) {
      return ReturnCode.BUSY;
    }
    byte[] data = buffer.take();
    if (data == null) {
      return ReturnCode.RESERVE;
    }
    if (length < 1 || length > data.length || length > MAX_CHUNK) {
      buffer.put(data);
      return ReturnCode.SIZE;
    }
    uarte.write(Uarte.EVENTS_ENDTX, 0);
    uarte.setDmaBuffer(Uarte.TXD_PTR, data);
    uarte.write(Uarte.TXD_MAXCNT, length);
    uarte.write(Uarte.TASKS_STARTTX, 1);
    transmitting = true;
    return ReturnCode.SUCCESS;
  }

  @Override
  public ReturnCode receive(@Borrowed TakeCell<byte[]> buffer, int length) {
    if (receiving) {
      return ReturnCode.BUSY;
    }
    byte[] data = buffer.take();
    if (data == null) {
      return ReturnCode.RESERVE;
    }
    if (length < 1 || length > data.length || length > MAX_CHUNK) {
      buffer.put(data);
      return ReturnCode.SIZE;
    }
    uarte.write(Uarte.EVENTS_ENDRX, 0);
    uarte.write(Uarte.EVENTS_RXTO, 0);
    uarte.setDmaBuffer(Uarte.RXD_PTR, data);
    uarte.write(Uarte.RXD_MAXCNT, length);
    uarte.write(Uarte.TASKS_STARTRX, 1);
    receiving = true;
    receiveEnd = ReturnCode.SUCCESS;
    return ReturnCode.SUCCESS;
  }

  @Override
  public ReturnCode abortReceive() {
    if (!receiving) {
      return ReturnCode.OFF;
    }
    receiveEnd = ReturnCode.CANCEL;
    uarte.write(Uarte.TASKS_STOPRX, 1);
    return ReturnCode.SUCCESS;
  }

  @Override
  public void setTransmitClient(UartTransmitClient client) {
    transmitClient.set(client);
  }

  @Override
  public void setReceiveClient(UartReceiveClient client) {
    receiveClient.set(client);
  }

  @Override
  public void handleInterrupt() {
    if (uarte.read(Uarte.EVENTS_ERROR) != 0) {
      uarte.write(Uarte.EVENTS_ERROR, 0);
      uarte.write(Uarte.ERRORSRC, uarte.read(Uarte.ERRORSRC));
      if (receiving && receiveEnd.isSuccess()) {
        receiveEnd = ReturnCode.FAIL;
        uarte.write(Uarte.TASKS_STOPRX, 1);
      }
    }
    if (uarte.read(Uarte.EVENTS_ENDTX) != 0) {
      uarte.write(Uarte.EVENTS_ENDTX, 0);
      int amount = uarte.read(Uarte.TXD_AMOUNT);
      transmitting = false;
      byte[] data = uarte.takeDmaBuffer(Uarte.TXD_PTR);
      transmitClient.get().transmitted(data, amount, ReturnCode.SUCCESS);
    }
    if (uarte.read(Uarte.EVENTS_ENDRX) != 0) {
      uarte.write(Uarte.EVENTS_ENDRX, 0);
      int amount = uarte.read(Uarte.RXD_AMOUNT);
      receiving = false;
      byte[] data = uarte.takeDmaBuffer(Uarte.RXD_PTR);
      receiveClient.get().received(data, amount, receiveEnd);
    }
  }
}
