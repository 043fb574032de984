package dev.ectx.kernel;

import dev.ectx.annotations.ExecutionContext;

/** Hears what the kernel decides about processes and interrupts; boards log it, tests check it. */
@ExecutionContext("kernel")
public interface KernelObserver {
  /**
   * A process faulted.
   *
   * @param process the incarnation that faulted
   * @param name the application's name
   * @param detail what went wrong
   * @param action what the fault policy decided
   */
  default void processFaulted(
      ProcessId process, String name, String detail, FaultPolicy.Action action) {}

  /**
   * A process exited or was terminated.
   *
   * @param process the incarnation
   * @param name the application's name
   * @param completionCode its exit code
   */
  default void processExited(ProcessId process, String name, int completionCode) {}

  /**
   * A new incarnation of a process started.
   *
   * @param process the new incarnation
   * @param name the application's name
   */
  default void processStarted(ProcessId process, String name) {}

  /**
   * The chip disabled an interrupt line that kept firing without its event being cleared.
   *
   * @param irq the line
   */
  default void interruptStorm(int irq) {}
}
