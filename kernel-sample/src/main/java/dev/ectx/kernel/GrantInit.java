package dev.ectx.kernel;

import dev.ectx.annotations.ExecutionContext;

/**
 * Creates a driver's state for a process the first time the grant is entered for it.
 *
 * @param <T> the driver's per-process state
 */
@ExecutionContext("kernel")
@FunctionalInterface
public interface GrantInit<T> {
  /** A fresh state. */
  T create();
}
