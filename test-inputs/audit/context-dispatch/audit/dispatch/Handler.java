package audit.dispatch;

import dev.ectx.annotations.ExecutionContext;

/** An interrupt handler calling through both interfaces. */
public final class Handler {
  @ExecutionContext("irq")
  public int handle(Job job, Probe probe) {
    job.run();
    return probe.sample();
  }
}
