package audit.callbacks;

import dev.ectx.annotations.ExecutionContext;

/** Callbacks of every shape, registered for irq, each touching a field the kernel resets. */
public final class App {
  int lambdaHits;
  int referenceHits;
  int anonymousHits;
  int kernelHits;

  @ExecutionContext("kernel")
  public void setup(Timer timer) {
    timer.onInterrupt(() -> lambdaHits++);
    timer.onInterrupt(this::tick);
    timer.onInterrupt(new Runnable() {
      @Override
      public void run() {
        anonymousHits++;
      }
    });
    timer.onKernel(() -> kernelHits++);
  }

  void tick() {
    referenceHits++;
  }

  @ExecutionContext("kernel")
  public void reset() {
    lambdaHits = 0;
    referenceHits = 0;
    anonymousHits = 0;
    kernelHits = 0;
  }
}
