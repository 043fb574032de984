package audit.context;

import dev.ectx.annotations.ExecutionContext;

/** The wrong way: the interrupt handler toggles a kernel LED through the glue. */
public final class ButtonIrq {
  private final Led led;

  public ButtonIrq(Led led) {
    this.led = led;
  }

  @ExecutionContext("irq")
  public void handleInterrupt() {
    Glue.blink(led);
  }

  @ExecutionContext("irq")
  public int pin() {
    return Glue.pinOf(led);
  }
}
