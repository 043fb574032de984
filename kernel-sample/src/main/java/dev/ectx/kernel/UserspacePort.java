package dev.ectx.kernel;

import dev.ectx.annotations.AnyContext;
import dev.ectx.annotations.Shared;
import dev.ectx.annotations.Unique;

/**
 * The process side of the user/kernel boundary: the supervisor-call instruction and the
 * registers it carries. Only integers, immutable records and moved buffers cross it.
 */
@Shared
public interface UserspacePort {
  /**
   * Traps into the kernel with a system call and blocks until the kernel resumes this process.
   *
   * @param call the call
   * @return what the kernel answered
   */
  @AnyContext
  SyscallReturn svc(Syscall call);

  /**
   * Burns CPU time in the process (the application's own computation). The kernel may preempt
   * the process meanwhile.
   *
   * @param cycles CPU cycles at the core clock
   */
  @AnyContext
  void compute(int cycles);

  /**
   * Moves a buffer to the kernel with the next allow call.
   *
   * @param buffer the buffer, or {@code null} to allow nothing
   */
  @AnyContext
  void passBuffer(byte @Unique [] buffer);

  /**
   * Collects the buffer the kernel moved back with the last allow call's return.
   *
   * @return the buffer, or {@code null}
   */
  @AnyContext
  byte @Unique [] collectBuffer();
}
