package dev.ectx.kernel;

import dev.ectx.annotations.ExecutionContext;

/**
 * The timer that bounds a process's timeslice, after Tock's {@code SchedulerTimer} (SysTick on a
 * Cortex-M). It counts only while armed, that is while a process runs.
 */
@ExecutionContext("kernel")
public interface SchedulerTimer {
  /**
   * Starts a timeslice.
   *
   * @param microseconds its length
   */
  void start(int microseconds);

  /** Stops the timer and forgets the timeslice. */
  void reset();

  /** Lets the timeslice's expiry interrupt the running process. */
  void arm();

  /** Stops the expiry from interrupting (the kernel runs). */
  void disarm();

  /** Microseconds left in the timeslice; 0 once it expired. */
  int remainingMicros();
}
