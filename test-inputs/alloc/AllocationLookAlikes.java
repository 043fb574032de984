import dev.ectx.annotations.AllocationFree;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntBinaryOperator;
import java.util.function.IntUnaryOperator;
import java.util.function.ToIntFunction;

// Code that looks like allocation but allocates nothing: no diagnostic.
class AllocationLookAlikes {
  private static final String PREFIX = "irq";
  private static final int WIDTH = 4;

  private final int[] buffer = new int[16];
  private final long[] stamps = new long[16];
  private final AtomicInteger pending = new AtomicInteger();
  private Integer boxed = 7;
  private volatile int flags;
  private int head;
  private String label;

  // Non-capturing lambdas and method references are created once by the JVM.

  @AllocationFree
  IntBinaryOperator nonCapturingLambda() {
    return (a, b) -> a * b + 1;
  }

  @AllocationFree
  IntUnaryOperator staticMethodReference() {
    return Integer::bitCount;
  }

  @AllocationFree
  ToIntFunction<String> unboundMethodReference() {
    return String::length;
  }

  @AllocationFree
  IntUnaryOperator lambdaUsingConstant() {
    final int shift = 3;
    return value -> (value << shift) + WIDTH;
  }

  // Arithmetic on primitives, and unboxing.

  @AllocationFree
  int primitiveArithmetic(int a, long b) {
    int mixed = (int) (a * 31L + b) ^ (a >>> 3);
    mixed += a % 7;
    mixed++;
    return mixed << 2;
  }

  @AllocationFree
  int unboxing() {
    int value = boxed;
    return value + boxed;
  }

  @AllocationFree
  double floatingPoint(double x) {
    return x * 0.5 + (float) x;
  }

  // Writes into preallocated buffers.

  @AllocationFree
  void arrayWrites(int line) {
    buffer[head] = line;
    buffer[(head + 1) & 15] |= 1 << line;
    stamps[head] = System.nanoTime();
    head = (head + 1) & 15;
  }

  @AllocationFree
  void arrayCopy() {
    System.arraycopy(buffer, 0, buffer, 8, 8);
    Arrays.fill(stamps, 0L);
  }

  @AllocationFree
  int forEachOverArray() {
    int total = 0;
    for (int value : buffer) {
      total += value;
    }
    return total;
  }

  // Calls to allocation-free members: the stub's JDK members and annotated code.

  @AllocationFree
  int jdkAllocationFreeCalls(int mask) {
    int bits = Integer.bitCount(mask) + Math.max(mask, 0) + Math.abs(mask);
    Thread.onSpinWait();
    return bits + Long.numberOfTrailingZeros(mask);
  }

  @AllocationFree
  int atomics() {
    pending.incrementAndGet();
    pending.compareAndSet(1, 0);
    return pending.getAndAdd(2) + pending.get();
  }

  @AllocationFree
  int volatileRead() {
    return flags & 0xff;
  }

  @AllocationFree
  Object requireNonNull(Object value) {
    return Objects.requireNonNull(value);
  }

  @AllocationFree
  int annotatedCall() {
    return primitiveArithmetic(head, 1L) + helper();
  }

  @AllocationFree
  private int helper() {
    return head;
  }

  // String constants and compile-time constant concatenation.

  @AllocationFree
  void stringConstants() {
    label = "timer";
    label = PREFIX + ":" + WIDTH;
    label = "a" + "b";
  }

  @AllocationFree
  int stringLength() {
    return PREFIX.length() + label.charAt(0);
  }

  // Passing an array to a varargs method explicitly creates nothing.

  @AllocationFree
  int explicitVarargsArray() {
    return total(buffer);
  }

  @AllocationFree
  int total(int... values) {
    int sum = 0;
    for (int value : values) {
      sum += value;
    }
    return sum;
  }

  // Allocation outside allocation-free code is fine.

  String describe() {
    return "head " + head + " " + Arrays.toString(buffer);
  }
}
