package dev.ectx.arch;

import dev.ectx.annotations.ExecutionContext;
import dev.ectx.annotations.Unique;
import dev.ectx.kernel.App;
import dev.ectx.kernel.ProcessContext;

/**
 * One process incarnation's execution state: a Java thread that runs the application in context
 * {@code process}, parked in its {@link TrapFrame} whenever the kernel runs. The thread starts at
 * creation and waits for the kernel's first switch.
 */
@ExecutionContext("kernel")
final class ProcessThread implements ProcessContext {
  private static final long JOIN_MILLIS = 2_000;

  private final TrapFrame frame = new TrapFrame();
  private final @Unique Thread thread;
  private int pendingCompute;
  private boolean started;

  ProcessThread(String name, App entry) {
    thread = new Thread(ProcessEntry.of(entry, frame), "process " + name);
    thread.setDaemon(true);
    thread.start();
  }

  TrapFrame frame() {
    return frame;
  }

  boolean started() {
    return started;
  }

  void markStarted() {
    started = true;
  }

  int pendingCompute() {
    return pendingCompute;
  }

  void setPendingCompute(int cycles) {
    pendingCompute = cycles;
  }

  /** Unwinds the thread and waits for it to end, so no process code runs after its death. */
  void end() {
    frame.kill();
    try {
      thread.join(JOIN_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
