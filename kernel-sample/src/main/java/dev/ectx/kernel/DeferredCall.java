package dev.ectx.kernel;

import dev.ectx.annotations.ExecutionContext;

/**
 * One bit of the kernel's deferred-call mask, after Tock's {@code DeferredCall}. A driver that
 * must call its client back "right after" a request (Tock's rule: no synchronous callbacks) sets
 * its deferred call; the main loop runs the client once the request has returned.
 */
@ExecutionContext("kernel")
public final class DeferredCall {
  private final DeferredCalls owner;
  private final int bit;

  DeferredCall(DeferredCalls owner, int bit) {
    this.owner = owner;
    this.bit = bit;
  }

  /**
   * Names the code this call runs. Every deferred call must be registered before {@link
   * DeferredCalls#verifySetup()}.
   *
   * @param client the code to run
   */
  public void register(DeferredCallClient client) {
    owner.register(bit, client);
  }

  /** Marks this call pending; the main loop runs it once (setting it twice runs it once). */
  public void set() {
    owner.mark(bit);
  }

  /** Whether this call is pending. */
  public boolean isPending() {
    return owner.isMarked(bit);
  }
}
