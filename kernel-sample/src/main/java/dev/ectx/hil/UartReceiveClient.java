package dev.ectx.hil;

import dev.ectx.annotations.ExecutionContext;
import dev.ectx.annotations.Unique;
import dev.ectx.annotations.Upcall;
import dev.ectx.kernel.ReturnCode;

/** Hears that a UART reception ended. */
@ExecutionContext("kernel")
public interface UartReceiveClient {
  /**
   * A reception accepted by {@link Uart#receive} ended; called once per accepted call, never from
   * inside it.
   *
   * @param buffer the buffer, moved back to the client
   * @param length bytes received
   * @param result {@link ReturnCode#SUCCESS}; {@link ReturnCode#CANCEL} after {@link
   *     Uart#abortReceive}; {@link ReturnCode#FAIL} on a framing or overrun error (the bytes
   *     before the error are valid)
   */
  @Upcall
  void received(byte @Unique [] buffer, int length, ReturnCode result);
}
