package dev.ectx.kernel;

import dev.ectx.annotations.ExecutionContext;

/**
 * The kernel's view of the microcontroller, after Tock's {@code Chip} trait. The chip crate
 * implements it; interrupt top halves (context {@code irq}) only mark lines pending, and the
 * kernel loop calls {@link #servicePendingInterrupts()} to run the bottom halves here, in {@code
 * kernel}.
 */
@ExecutionContext("kernel")
public interface Chip {
  /** Whether an interrupt is waiting for its bottom half. */
  boolean hasPendingInterrupts();

  /**
   * Runs the bottom half of every pending interrupt: the peripheral's handler, then clears and
   * re-enables the line.
   *
   * @throws KernelPanic for a pending interrupt that has no handler
   */
  void servicePendingInterrupts();

  /**
   * Sleeps until an interrupt is pending (WFI). Called inside {@link #atomic}: an interrupt that
   * became pending after the last check still wakes the core, although it is masked.
   */
  void sleep();

  /**
   * Runs {@code body} with interrupts masked.
   *
   * @param body the code to run
   */
  void atomic(Runnable body);
}
