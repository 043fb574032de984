package dev.ectx.hal.trace;

import dev.ectx.annotations.Shared;

/**
 * Receives the signal changes the simulator can trace: GPIO pins, IRQ lines and the CPU's sleep
 * state. The hardware models call it only on a change, with the current virtual time. It is
 * {@code @Shared}: changes arrive from thread and handler mode alike, always on the simulation's
 * one thread.
 */
@Shared
public interface TraceSink {
  /** A sink that records nothing. */
  TraceSink NONE =
      new TraceSink() {
        @Override
        public void pin(long time, int pin, boolean high) {}

        @Override
        public void irqLine(long time, int line, boolean high) {}

        @Override
        public void irqActive(long time, int line, boolean active) {}

        @Override
        public void sleeping(long time, boolean asleep) {}
      };

  /**
   * A GPIO pin changed level.
   *
   * @param time virtual time in cycles
   * @param pin the pin number, 0..31
   * @param high the new level
   */
  void pin(long time, int pin, boolean high);

  /**
   * A peripheral's interrupt request line changed level.
   *
   * @param time virtual time in cycles
   * @param line the IRQ number
   * @param high the new level
   */
  void irqLine(long time, int line, boolean high);

  /**
   * An exception became active (its handler started) or inactive (returned).
   *
   * @param time virtual time in cycles
   * @param line the IRQ number, or {@code -1} for SysTick
   * @param active the new state
   */
  void irqActive(long time, int line, boolean active);

  /**
   * The CPU entered or left WFI sleep.
   *
   * @param time virtual time in cycles
   * @param asleep the new state
   */
  void sleeping(long time, boolean asleep);
}
