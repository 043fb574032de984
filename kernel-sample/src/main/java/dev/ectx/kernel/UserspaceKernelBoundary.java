package dev.ectx.kernel;

import dev.ectx.annotations.ExecutionContext;
import dev.ectx.annotations.Unique;

/**
 * The kernel side of the user/kernel boundary, after Tock's trait of the same name: creates a
 * process's execution state, switches to it, and moves buffers across. The architecture ({@code
 * dev.ectx.arch}) implements it.
 */
@ExecutionContext("kernel")
public interface UserspaceKernelBoundary {
  /**
   * Creates the execution state of a new process incarnation; its code starts at the first
   * {@link #switchTo}.
   *
   * @param id the incarnation
   * @param name the application's name
   * @param entry the application's entry point
   * @return the state, owned by the kernel's process record
   */
  ProcessContext create(ProcessId id, String name, App entry);

  /**
   * Runs the process until it traps back: a system call, a fault, a pending interrupt or the end
   * of its timeslice.
   *
   * @param context the process's state
   * @param resume the value of the system call the process is blocked in, or {@code null} at its
   *     first start and after a preemption
   * @return why the process stopped running
   */
  ContextSwitch switchTo(ProcessContext context, SyscallReturn resume);

  /**
   * Moves out the buffer that the process passed with its current allow call.
   *
   * @param context the process's state
   * @return the buffer, or {@code null}
   */
  byte @Unique [] takeBuffer(ProcessContext context);

  /**
   * Moves a buffer to the process, which collects it when the current system call returns.
   *
   * @param context the process's state
   * @param buffer the buffer, or {@code null}
   */
  void giveBuffer(ProcessContext context, byte @Unique [] buffer);

  /**
   * Ends the process's execution state for good (fault, exit, restart).
   *
   * @param context the process's state
   */
  void destroy(ProcessContext context);
}
