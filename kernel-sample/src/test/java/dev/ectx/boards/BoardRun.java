package dev.ectx.boards;

import dev.ectx.hal.Chip;
import dev.ectx.hal.sched.Scheduler;
import dev.ectx.hal.sched.SimEvent;
import java.nio.charset.StandardCharsets;

/** A booted board with runtime context checking on, and what tests observe of it. */
final class BoardRun implements AutoCloseable {
  final SimBoard board;

  BoardRun(long seed, int jitterCycles) {
    board = new SimBoard(Chip.builder().seed(seed).jitterCycles(jitterCycles).build(), true);
  }

  BoardRun() {
    this(1, 0);
  }

  /** Everything UARTE0 sent so far, as text. */
  String uart() {
    return new String(board.sim().uarte0().transmitted(), StandardCharsets.ISO_8859_1);
  }

  /** The UART output without the kernel's debug lines. */
  String consoleLines() {
    return uart().replaceAll("\\[kernel\\][^\\n]*\\n", "");
  }

  void at(long millis, String name, Runnable action) {
    board.sim().scheduler().scheduleAt(SimEvent.of(name, action), Scheduler.millis(millis));
  }

  void runMillis(long millis) {
    board.runFor(Scheduler.millis(millis));
  }

  long nowMillis() {
    return board.sim().cpu().now() / Scheduler.millis(1);
  }

  @Override
  public void close() {
    board.shutdown();
  }
}
