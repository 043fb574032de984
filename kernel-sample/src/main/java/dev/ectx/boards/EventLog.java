package dev.ectx.boards;

import dev.ectx.annotations.ExecutionContext;
import dev.ectx.annotations.Unique;
import dev.ectx.capsules.DebugWriter;
import dev.ectx.kernel.FaultPolicy;
import dev.ectx.kernel.KernelObserver;
import dev.ectx.kernel.ProcessId;

/**
 * The board's kernel observer: keeps the last {@value #CAPACITY} kernel events as lines of text
 * and prints faults, exits and storms on the debug UART.
 */
@ExecutionContext("kernel")
public final class EventLog implements KernelObserver {
  /** How many events are kept. */
  public static final int CAPACITY = 256;

  private final DebugWriter debug;
  private final String @Unique [] lines = new String[CAPACITY];
  private int count;

  EventLog(DebugWriter debug) {
    this.debug = debug;
  }

  private void log(String line) {
    lines[count % CAPACITY] = line;
    count++;
  }

  private void report(String line) {
    log(line);
    debug.write("[kernel] " + line + "\n");
  }

  /** How many events were logged in all. */
  public int size() {
    return count;
  }

  /**
   * Whether an event line contains {@code text}.
   *
   * @param text the text
   * @return whether one of the kept lines contains it
   */
  public boolean contains(String text) {
    for (int i = Math.max(0, count - CAPACITY); i < count; i++) {
      if (lines[i % CAPACITY].contains(text)) {
        return true;
      }
    }
    return false;
  }

  /** All kept lines, oldest first, one per line. */
  public String text() {
    StringBuilder text = new StringBuilder();
    for (int i = Math.max(0, count - CAPACITY); i < count; i++) {
      text.append(lines[i % CAPACITY]).append('\n');
    }
    return text.toString();
  }

  @Override
  public void processFaulted(
      ProcessId process, String name, String detail, FaultPolicy.Action action) {
    report("process " + name + " " + process + " faulted (" + detail + "): " + action);
  }

  @Override
  public void processExited(ProcessId process, String name, int completionCode) {
    report("process " + name + " " + process + " exited with " + completionCode);
  }

  @Override
  public void processStarted(ProcessId process, String name) {
    log("process " + name + " " + process + " started");
  }

  @Override
  public void interruptStorm(int irq) {
    report("interrupt storm on IRQ " + irq + ": line quarantined");
  }
}
