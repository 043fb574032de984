package dev.ectx.hil;

import dev.ectx.annotations.ExecutionContext;
import dev.ectx.annotations.Unique;
import dev.ectx.annotations.Upcall;
import dev.ectx.kernel.ReturnCode;

/** Hears an {@link SpiController}. */
@ExecutionContext("kernel")
public interface SpiClient {
  /**
   * A transfer accepted by {@link SpiController#readWrite} ended; once per accepted call, never
   * from inside it. Both buffers come back even on an error.
   *
   * @param write the write buffer, moved back
   * @param read the read buffer, moved back
   * @param length bytes transferred
   * @param result {@link ReturnCode#SUCCESS}, or {@link ReturnCode#FAIL} on a bus error
   */
  @Upcall
  void transferred(byte @Unique [] write, byte @Unique [] read, int length, ReturnCode result);
}
