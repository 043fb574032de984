import dev.ectx.annotations.ExecutionContext;

// Figure 1 broken: the raw interrupt handler (irq) increments the kernel's counter itself, racing
// with the kernel loop's bottom half.
@ExecutionContext("kernel")
final class TockBrokenButtonDriver {
  private int presses;

  @ExecutionContext("irq")
  void rawInterrupt() {
    // :: error: [context.field]
    presses++;
  }

  void bottomHalf() {
    presses++;
  }
}
