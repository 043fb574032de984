package dev.ectx.hal.sched;

/**
 * Something the hardware does at a point of virtual time: a byte leaving a UART, an RTC compare
 * match, a button press. Peripheral models allocate their events once and re-schedule the same
 * object, so the event loop allocates nothing per event.
 *
 * <p>An event is scheduled at most once at a time: scheduling it again moves it.
 */
public abstract class SimEvent {
  private final String name;
  long time;
  long sequence;
  int heapIndex = -1;

  /**
   * An event, not yet scheduled.
   *
   * @param name what it is, for diagnostics (for example {@code "UARTE0.ENDTX"})
   */
  protected SimEvent(String name) {
    this.name = name;
  }

  /** Runs the event; virtual time already equals {@link #time()}. */
  protected abstract void fire();

  /** Whether the event waits in a scheduler. */
  public final boolean isScheduled() {
    return heapIndex >= 0;
  }

  /** The virtual time (CPU cycles) the event is due at; meaningful while scheduled. */
  public final long time() {
    return time;
  }

  /** The event's name. */
  public final String name() {
    return name;
  }

  @Override
  public String toString() {
    return name + "@" + time;
  }

  /**
   * An event that runs a {@link Runnable}, for one-off stimuli from tests.
   *
   * @param name the event's name
   * @param action what to do when it fires
   * @return the event, not yet scheduled
   */
  public static SimEvent of(String name, Runnable action) {
    return new SimEvent(name) {
      @Override
      protected void fire() {
        action.run();
      }
    };
  }
}
