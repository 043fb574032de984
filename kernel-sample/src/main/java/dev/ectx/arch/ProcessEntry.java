package dev.ectx.arch;

import dev.ectx.annotations.AnyContext;
import dev.ectx.annotations.ExecutionContext;
import dev.ectx.kernel.App;

/**
 * The reset vector of a process: the first code that runs in context {@code process}, on the
 * process's own thread. A throw from the application is turned into a fault trap; the kernel's
 * kill unwinds the thread quietly.
 */
@ExecutionContext("process")
final class ProcessEntry implements Runnable {
  private final App entry;
  private final TrapFrame frame;

  @AnyContext
  private ProcessEntry(App entry, TrapFrame frame) {
    this.entry = entry;
    this.frame = frame;
  }

  /** The body of a process's thread, which parks until the kernel's first switch to it. */
  @AnyContext
  static ProcessEntry of(App entry, TrapFrame frame) {
    return new ProcessEntry(entry, frame);
  }

  @Override
  public void run() {
    try {
      frame.awaitStart();
      entry.main(frame);
      frame.finish(Trap.returned());
    } catch (ProcessKilled killed) {
      return;
    } catch (RuntimeException | StackOverflowError | AssertionError fault) {
      try {
        frame.finish(Trap.fault(fault.toString()));
      } catch (ProcessKilled killed) {
        return;
      }
    }
  }
}
