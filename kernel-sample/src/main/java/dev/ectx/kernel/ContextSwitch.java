package dev.ectx.kernel;

/**
 * Why a process gave the CPU back to the kernel, after Tock's {@code ContextSwitchReason}.
 *
 * @param reason the kind
 * @param syscall the system call, for {@link Reason#SYSCALL}
 * @param detail what went wrong, for {@link Reason#FAULT}
 */
public record ContextSwitch(Reason reason, Syscall syscall, String detail) {
  /** The kinds of switch. */
  public enum Reason {
    /** The process made a system call. */
    SYSCALL,
    /** The process faulted (threw, touched memory it does not own). */
    FAULT,
    /** A hardware interrupt became pending while the process ran. */
    INTERRUPTED,
    /** The process used up its timeslice. */
    TIMESLICE_EXPIRED
  }

  /**
   * A system call.
   *
   * @param call the call
   * @return the switch
   */
  public static ContextSwitch syscall(Syscall call) {
    return new ContextSwitch(Reason.SYSCALL, call, "");
  }

  /**
   * A fault.
   *
   * @param detail what went wrong
   * @return the switch
   */
  public static ContextSwitch fault(String detail) {
    return new ContextSwitch(Reason.FAULT, null, detail);
  }

  /**
   * A switch without payload.
   *
   * @param reason {@link Reason#INTERRUPTED} or {@link Reason#TIMESLICE_EXPIRED}
   * @return the switch
   */
  public static ContextSwitch of(Reason reason) {
    return new ContextSwitch(reason, null, "");
  }
}
