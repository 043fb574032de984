package dev.ectx.kernel;

import dev.ectx.annotations.ExecutionContext;

/**
 * A capsule that processes reach through system calls, after Tock's {@code SyscallDriver}. The
 * kernel keeps the subscribed upcalls and allowed buffers in the driver's {@link Grant}; the
 * driver sees them through {@link GrantKernelData}.
 */
@ExecutionContext("kernel")
public interface SyscallDriver {
  /**
   * Handles a command. Command 0 must answer {@link SyscallReturn#success()}: "this driver
   * exists".
   *
   * @param commandNumber the command
   * @param arg1 the first argument
   * @param arg2 the second argument
   * @param process the calling process
   * @return the result; {@link ReturnCode#NOSUPPORT} for an unknown command
   */
  SyscallReturn command(int commandNumber, int arg1, int arg2, ProcessId process);

  /** The grant that holds this driver's per-process state, upcalls and buffers. */
  Grant<?> grant();
}
