package dev.ectx.kernel;

import dev.ectx.annotations.ExecutionContext;

/** Chooses which process runs, after Tock's {@code Scheduler} trait. */
@ExecutionContext("kernel")
public interface Scheduler {
  /**
   * The next decision.
   *
   * @param kernel the kernel whose processes to choose from
   * @return a process and its timeslice, or sleep
   */
  SchedulingDecision next(Kernel kernel);

  /**
   * Reports how the last decision's turn ended.
   *
   * @param reason why it ended
   * @param usedMicros how much of the timeslice it used
   */
  void result(StoppedReason reason, int usedMicros);
}
