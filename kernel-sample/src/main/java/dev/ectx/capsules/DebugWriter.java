package dev.ectx.capsules;

import dev.ectx.annotations.ExecutionContext;
import dev.ectx.annotations.Unique;
import dev.ectx.cells.TakeCell;
import dev.ectx.hil.Uart;
import dev.ectx.hil.UartTransmitClient;
import dev.ectx.kernel.ReturnCode;

/**
 * Kernel debug output: text from the kernel (process faults, storms) on its own virtual UART.
 *
 * <p>Why: Tock's {@code debug!} writes through a second client of the console's UART mux, so the
 * kernel can report while processes print. Text collects in a ring and goes out in chunks through
 * the writer's own transmit buffer, a line per transmission when it fits, so that lines of other
 * clients of the mux fall between its lines; when the ring is full, further text is dropped and
 * counted.
 *
 * <p>Wiring (board): {@code writer = new DebugWriter(new UartDevice(mux), new byte[64])}, {@code
 * device.setTransmitClient(writer)}. No system-call interface.
 */
@ExecutionContext("kernel")
public final class DebugWriter implements UartTransmitClient {
  /** Bytes of text the writer holds while the UART is busy. */
  public static final int RING_SIZE = 1024;

  private final Uart uart;
  private final TakeCell<byte[]> transmitBuffer = new TakeCell<>();
  private final byte @Unique [] ring = new byte[RING_SIZE];
  private int ringStart;
  private int ringSize;
  private int dropped;

  /**
   * A writer.
   *
   * @param uart its (virtual) UART
   * @param transmitBuffer its transmit buffer, moved in
   */
  public DebugWriter(Uart uart, byte @Unique [] transmitBuffer) {
    this.uart = uart;
    this.transmitBuffer.put(transmitBuffer);
  }

  /**
   * Queues {@code text} (ASCII) for output.
   *
   * @param text the text
   */
  public void write(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (ringSize == ring.length) {
        dropped++;
      } else {
        ring[(ringStart + ringSize) % ring.length] = (byte) text.charAt(i);
        ringSize++;
      }
    }
    flush();
  }

  /** Characters dropped because the ring was full. */
  public int dropped() {
    return dropped;
  }

  private void flush() {
    if (ringSize == 0 || transmitBuffer.isNone()) {
      return;
    }
    int[] length = {0};
    transmitBuffer.map(
        chunk -> {
          boolean lineEnded = false;
          while (ringSize > 0 && length[0] < chunk.length && !lineEnded) {
            byte next = ring[ringStart];
            chunk[length[0]++] = next;
            ringStart = (ringStart + 1) % ring.length;
            ringSize--;
            lineEnded = next == '\n';
          }
        });
    ReturnCode started = uart.transmit(transmitBuffer, length[0]);
    if (!started.isSuccess()) {
      dropped += length[0];
    }
  }

  @Override
  public void transmitted(byte @Unique [] buffer, int length, ReturnCode result) {
    transmitBuffer.put(buffer);
    flush();
  }
}
