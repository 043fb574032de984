package gate;

import dev.ectx.annotations.ExecutionContext;

/** An interrupt handler that runs the driver's bottom half itself: the bug ectx rejects. */
public final class Isr {
  private final Button button;

  /**
   * A handler for {@code button}.
   *
   * @param button the driver
   */
  public Isr(Button button) {
    this.button = button;
  }

  /** The interrupt: only marking work pending would be allowed here. */
  @ExecutionContext("irq")
  public void onInterrupt() {
    button.bottomHalf();
  }
}
