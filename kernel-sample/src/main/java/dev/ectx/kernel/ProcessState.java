package dev.ectx.kernel;

/** The states of a process, after Tock's {@code State}. */
public enum ProcessState {
  /** Runnable: running or preempted. */
  RUNNING,
  /** Waiting in {@code yield-wait} for any upcall. */
  YIELDED,
  /** Waiting in {@code yield-wait-for} for one particular upcall. */
  YIELDED_FOR,
  /** Stopped by process management; can be resumed. */
  STOPPED,
  /** Faulted and not restarted (policy said stop). */
  FAULTED,
  /** Exited, or never started. */
  TERMINATED;

  /** Whether the process is alive: its id is valid and its grants exist. */
  public boolean isAlive() {
    return this == RUNNING || this == YIELDED || this == YIELDED_FOR || this == STOPPED;
  }
}
