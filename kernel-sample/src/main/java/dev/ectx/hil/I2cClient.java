package dev.ectx.hil;

import dev.ectx.annotations.ExecutionContext;
import dev.ectx.annotations.Unique;
import dev.ectx.annotations.Upcall;
import dev.ectx.kernel.ReturnCode;

/** Hears an {@link I2cDevice}. */
@ExecutionContext("kernel")
public interface I2cClient {
  /**
   * A command accepted by the device ended; once per accepted call, never from inside it. The
   * buffer comes back even on an error.
   *
   * @param buffer the buffer, moved back
   * @param result {@link ReturnCode#SUCCESS}; {@link ReturnCode#NOACK} if the device did not
   *     acknowledge; {@link ReturnCode#FAIL} on a bus error
   */
  @Upcall
  void commandComplete(byte @Unique [] buffer, ReturnCode result);
}
