import dev.ectx.annotations.AnyContext;
import dev.ectx.annotations.ExecutionContext;
import dev.ectx.annotations.PolyContext;

// context.call: code of one context calls or constructs a member of another.
@ExecutionContext("kernel")
class CallKernelDriver {
  private int presses;

  void bottomHalf() {
    presses++;
  }

  @AnyContext
  static int crc(int x) {
    return x * 31;
  }

  @PolyContext
  void log() {}
}

class CallHelpers {
  @PolyContext
  static int clamp(int x) {
    return Math.max(0, x);
  }

  @ExecutionContext("boot")
  static void enableInterrupts() {}

  static void unannotatedHelper() {}
}

class CallIrqHandlers {
  @ExecutionContext("irq")
  void onIrq(CallKernelDriver driver) {
    // :: error: [context.call]
    driver.bottomHalf();
    // :: error: [context.call]
    driver.log();
    // :: error: [context.call]
    new CallKernelDriver();
    CallKernelDriver.crc(3);
    CallHelpers.clamp(3);
    CallHelpers.unannotatedHelper();
  }

  @ExecutionContext("kernel")
  void fromKernel(CallKernelDriver driver) {
    driver.bottomHalf();
    driver.log();
    new CallKernelDriver();
    // :: error: [context.call]
    CallHelpers.enableInterrupts();
  }

  @ExecutionContext("boot")
  void fromBoot(CallKernelDriver driver) {
    driver.bottomHalf();
    CallHelpers.enableInterrupts();
  }

  void unannotated(CallKernelDriver driver) {
    // :: error: [context.call]
    driver.bottomHalf();
    CallKernelDriver.crc(1);
  }

  @PolyContext
  void poly(CallKernelDriver driver) {
    // :: error: [context.call]
    driver.bottomHalf();
    CallHelpers.clamp(1);
  }

  void register(@ExecutionContext("irq") Runnable handler) {}

  void defer(@ExecutionContext("kernel") Runnable work) {}

  @ExecutionContext("boot")
  void wire(CallKernelDriver driver) {
    // :: error: [context.call]
    register(() -> driver.bottomHalf());
    // :: error: [context.call]
    register(driver::bottomHalf);
    defer(() -> driver.bottomHalf());
    defer(driver::bottomHalf);
    register(() -> CallKernelDriver.crc(2));
  }

  @SuppressWarnings("ectx")
  @ExecutionContext("irq")
  void suppressed(CallKernelDriver driver) {
    driver.bottomHalf();
  }

  @ExecutionContext("kernel")
  void noTarget(CallKernelDriver driver) {
    Runnable r = () -> driver.bottomHalf();
    r.run();
  }
}
