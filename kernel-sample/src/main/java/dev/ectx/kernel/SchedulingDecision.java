package dev.ectx.kernel;

/**
 * What the scheduler wants next: run a process for a timeslice, or let the chip sleep.
 *
 * @param process the process to run, or {@code null} to sleep
 * @param timesliceMicros the timeslice, in microseconds
 */
public record SchedulingDecision(ProcessId process, int timesliceMicros) {
  /** Nothing to run: sleep until an interrupt. */
  public static SchedulingDecision trySleep() {
    return new SchedulingDecision(null, 0);
  }

  /** Whether a process is to run. */
  public boolean runsProcess() {
    return process != null;
  }
}
