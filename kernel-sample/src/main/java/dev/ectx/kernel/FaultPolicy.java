package dev.ectx.kernel;

import dev.ectx.annotations.ExecutionContext;

/**
 * What the kernel does with a process that faulted, after Tock's {@code ProcessFaultPolicy}. The
 * kernel and the other processes go on in every case.
 */
@ExecutionContext("kernel")
@FunctionalInterface
public interface FaultPolicy {
  /** The possible decisions. */
  enum Action {
    /** Stop the process for good; its grants are reclaimed. */
    STOP,
    /** Restart it from its entry point with a new id. */
    RESTART
  }

  /**
   * Decides.
   *
   * @param restartsSoFar how many times this process was restarted after a fault
   * @return the action
   */
  Action onFault(int restartsSoFar);

  /** Stops a faulting process. */
  static FaultPolicy stop() {
    return restarts -> Action.STOP;
  }

  /** Restarts a faulting process, always. */
  static FaultPolicy restart() {
    return restarts -> Action.RESTART;
  }

  /**
   * Restarts a faulting process up to {@code threshold} times, then stops it.
   *
   * @param threshold the most restarts
   * @return the policy
   */
  static FaultPolicy restartUpTo(int threshold) {
    return restarts -> restarts < threshold ? Action.RESTART : Action.STOP;
  }
}
