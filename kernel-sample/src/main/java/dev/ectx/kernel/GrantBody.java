package dev.ectx.kernel;

import dev.ectx.annotations.ExecutionContext;

/**
 * Code run inside a process's grant.
 *
 * @param <T> the driver's per-process state
 */
@ExecutionContext("kernel")
@FunctionalInterface
public interface GrantBody<T> {
  /**
   * Runs with the process's state and its upcalls and buffers.
   *
   * @param data the driver's state for this process
   * @param kernelData the process's upcalls and allowed buffers
   */
  void apply(T data, GrantKernelData kernelData);
}
