import dev.ectx.annotations.AnyContext;
import dev.ectx.annotations.ExecutionContext;
import dev.ectx.annotations.PolyContext;
import java.util.concurrent.Executor;

@ExecutionContext("kernel")
class CallKernelDriver {
  int presses;

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

class CallIrqHandlers {
  @ExecutionContext("irq")
  void onIrq(CallKernelDriver driver) {
    // :: error: [context.call]
    driver.bottomHalf();
    // :: error: [context.field]
    driver.presses = 3;
    CallKernelDriver.crc(3);
    // :: error: [context.call]
    driver.log();
  }

  @ExecutionContext("kernel")
  void fromKernel(CallKernelDriver driver) {
    driver.bottomHalf();
    driver.log();
  }

  @ExecutionContext("boot")
  void fromBoot(CallKernelDriver driver) {
    driver.bottomHalf();
  }

  void register(@ExecutionContext("irq") Runnable handler) {}

  @ExecutionContext("boot")
  void wire(CallKernelDriver driver, Executor ex) {
    // :: error: [context.call]
    register(() -> driver.bottomHalf());
    // :: error: [context.call]
    register(driver::bottomHalf);
    // :: error: [context.call]
    ex.execute(() -> driver.bottomHalf());
  }
}
