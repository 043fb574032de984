import dev.ectx.annotations.Borrowed;
import dev.ectx.annotations.Unique;
import dev.ectx.cells.TakeCell;

// unique.required: a non-unique value where a @Unique one is required.
class Required {
  private final TakeCell<byte[]> cell = new TakeCell<>();
  private byte[] cache = new byte[4];
  private @Unique Object owned;

  static void send(byte @Unique [] buffer) {}

  static void keep(byte[] data) {}

  static byte @Unique [] make() {
    return new byte[16];
  }

  static byte @Unique [] leakyMake(byte[] shared) {
    // :: error: [unique.required]
    return shared;
  }

  void aliasedBySecondVariable() {
    byte[] buf = new byte[8];
    byte[] other = buf;
    // :: error: [unique.required]
    cell.put(buf);
    other[0] = 1;
  }

  void fieldIsNotUnique() {
    // :: error: [unique.required]
    send(cache);
  }

  void passedOnFirst() {
    byte[] buf = new byte[8];
    keep(buf);
    // :: error: [unique.required]
    send(buf);
  }

  void storeIntoUniqueField(Object shared) {
    // :: error: [unique.required]
    owned = shared;
  }

  void borrowedIsNotUnique(@Borrowed byte[] data) {
    // :: error: [unique.required]
    cell.put(data);
  }

  // Look-alikes that must not fire.

  void freshFromNew() {
    cell.put(new byte[8]);
  }

  void freshFromUniqueReturn() {
    byte[] buf = make();
    send(buf);
  }

  void takenFromCell() {
    byte[] buf = cell.take();
    if (buf != null) {
      send(buf);
    }
  }

  void recovered() {
    owned = new StringBuilder("sendable arguments only");
  }

  void uniqueParameter(byte @Unique [] buf) {
    cell.put(buf);
  }

  static byte @Unique [] freshReturn() {
    byte[] buf = new byte[2];
    buf[0] = 7;
    return buf;
  }

  void immutableNeedsNoUniqueness() {
    TakeCell<String> names = new TakeCell<>();
    names.put("uart0");
  }
}
