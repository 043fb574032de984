package audit.context;

import dev.ectx.annotations.ExecutionContext;

/** The right way: the kernel toggles its own LED through the same glue. */
public final class Kernel {
  private final Led led;

  public Kernel(Led led) {
    this.led = led;
  }

  @ExecutionContext("kernel")
  public void turn() {
    Glue.blink(led);
  }
}
