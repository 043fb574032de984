package audit.uart;

import dev.ectx.annotations.Upcall;

/** The client side of {@link Uart}. */
public interface UartClient {
  @Upcall
  void transmitDone(byte[] buffer, int result);
}
