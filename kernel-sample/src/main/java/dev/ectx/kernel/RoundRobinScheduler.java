package dev.ectx.kernel;

import dev.ectx.annotations.ExecutionContext;

/**
 * Round-robin with a timeslice, after Tock's {@code RoundRobinSched}: ready processes take turns
 * in slot order; a process preempted by the kernel before its timeslice ran out keeps the rest of
 * it and stays first, one that used it up or stopped goes to the back.
 */
@ExecutionContext("kernel")
public final class RoundRobinScheduler implements Scheduler {
  /** Tock's default timeslice: 10 ms. */
  public static final int DEFAULT_TIMESLICE_MICROS = 10_000;

  private final int timesliceMicros;
  private int cursor;
  private int current = -1;
  private int remainingMicros;

  /**
   * A scheduler.
   *
   * @param timesliceMicros each process's timeslice
   */
  public RoundRobinScheduler(int timesliceMicros) {
    this.timesliceMicros = timesliceMicros;
  }

  @Override
  public SchedulingDecision next(Kernel kernel) {
    int slots = kernel.processSlots();
    for (int step = 0; step < slots; step++) {
      int index = (cursor + step) % slots;
      Process process = kernel.processAt(index);
      if (process != null && kernel.isReady(process)) {
        if (index != current || remainingMicros <= 0) {
          remainingMicros = timesliceMicros;
        }
        current = index;
        cursor = index;
        return new SchedulingDecision(process.id(), remainingMicros);
      }
    }
    current = -1;
    return SchedulingDecision.trySleep();
  }

  @Override
  public void result(StoppedReason reason, int usedMicros) {
    if (current < 0) {
      return;
    }
    if (reason == StoppedReason.KERNEL_PREEMPTION && usedMicros < remainingMicros) {
      remainingMicros -= usedMicros;
      return;
    }
    remainingMicros = 0;
    cursor = current + 1;
  }
}
