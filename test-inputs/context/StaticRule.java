import dev.ectx.annotations.ExecutionContext;
import dev.ectx.annotations.Immutable;

// context.static: a mutable static with no context, or a confined static touched from another.
@Immutable
final class StaticLimits {
  final int max;

  StaticLimits(int max) {
    this.max = max;
  }
}

class StaticCounters {
  // :: error: [context.static]
  static int ticks;

  // :: error: [context.static]
  static boolean armed;

  // :: error: [context.static]
  static StringBuilder log;

  static final int MAX = 8;
  static final String NAME = "counters";
  static final StaticLimits LIMITS = new StaticLimits(4);

  @ExecutionContext("kernel")
  static int pending;

  @ExecutionContext("kernel")
  static void service() {
    pending = 0;
  }

  @ExecutionContext("irq")
  static void onIrq() {
    // :: error: [context.static]
    pending = 1;
    int max = MAX + LIMITS.max;
  }

  static int unannotatedRead() {
    // :: error: [context.static]
    return pending;
  }

  @ExecutionContext("boot")
  static void init() {
    pending = 0;
  }
}

@ExecutionContext("kernel")
class StaticKernelTable {
  static int entries;

  void add() {
    entries++;
  }

  @ExecutionContext("irq")
  void fromIrq() {
    // :: error: [context.static]
    entries++;
  }
}

class StaticUnannotated {
  static int hits;
  static StringBuilder buffer;
}
