import dev.ectx.annotations.AnyContext;
import dev.ectx.annotations.ExecutionContext;
import dev.ectx.annotations.Shared;
import java.util.concurrent.atomic.AtomicReference;

// The paper's Figure 1, the button driver: its counter lives in kernel; the raw interrupt
// handler (irq) does not touch the counter, it enqueues the driver on a shared interrupt queue,
// and the kernel loop dequeues it and runs the bottom half in kernel. No diagnostic.
@ExecutionContext("kernel")
interface TockInterruptClient {
  void handleInterrupt();
}

@Shared
final class TockInterruptQueue {
  private final AtomicReference<TockInterruptClient> pending = new AtomicReference<>();

  @AnyContext
  boolean enqueue(TockInterruptClient client) {
    return pending.compareAndSet(null, client);
  }

  @AnyContext
  TockInterruptClient dequeue() {
    return pending.getAndSet(null);
  }
}

@ExecutionContext("kernel")
final class TockButtonDriver implements TockInterruptClient {
  private final TockInterruptQueue queue;
  private int presses;

  TockButtonDriver(TockInterruptQueue queue) {
    this.queue = queue;
  }

  @ExecutionContext("irq")
  void rawInterrupt() {
    queue.enqueue(this);
  }

  @Override
  public void handleInterrupt() {
    presses++;
  }
}

@ExecutionContext("kernel")
final class TockKernelLoop {
  private final TockInterruptQueue queue;

  TockKernelLoop(TockInterruptQueue queue) {
    this.queue = queue;
  }

  void turn() {
    TockInterruptClient client = queue.dequeue();
    if (client != null) {
      client.handleInterrupt();
    }
  }
}
