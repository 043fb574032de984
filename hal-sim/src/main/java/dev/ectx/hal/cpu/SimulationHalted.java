package dev.ectx.hal.cpu;

/**
 * Thrown at a preemption point when the run's deadline is reached, or by WFI when the CPU would
 * sleep forever (nothing pending, nothing scheduled). It unwinds the simulated software;
 * {@code Chip.run} catches it.
 */
public final class SimulationHalted extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final boolean deadlineReached;

  /**
   * A halt.
   *
   * @param message why the simulation stopped
   * @param deadlineReached true for the deadline, false for sleeping forever
   */
  public SimulationHalted(String message, boolean deadlineReached) {
    super(message, null, false, false);
    this.deadlineReached = deadlineReached;
  }

  /** True when the run's deadline was reached; false when the CPU would have slept forever. */
  public boolean deadlineReached() {
    return deadlineReached;
  }
}
