import dev.ectx.annotations.AllocationFree;
import java.util.Arrays;

// @AllocationFree on a class: every method is checked; constructors and initialisers are not,
// because that is where a driver preallocates its buffers, once at boot.
@AllocationFree
class AllocationFreeClass {
  private final int[] ring = new int[32];
  private final StringBuilder log;
  private int head;

  AllocationFreeClass() {
    log = new StringBuilder();
  }

  void record(int sample) {
    ring[head] = sample;
    head = (head + 1) & 31;
  }

  static int mask(int line) {
    return 1 << line;
  }

  void describe() {
    // :: error: [alloc.forbidden]
    log.append(head);
  }

  int[] snapshot() {
    // :: error: [alloc.forbidden]
    return Arrays.copyOf(ring, 32);
  }
}

// An explicitly @AllocationFree constructor is checked, its implicit super() call included.
class PreallocatedBuffer {
  private final byte[] bytes;
  private int length;

  @AllocationFree
  PreallocatedBuffer(byte[] storage) {
    bytes = storage;
  }

  @AllocationFree
  PreallocatedBuffer(byte[] storage, int used) {
    this(storage);
    length = used;
  }

  PreallocatedBuffer(int capacity) {
    bytes = new byte[capacity];
  }

  @AllocationFree
  PreallocatedBuffer() {
    // :: error: [alloc.forbidden]
    this(64);
  }

  int length() {
    return length + bytes.length;
  }
}

class SubclassOfAllocatingBase extends PreallocatedBuffer {
  @AllocationFree
  SubclassOfAllocatingBase(byte[] storage) {
    super(storage);
  }

  @AllocationFree
  SubclassOfAllocatingBase(int capacity) {
    // :: error: [alloc.forbidden]
    super(capacity);
  }
}
