package dev.ectx.arch;

/** Unwinds a process's thread when the kernel ends the process; never seen by the kernel. */
final class ProcessKilled extends Error {
  private static final long serialVersionUID = 1L;

  ProcessKilled() {
    super("process ended by the kernel", null, false, false);
  }
}
