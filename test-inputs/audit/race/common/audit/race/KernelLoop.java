package audit.race;

import dev.ectx.annotations.ExecutionContext;

/** The kernel loop reads the counter. */
public final class KernelLoop {
  private final Counter counter;
  private int last;

  public KernelLoop(Counter counter) {
    this.counter = counter;
  }

  @ExecutionContext("kernel")
  public void turn() {
    last = Helpers.peek(counter);
  }
}
