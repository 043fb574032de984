import dev.ectx.annotations.AnyContext;
import dev.ectx.annotations.ExecutionContext;
import dev.ectx.annotations.Shared;
import dev.ectx.annotations.Trusted;
import dev.ectx.cells.CsMutex;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

// shared.field (rule S): a @Shared class with a field that is not final-and-sendable, a volatile
// primitive, an atomic, or a cell guarded by CsMutex.
@Shared
final class EventQueue {
  // :: error: [shared.field]
  private int head;
  // :: error: [shared.field]
  private final int[] slots = new int[8];
  // :: error: [shared.field]
  private final List<String> names = new ArrayList<>();
  // :: error: [shared.field]
  private volatile int[] mirror;

  @AnyContext
  int head() {
    return head;
  }
}

@net.jcip.annotations.ThreadSafe
final class JcipCounter {
  // :: error: [shared.field]
  private long count;
}

@ExecutionContext("kernel")
final class LedDriver {
  void toggle() {}
}

// Look-alikes that must not fire.
@Shared
final class InterruptQueue {
  private final AtomicInteger pending = new AtomicInteger();
  private volatile int lastLine;
  private final CsMutex<int[]> counts = new CsMutex<>(new int[48]);
  private final ConcurrentLinkedQueue<String> log = new ConcurrentLinkedQueue<>();
  private final LedDriver led;
  private final String name = "nvic";

  InterruptQueue(LedDriver led) {
    this.led = led;
  }

  @AnyContext
  void mark(int line) {
    pending.getAndUpdate(p -> p | (1 << line));
    lastLine = line;
  }
}

// Safe: written only with interrupts masked (see the platform's free(cs -> ...)).
@Trusted
@Shared
final class RegisterGlue {
  private int[] words = new int[4];
}

@Shared
final class Outer {
  private final AtomicInteger ticks = new AtomicInteger();

  // Trusted switches off rules S and M for the class it marks, and for its nested classes.
  @Trusted
  @Shared
  static final class Raw {
    private long[] cycles = new long[2];
  }
}
