import dev.ectx.annotations.ExecutionContext;
import dev.ectx.annotations.Unique;
import dev.ectx.cells.TakeCell;

// Tock-style DMA hand-off: the driver keeps its buffer in a TakeCell, moves it to the hardware
// for a transfer, and gets it back in the completion callback.
@ExecutionContext("kernel")
interface DmaClient {
  void transmitDone(byte @Unique [] buffer, int length);
}

@ExecutionContext("kernel")
final class DmaUart {
  private final TakeCell<byte[]> inFlight = new TakeCell<>();
  private DmaClient client;

  void setClient(DmaClient client) {
    this.client = client;
  }

  /** Starts a transfer: the hardware owns the buffer until the completion interrupt. */
  int transmit(byte @Unique [] buffer, int length) {
    inFlight.put(buffer);
    return 0;
  }

  /** Bottom half of the completion interrupt: hand the buffer back. */
  void handleInterrupt() {
    byte[] buffer = inFlight.take();
    if (buffer != null && client != null) {
      client.transmitDone(buffer, buffer.length);
    }
  }
}

@ExecutionContext("kernel")
final class Console implements DmaClient {
  private final TakeCell<byte[]> txBuffer = new TakeCell<>();
  private final DmaUart uart;

  Console(DmaUart uart, byte @Unique [] buffer) {
    this.uart = uart;
    txBuffer.put(buffer);
  }

  int print(byte value) {
    byte[] buffer = txBuffer.take();
    if (buffer == null) {
      return 2; // BUSY: the hardware still has it
    }
    buffer[0] = value;
    return uart.transmit(buffer, 1);
  }

  int printTwiceBroken(byte value) {
    byte[] buffer = txBuffer.take();
    if (buffer == null) {
      return 2;
    }
    uart.transmit(buffer, 1);
    // :: error: [unique.moved]
    buffer[0] = value;
    return 0;
  }

  void keepACopyBroken() {
    byte[] buffer = txBuffer.take();
    if (buffer != null) {
      byte[] copy = buffer;
      // :: error: [unique.required]
      uart.transmit(buffer, 1);
      copy[0] = 0;
    }
  }

  void lendToFill() {
    txBuffer.map(b -> b[0] = 42);
  }

  void lendThenSendBroken() {
    // :: error: [unique.required]
    txBuffer.map(b -> uart.transmit(b, 1));
  }

  @Override
  public void transmitDone(byte @Unique [] buffer, int length) {
    txBuffer.put(buffer);
  }
}
