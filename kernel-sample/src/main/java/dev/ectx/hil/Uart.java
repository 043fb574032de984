package dev.ectx.hil;

import dev.ectx.annotations.Borrowed;
import dev.ectx.annotations.Downcall;
import dev.ectx.annotations.ExecutionContext;
import dev.ectx.cells.TakeCell;
import dev.ectx.kernel.ReturnCode;

/** A UART with buffer-at-a-time transmit and receive, after Tock's {@code hil::uart::Uart}. */
@ExecutionContext("kernel")
public interface Uart {
  /**
   * Sets the line speed.
   *
   * @param baudRate bits per second
   * @return {@link ReturnCode#SUCCESS}; {@link ReturnCode#INVAL} for a rate the hardware lacks;
   *     {@link ReturnCode#BUSY} while a transfer runs. No callback.
   */
  ReturnCode configure(int baudRate);

  /**
   * Transmits the first {@code length} bytes of the buffer in {@code buffer}.
   *
   * @param buffer the caller's cell; on success the buffer is taken out of it
   * @param length bytes to send, at least 1 and at most the buffer's length
   * @return {@link ReturnCode#SUCCESS}: exactly one {@link UartTransmitClient#transmitted}
   *     follows, with the buffer. {@link ReturnCode#BUSY}: a transmission is running; {@link
   *     ReturnCode#SIZE}: bad length; {@link ReturnCode#RESERVE}: the cell is empty. On an error
   *     the buffer stays in {@code buffer} and no callback follows.
   */
  @Downcall
  ReturnCode transmit(@Borrowed TakeCell<byte[]> buffer, int length);

  /**
   * Receives exactly {@code length} bytes into the buffer in {@code buffer}.
   *
   * @param buffer the caller's cell; on success the buffer is taken out of it
   * @param length bytes to receive, at least 1 and at most the buffer's length
   * @return {@link ReturnCode#SUCCESS}: exactly one {@link UartReceiveClient#received} follows,
   *     with the buffer. {@link ReturnCode#BUSY}, {@link ReturnCode#SIZE} or {@link
   *     ReturnCode#RESERVE} as for transmit; the buffer stays in {@code buffer}.
   */
  @Downcall
  ReturnCode receive(@Borrowed TakeCell<byte[]> buffer, int length);

  /**
   * Ends a running reception early.
   *
   * @return {@link ReturnCode#SUCCESS}: the running reception's callback follows with {@link
   *     ReturnCode#CANCEL} and the bytes received so far. {@link ReturnCode#OFF}: nothing to
   *     abort, no callback.
   */
  @Downcall
  ReturnCode abortReceive();

  /**
   * Sets who hears about transmissions.
   *
   * @param client the client
   */
  void setTransmitClient(UartTransmitClient client);

  /**
   * Sets who hears about receptions.
   *
   * @param client the client
   */
  void setReceiveClient(UartReceiveClient client);
}
