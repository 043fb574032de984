import dev.ectx.annotations.AllocationFree;
import dev.ectx.annotations.ExecutionContext;
import dev.ectx.annotations.Unique;

// The test runs with -Aectx.allocationFree=irq: code of context irq is allocation-free without
// an annotation. Constructors and field initialisers are not: they run once, at boot.
@ExecutionContext("irq")
class IrqTopHalf {
  // Owned (final @Unique) buffers satisfy rule M in a confined class.
  private final int @Unique [] pending = new int[8];
  private final @Unique StringBuilder log;
  private int count;

  IrqTopHalf() {
    log = new StringBuilder();
  }

  void onInterrupt(int line) {
    pending[line & 7]++;
    count++;
  }

  // Calls between irq methods are fine: each body is checked as allocation-free code.
  void dispatch(int line) {
    onInterrupt(line);
  }

  void onOverflow(int line) {
    // :: error: [alloc.forbidden]
    String message = "overflow on " + line;
  }

  void record(int line) {
    // :: error: [alloc.forbidden]
    log.append(line);
  }
}

class MixedContexts {
  private int last;

  @ExecutionContext("kernel")
  void bottomHalf() {
    Object allowed = new Object();
  }

  @ExecutionContext("irq")
  void handler() {
    // :: error: [alloc.forbidden]
    Object forbidden = new Object();
  }

  @ExecutionContext("irq")
  void callsUnannotated() {
    // :: error: [alloc.forbidden]
    last = helper();
  }

  @ExecutionContext("irq")
  void callsAllocationFree() {
    last = allocationFreeHelper();
  }

  // A lambda handed to another context runs there, so its body is checked in that context.
  @ExecutionContext("irq")
  void defer() {
    DeferredCalls.post(() -> new Object().hashCode());
  }

  // A lambda that runs right here, in irq, is checked as irq code.
  @ExecutionContext("irq")
  void runHere() {
    DeferredCalls.runNow(
        () -> {
          // :: error: [alloc.forbidden]
          Object forbidden = new Object();
        });
  }

  int helper() {
    return last;
  }

  @AllocationFree
  int allocationFreeHelper() {
    return last;
  }
}

class DeferredCalls {
  @AllocationFree
  static void post(@ExecutionContext("kernel") Runnable task) {}

  @AllocationFree
  static void runNow(Runnable task) {}
}
