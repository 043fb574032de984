package audit.uart;

/** Tock's deferred call: set() marks it, the kernel loop runs the client later. */
public final class DeferredCall {
  private final DeferredCallClient client;
  private boolean pending;

  public DeferredCall(DeferredCallClient client) {
    this.client = client;
  }

  public void set() {
    pending = true;
  }

  /** Called by the kernel loop, never from inside a driver's downcall. */
  public void service() {
    if (pending) {
      pending = false;
      client.handleDeferredCall();
    }
  }
}
