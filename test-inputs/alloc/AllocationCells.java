import dev.ectx.annotations.AllocationFree;
import dev.ectx.cells.CriticalSection;
import dev.ectx.cells.CsMutex;
import dev.ectx.cells.OptionalCell;
import dev.ectx.cells.TakeCell;
import java.util.Arrays;
import java.util.function.Consumer;

// The cells' accessors allocate nothing; map runs its argument now, so the argument must be a
// lambda or method reference written at the call: a capturing one allocates, and its body is
// checked as allocation-free code.
class AllocationCells {
  private final TakeCell<byte[]> buffer = new TakeCell<>();
  private final OptionalCell<int[]> counters = new OptionalCell<>();
  private final Consumer<byte[]> clearer = AllocationCells::clear;
  private int filled;

  @AllocationFree
  void takeAndPut() {
    byte[] taken = buffer.take();
    if (taken != null) {
      taken[0] = 1;
      buffer.put(taken);
    }
  }

  @AllocationFree
  int optionalCell() {
    if (counters.isNone()) {
      return 0;
    }
    int[] values = counters.get();
    return values[0];
  }

  @AllocationFree
  boolean nonCapturingMap() {
    return buffer.map(bytes -> Arrays.fill(bytes, (byte) 0));
  }

  @AllocationFree
  boolean staticReferenceMap() {
    return buffer.map(AllocationCells::clear);
  }

  @AllocationFree
  boolean capturingMap() {
    // :: error: [alloc.forbidden]
    return buffer.map(bytes -> filled = bytes.length);
  }

  @AllocationFree
  boolean allocatingMapBody() {
    return buffer.map(
        bytes -> {
          // :: error: [alloc.forbidden]
          String text = new String(bytes);
        });
  }

  @AllocationFree
  boolean preallocatedConsumer() {
    // :: error: [alloc.forbidden]
    return buffer.map(clearer);
  }

  @AllocationFree
  int borrow(CsMutex<int[]> shared, CriticalSection cs) {
    return shared.borrow(cs)[0];
  }

  @AllocationFree
  void criticalSection(CriticalSection.InterruptMask mask) {
    // :: error: [alloc.forbidden]
    CriticalSection.run(mask, cs -> {});
  }

  @AllocationFree
  static void clear(byte[] bytes) {
    Arrays.fill(bytes, (byte) 0);
  }
}
