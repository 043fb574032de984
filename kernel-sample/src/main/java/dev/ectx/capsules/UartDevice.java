package dev.ectx.capsules;

import dev.ectx.annotations.Borrowed;
import dev.ectx.annotations.ExecutionContext;
import dev.ectx.annotations.Unique;
import dev.ectx.cells.OptionalCell;
import dev.ectx.cells.TakeCell;
import dev.ectx.hil.Uart;
import dev.ectx.hil.UartReceiveClient;
import dev.ectx.hil.UartTransmitClient;
import dev.ectx.kernel.ReturnCode;

/**
 * One virtual UART of a {@link UartMux}, after Tock's {@code UartDevice}: a full {@link Uart}
 * whose transmissions queue behind the other devices' and whose receptions see every byte the
 * line delivers while it is receiving.
 *
 * <p>Wiring (board): {@code device = new UartDevice(mux)}, then {@code
 * device.setTransmitClient(client)} and {@code device.setReceiveClient(client)}.
 */
@ExecutionContext("kernel")
public final class UartDevice implements Uart {
  private final UartMux mux;
  private final int index;
  private final TakeCell<byte[]> transmitBuffer = new TakeCell<>();
  private final TakeCell<byte[]> receiveBuffer = new TakeCell<>();
  private final OptionalCell<UartTransmitClient> transmitClient = new OptionalCell<>();
  private final OptionalCell<UartReceiveClient> receiveClient = new OptionalCell<>();
  private int transmitLength;
  private boolean transmitQueued;
  private boolean transmitInFlight;
  private ReturnCode transmitFailure;
  private int receiveLength;
  private int receivePosition;
  private boolean receiving;
  private ReturnCode receiveEnd;

  /**
   * A device of {@code mux}.
   *
   * @param mux the mux
   */
  public UartDevice(UartMux mux) {
    this.mux = mux;
    this.index = mux.attach(this);
  }

  int index() {
    return index;
  }

  @Override
  public ReturnCode configure(int baudRate) {
    return ReturnCode.NOSUPPORT;
  }

  @Override
  public ReturnCode transmit(@Borrowed TakeCell<byte[]> buffer, int length) {
    if (transmitQueued || transmitInFlight || transmitBuffer.isSome()) {
      return ReturnCode.BUSY;
    }
    byte[] data = buffer.take();
    if (data == null) {
      return ReturnCode.RESERVE;
    }
    if (length < 1 || length > data.length) {
      buffer.put(data);
      return ReturnCode.SIZE;
    }
    transmitBuffer.put(data);
    transmitLength = length;
    transmitQueued = true;
    mux.transmitRequested();
    return ReturnCode.SUCCESS;
  }

  boolean hasQueuedTransmission() {
    return transmitQueued;
  }

  TakeCell<byte[]> queuedBuffer() {
    return transmitBuffer;
  }

  int queuedLength() {
    return transmitLength;
  }

  /** The mux tried to start this device's transmission; a refusal is reported later. */
  void transmissionStarted(ReturnCode result) {
    transmitQueued = false;
    if (result.isSuccess()) {
      transmitInFlight = true;
    } else {
      transmitFailure = result;
    }
  }

  void transmitted(byte @Unique [] buffer, int length, ReturnCode result) {
    transmitInFlight = false;
    transmitClient.get().transmitted(buffer, length, result);
  }

  @Override
  public ReturnCode receive(@Borrowed TakeCell<byte[]> buffer, int length) {
    if (receiving || receiveBuffer.isSome()) {
      return ReturnCode.BUSY;
    }
    byte[] data = buffer.take();
    if (data == null) {
      return ReturnCode.RESERVE;
    }
    if (length < 1 || length > data.length) {
      buffer.put(data);
      return ReturnCode.SIZE;
    }
    receiveBuffer.put(data);
    receiveLength = length;
    receivePosition = 0;
    receiving = true;
    mux.receiveRequested();
    return ReturnCode.SUCCESS;
  }

  @Override
  public ReturnCode abortReceive() {
    if (!receiving) {
      return ReturnCode.OFF;
    }
    receiving = false;
    receiveEnd = ReturnCode.CANCEL;
    mux.completeLater();
    return ReturnCode.SUCCESS;
  }

  boolean isReceiving() {
    return receiving;
  }

  /** A byte (or a line error, value -1) arrived; completes this device's reception when full. */
  void deliver(int value, ReturnCode result) {
    if (!receiving) {
      return;
    }
    if (result.isSuccess() && value >= 0) {
      int position = receivePosition;
      receiveBuffer.map(buffer -> buffer[position] = (byte) value);
      receivePosition++;
      if (receivePosition < receiveLength) {
        return;
      }
    }
    receiving = false;
    finishReceive(result.isSuccess() ? ReturnCode.SUCCESS : ReturnCode.FAIL);
  }

  /** Delivers results that were known inside a request (deferred, never synchronous). */
  void completeDeferred() {
    if (transmitFailure != null) {
      ReturnCode failure = transmitFailure;
      transmitFailure = null;
      transmitClient.get().transmitted(transmitBuffer.take(), 0, failure);
    }
    if (receiveEnd != null) {
      ReturnCode end = receiveEnd;
      receiveEnd = null;
      finishReceive(end);
    }
  }

  private void finishReceive(ReturnCode result) {
    receiveClient.get().received(receiveBuffer.take(), receivePosition, result);
  }

  @Override
  public void setTransmitClient(UartTransmitClient client) {
    transmitClient.set(client);
  }

  @Override
  public void setReceiveClient(UartReceiveClient client) {
    receiveClient.set(client);
  }
}
