package audit.uart;

/** The fix: transmit only records the buffer and sets a deferred call; the callback comes later. */
public final class VirtualUart implements Uart, DeferredCallClient {
  private final DeferredCall deferred = new DeferredCall(this);
  private UartClient client;
  private byte[] done;

  @Override
  public void setClient(UartClient client) {
    this.client = client;
  }

  @Override
  public int transmit(byte[] buffer, int length) {
    if (length == 0) {
      done = buffer;
      deferred.set();
    }
    return 0;
  }

  @Override
  public void handleDeferredCall() {
    byte[] buffer = done;
    done = null;
    client.transmitDone(buffer, 0);
  }
}
