package dev.ectx.kernel;

import dev.ectx.annotations.ExecutionContext;

/** Tells the main loop whether to take another turn (a real board always says yes). */
@ExecutionContext("kernel")
@FunctionalInterface
public interface LoopControl {
  /** Whether the loop goes on. */
  boolean keepRunning();
}
