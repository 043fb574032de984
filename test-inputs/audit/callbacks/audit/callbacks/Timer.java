package audit.callbacks;

import dev.ectx.annotations.ExecutionContext;

/** Registers handlers: the parameter's type says which context runs them. */
public final class Timer {
  private Runnable handler;

  public void onInterrupt(@ExecutionContext("irq") Runnable r) {
    handler = r;
  }

  public void onKernel(@ExecutionContext("kernel") Runnable r) {
    handler = r;
  }
}
