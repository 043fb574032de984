package dev.ectx.kernel;

import dev.ectx.annotations.ExecutionContext;
import dev.ectx.annotations.Unique;

/**
 * The kernel's deferred calls: at most {@value #MAX} of them, each a bit in one mask. The main
 * loop runs the lowest pending bit first, one per {@link #serviceNext()}. Creating too many, or
 * leaving one unregistered, is a start-up error reported by {@link #verifySetup()}.
 */
@ExecutionContext("kernel")
public final class DeferredCalls {
  /** The most deferred calls a kernel can have: the bits of the mask. */
  public static final int MAX = 32;

  private final DeferredCallClient @Unique [] clients = new DeferredCallClient[MAX];
  private int created;
  private int registeredMask;
  private int pendingMask;

  /** An empty set of deferred calls. */
  public DeferredCalls() {}

  /**
   * Creates the next deferred call (start-up only).
   *
   * @return the call; register its client before {@link #verifySetup()}
   * @throws StartupError if {@value #MAX} calls exist already
   */
  @ExecutionContext("boot")
  public DeferredCall create() {
    if (created == MAX) {
      throw new StartupError("more than " + MAX + " deferred calls created");
    }
    DeferredCall call = new DeferredCall(this, created);
    created++;
    return call;
  }

  void register(int bit, DeferredCallClient client) {
    if ((registeredMask & (1 << bit)) != 0) {
      throw new StartupError("deferred call " + bit + " registered twice");
    }
    clients[bit] = client;
    registeredMask |= 1 << bit;
  }

  /**
   * Checks that every created deferred call has a client. The kernel calls it when its loop starts.
   *
   * @throws StartupError naming the first unregistered call
   */
  public void verifySetup() {
    int createdMask = created == MAX ? -1 : (1 << created) - 1;
    int missing = createdMask & ~registeredMask;
    if (missing != 0) {
      throw new StartupError(
          "deferred call " + Integer.numberOfTrailingZeros(missing) + " was never registered");
    }
  }

  void mark(int bit) {
    pendingMask |= 1 << bit;
  }

  boolean isMarked(int bit) {
    return (pendingMask & (1 << bit)) != 0;
  }

  /** Whether any deferred call is pending. */
  public boolean hasPending() {
    return pendingMask != 0;
  }

  /** How many deferred calls exist. */
  public int count() {
    return created;
  }

  /**
   * Runs the lowest pending deferred call, clearing its bit first so that it may set itself again.
   *
   * @return whether a call ran
   */
  public boolean serviceNext() {
    if (pendingMask == 0) {
      return false;
    }
    int bit = Integer.numberOfTrailingZeros(pendingMask);
    pendingMask &= ~(1 << bit);
    clients[bit].handleDeferredCall();
    return true;
  }
}
