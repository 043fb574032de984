package dev.ectx.capsules;

import dev.ectx.annotations.ExecutionContext;
import dev.ectx.annotations.Unique;
import dev.ectx.cells.OptionalCell;
import dev.ectx.cells.TakeCell;
import dev.ectx.hil.Uart;
import dev.ectx.hil.UartReceiveClient;
import dev.ectx.hil.UartTransmitClient;
import dev.ectx.kernel.DeferredCall;
import dev.ectx.kernel.DeferredCallClient;
import dev.ectx.kernel.ReturnCode;

/**
 * UART virtualizer: shares one hardware UART among several {@link UartDevice}s.
 *
 * <p>Why: the console, a debug writer and a second console each want "a UART"; Tock's {@code
 * MuxUart} gives each its own, with its own buffers. Transmissions take turns (round-robin over
 * devices); received bytes go to every device that is receiving. A device's buffer only ever goes
 * to the hardware and back to that device, never to another device.
 *
 * <p>Wiring (board): {@code mux = new UartMux(uart, deferredCalls.create())}, {@code
 * uart.setTransmitClient(mux)}, {@code uart.setReceiveClient(mux)}, then {@code new
 * UartDevice(mux)} per client. No system-call interface.
 *
 * <p>Errors the hardware reports at once are delivered through a deferred call, never from
 * inside the device's {@code transmit} (the re-entrance bug Tock fixed in its virtual UART).
 */
@ExecutionContext("kernel")
public final class UartMux implements UartTransmitClient, UartReceiveClient, DeferredCallClient {
  /** The most devices one mux serves. */
  public static final int MAX_DEVICES = 8;

  private final Uart uart;
  private final DeferredCall deferredCall;
  private final UartDevice @Unique [] devices = new UartDevice[MAX_DEVICES];
  private final OptionalCell<UartDevice> transmitting = new OptionalCell<>();
  private final TakeCell<byte[]> receiveBuffer = new TakeCell<>();
  private int deviceCount;
  private int nextTransmitter;
  private boolean receiving;

  /**
   * A mux over {@code uart}.
   *
   * @param uart the hardware UART
   * @param deferredCall delivers results known at once; registered here
   */
  public UartMux(Uart uart, DeferredCall deferredCall) {
    this.uart = uart;
    this.deferredCall = deferredCall;
    this.receiveBuffer.put(new byte[1]);
    deferredCall.register(this);
  }

  int attach(UartDevice device) {
    devices[deviceCount] = device;
    return deviceCount++;
  }

  void transmitRequested() {
    startNextTransmission();
  }

  void receiveRequested() {
    if (!receiving) {
      receiving = uart.receive(receiveBuffer, 1).isSuccess();
    }
  }

  void completeLater() {
    deferredCall.set();
  }

  private void startNextTransmission() {
    if (transmitting.isSome()) {
      return;
    }
    for (int step = 0; step < deviceCount; step++) {
      UartDevice device = devices[(nextTransmitter + step) % deviceCount];
      if (device.hasQueuedTransmission()) {
        ReturnCode started = uart.transmit(device.queuedBuffer(), device.queuedLength());
        device.transmissionStarted(started);
        if (started.isSuccess()) {
          transmitting.set(device);
          nextTransmitter = (device.index() + 1) % deviceCount;
          return;
        }
        completeLater();
      }
    }
  }

  @Override
  public void transmitted(byte @Unique [] buffer, int length, ReturnCode result) {
    UartDevice device = transmitting.take();
    device.transmitted(buffer, length, result);
    startNextTransmission();
  }

  @Override
  public void received(byte @Unique [] buffer, int length, ReturnCode result) {
    receiving = false;
    int value = length > 0 ? buffer[0] & 0xFF : -1;
    receiveBuffer.put(buffer);
    boolean anyListening = false;
    for (int i = 0; i < deviceCount; i++) {
      devices[i].deliver(value, result);
      anyListening |= devices[i].isReceiving();
    }
    if (anyListening) {
      receiveRequested();
    }
  }

  @Override
  public void handleDeferredCall() {
    for (int i = 0; i < deviceCount; i++) {
      devices[i].completeDeferred();
    }
    startNextTransmission();
  }
}
