package audit.dispatch;

import dev.ectx.annotations.ExecutionContext;

/** The implementations, each bound to its context. */
final class Implementations {
  private Implementations() {}

  static final class KernelJob implements Job {
    @ExecutionContext("kernel")
    @Override
    public void run() {}
  }

  static final class IrqJob implements Job {
    @ExecutionContext("irq")
    @Override
    public void run() {}
  }

  static final class KernelProbe implements Probe {
    @ExecutionContext("kernel")
    @Override
    public int sample() {
      return 1;
    }
  }
}
