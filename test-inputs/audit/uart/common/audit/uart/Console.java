package audit.uart;

/** A client that sends its next line when the previous one is done. */
public final class Console implements UartClient {
  private final Uart uart;
  private int sent;

  public Console(Uart uart) {
    this.uart = uart;
  }

  public void print(byte[] line) {
    uart.transmit(line, line.length);
  }

  @Override
  public void transmitDone(byte[] buffer, int result) {
    sent++;
  }
}
