package audit.context;

import dev.ectx.annotations.AnyContext;
import dev.ectx.annotations.ExecutionContext;

/** An LED driver of the kernel. */
public final class Led {
  private boolean on;

  @ExecutionContext("kernel")
  public void toggle() {
    on = !on;
  }

  @AnyContext
  public int pin() {
    return 13;
  }
}
