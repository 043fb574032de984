package dev.ectx.apps;

import dev.ectx.annotations.ExecutionContext;
import dev.ectx.capsules.DriverNumbers;
import dev.ectx.kernel.App;
import dev.ectx.kernel.Syscall;
import dev.ectx.kernel.SyscallReturn;
import dev.ectx.kernel.UserspacePort;

/**
 * Faulty app: runs a little, prints {@code faulty start}, then misbehaves in the chosen way. The
 * kernel's fault policy decides what happens next; the other processes must not notice.
 */
@ExecutionContext("process")
public final class FaultyApp implements App {
  /** The ways to misbehave. */
  public enum Kind {
    /** Throws an exception (a hard fault of the process). */
    EXCEPTION,
    /** Makes a system call of a class that does not exist. */
    INVALID_SYSCALL,
    /**
     * Calls with arguments the kernel refuses (missing driver, bad subscribe number, sbrk past
     * its memory), prints the errors, then yields with an invalid variant, which is a fault.
     */
    INVALID_ARGUMENTS
  }

  private final Kind kind;
  private final int delayMillis;

  /**
   * A faulty app.
   *
   * @param kind how to misbehave
   * @param delayMillis how long to behave first
   */
  public FaultyApp(Kind kind, int delayMillis) {
    this.kind = kind;
    this.delayMillis = delayMillis;
  }

  @Override
  public void main(UserspacePort port) {
    Libtock tock = new Libtock(port);
    tock.print("faulty start\n");
    tock.sleepMillis(delayMillis);
    switch (kind) {
      case EXCEPTION:
        throw new IllegalStateException("faulty app: deliberate exception");
      case INVALID_SYSCALL:
        tock.raw(new Syscall(9, 0, 0, 0, 0));
        break;
      default:
        SyscallReturn missing = tock.command(0x7777, 1, 0, 0);
        SyscallReturn badUpcall = tock.subscribe(DriverNumbers.ALARM, 99, (a, b, c) -> {});
        SyscallReturn tooMuch = tock.memop(Syscall.MEMOP_SBRK, 1 << 30);
        tock.print(
            "faulty errors "
                + missing.code()
                + " "
                + badUpcall.code()
                + " "
                + tooMuch.code()
                + "\n");
        tock.raw(new Syscall(Syscall.YIELD, 7, 0, 0, 0));
        break;
    }
    tock.print("faulty survived\n");
  }
}
