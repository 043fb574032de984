package dev.ectx.hil;

import dev.ectx.annotations.ExecutionContext;

/** One LED, after Tock's {@code hil::led::Led}. Synchronous: no callbacks. */
@ExecutionContext("kernel")
public interface Led {
  /** Turns it on. */
  void on();

  /** Turns it off. */
  void off();

  /** Switches it. */
  void toggle();

  /** Whether it is on. */
  boolean isOn();
}
