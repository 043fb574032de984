package dev.ectx.arch;

import dev.ectx.kernel.Syscall;

/**
 * What a process hands the kernel when it traps: a system call, a request to compute, a fault,
 * or the end of its entry point.
 *
 * @param kind the kind
 * @param call the system call, for {@link Kind#SYSCALL}
 * @param cycles the computation, for {@link Kind#COMPUTE}
 * @param detail what went wrong, for {@link Kind#FAULT}
 */
record Trap(Kind kind, Syscall call, int cycles, String detail) {
  /** The kinds of trap. */
  enum Kind {
    SYSCALL,
    COMPUTE,
    FAULT,
    RETURNED
  }

  static Trap syscall(Syscall call) {
    return new Trap(Kind.SYSCALL, call, 0, "");
  }

  static Trap compute(int cycles) {
    return new Trap(Kind.COMPUTE, null, cycles, "");
  }

  static Trap fault(String detail) {
    return new Trap(Kind.FAULT, null, 0, detail);
  }

  static Trap returned() {
    return new Trap(Kind.RETURNED, null, 0, "");
  }
}
