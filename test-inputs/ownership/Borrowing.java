import dev.ectx.annotations.Borrowed;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

// borrowed.escape: a @Borrowed parameter stored, returned or captured.
class Borrowing {
  private byte[] last;
  private final List<byte[]> seen = new ArrayList<>();
  private Supplier<byte[]> later;

  void stored(@Borrowed byte[] data) {
    // :: error: [borrowed.escape]
    last = data;
  }

  byte[] returned(@Borrowed byte[] data) {
    // :: error: [borrowed.escape]
    return data;
  }

  void captured(@Borrowed byte[] data) {
    // :: error: [borrowed.escape]
    later = () -> data;
  }

  void storedThroughLocal(@Borrowed byte[] data) {
    byte[] alias = data;
    // :: error: [borrowed.escape]
    last = alias;
  }

  void storedInArray(@Borrowed byte[] data, byte[][] table) {
    // :: error: [borrowed.escape]
    table[0] = data;
  }

  // Look-alikes that must not fire.

  int readOnly(@Borrowed byte[] data) {
    int sum = 0;
    for (byte b : data) {
      sum += b;
    }
    return sum;
  }

  void copied(@Borrowed byte[] data) {
    last = java.util.Arrays.copyOf(data, 4);
    seen.add(java.util.Arrays.copyOf(data, data.length));
  }

  void lentToCallbackThatRunsNow(@Borrowed byte[] data) {
    seen.forEach(s -> System.arraycopy(data, 0, s, 0, Math.min(s.length, data.length)));
  }

  void notBorrowed(byte[] data) {
    last = data;
  }
}
