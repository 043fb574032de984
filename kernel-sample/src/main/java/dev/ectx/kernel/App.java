package dev.ectx.kernel;

import dev.ectx.annotations.ExecutionContext;

/**
 * An application's entry point, run in its own process. It reaches the kernel only through
 * {@code port}; its state lives in the objects it creates, so a restart starts from scratch.
 */
@ExecutionContext("process")
@FunctionalInterface
public interface App {
  /**
   * Runs the application. Returning is the same as {@code exit(0)}; throwing is a fault.
   *
   * @param port the system-call trap of this process
   */
  void main(UserspacePort port);
}
