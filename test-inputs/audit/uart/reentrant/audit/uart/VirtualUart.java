package audit.uart;

/**
 * The Tock bug: a virtual UART that completes a short transmission at once and calls its client
 * from inside transmit, through an unannotated helper. The client is re-entered: the audit
 * reports audit.reentrant, with the path transmit -> helper -> transmitDone as its witness.
 */
public final class VirtualUart implements Uart {
  private UartClient client;

  @Override
  public void setClient(UartClient client) {
    this.client = client;
  }

  @Override
  public int transmit(byte[] buffer, int length) {
    if (length == 0) {
      finish(buffer);
      return 0;
    }
    return 0;
  }

  private void finish(byte[] buffer) {
    client.transmitDone(buffer, 0);
  }
}
