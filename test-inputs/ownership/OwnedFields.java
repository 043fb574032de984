import dev.ectx.annotations.Borrowed;
import dev.ectx.annotations.Unique;

// unique.field: an owned (final) @Unique field leaked, or a non-final one read other than by a take.
class OwnedFields {
  private final byte @Unique [] frame = new byte[32];
  private byte @Unique [] pending = new byte[8];
  private byte[] copy;

  static int checksum(@Borrowed byte[] data) {
    return data.length;
  }

  static void keep(byte[] data) {}

  byte[] leakByReturn() {
    // :: error: [unique.field]
    return frame;
  }

  void leakByStore() {
    // :: error: [unique.field]
    copy = frame;
  }

  void leakByArgument() {
    // :: error: [unique.field]
    keep(frame);
  }

  byte[] readWithoutTake() {
    // :: error: [unique.field]
    byte[] p = pending;
    return p;
  }

  // Look-alikes that must not fire.

  int lentInPlace() {
    frame[0] = 1;
    return frame.length + checksum(frame);
  }

  byte @Unique [] take() {
    byte[] p = pending;
    pending = null;
    return p;
  }

  void refill() {
    if (pending == null) {
      pending = new byte[8];
    }
  }
}
