package audit.race;

import dev.ectx.annotations.ExecutionContext;

/** The timer's interrupt handler. */
public final class TimerIrq {
  private final Counter counter;

  public TimerIrq(Counter counter) {
    this.counter = counter;
  }

  @ExecutionContext("irq")
  public void handleInterrupt() {
    Helpers.bump(counter);
  }
}
