package gate;

import dev.ectx.annotations.ExecutionContext;
import java.util.concurrent.atomic.AtomicBoolean;

/** The fix: the handler only marks the work pending; the kernel loop runs the bottom half. */
public final class Isr {
  private final AtomicBoolean pending = new AtomicBoolean();

  /** The interrupt: marks the button's work pending, nothing else. */
  @ExecutionContext("irq")
  public void onInterrupt() {
    pending.set(true);
  }

  /**
   * The kernel loop's side: runs the bottom half if the interrupt marked it.
   *
   * @param button the driver
   */
  @ExecutionContext("kernel")
  public void service(Button button) {
    if (pending.getAndSet(false)) {
      button.bottomHalf();
    }
  }
}
