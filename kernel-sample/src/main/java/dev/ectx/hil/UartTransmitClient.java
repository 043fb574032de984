package dev.ectx.hil;

import dev.ectx.annotations.ExecutionContext;
import dev.ectx.annotations.Unique;
import dev.ectx.annotations.Upcall;
import dev.ectx.kernel.ReturnCode;

/** Hears that a UART transmission ended. */
@ExecutionContext("kernel")
public interface UartTransmitClient {
  /**
   * A transmission accepted by {@link Uart#transmit} ended; called once per accepted call, never
   * from inside it.
   *
   * @param buffer the buffer, moved back to the client
   * @param length bytes sent
   * @param result {@link ReturnCode#SUCCESS}, or {@link ReturnCode#FAIL} on a line error
   */
  @Upcall
  void transmitted(byte @Unique [] buffer, int length, ReturnCode result);
}
