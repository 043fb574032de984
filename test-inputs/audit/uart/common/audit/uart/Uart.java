package audit.uart;

import dev.ectx.annotations.Downcall;

/** A UART's HIL: transmit is split-phase, its completion is an upcall to the client. */
public interface Uart {
  void setClient(UartClient client);

  @Downcall
  int transmit(byte[] buffer, int length);
}
