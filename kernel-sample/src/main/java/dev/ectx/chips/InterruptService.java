package dev.ectx.chips;

import dev.ectx.annotations.ExecutionContext;

/** A peripheral driver's interrupt bottom half, after Tock's {@code InterruptService}. */
@ExecutionContext("kernel")
@FunctionalInterface
public interface InterruptService {
  /** Handles and clears the peripheral's events; runs in the kernel loop. */
  void handleInterrupt();
}
