package audit.critical;

import dev.ectx.annotations.ExecutionContext;
import dev.ectx.cells.CriticalSection;

/** The interrupt side records under a critical section; the kernel reads one field without. */
public final class Handlers {
  private final Board board = new Board();
  private final Stats stats = new Stats();
  private int seen;

  @ExecutionContext("irq")
  public void handleInterrupt() {
    CriticalSection.run(board, cs -> Counting.record(stats, cs));
  }

  @ExecutionContext("kernel")
  public void turn() {
    CriticalSection.run(board, cs -> seen = Counting.events(stats));
    seen += Counting.misses(stats);
  }
}
