import dev.ectx.annotations.Borrowed;
import dev.ectx.annotations.Unique;
import dev.ectx.cells.TakeCell;

// unique.moved: a variable used after its value was moved, on every path.
class Moves {
  private final TakeCell<byte[]> cell = new TakeCell<>();

  static void send(byte @Unique [] buffer) {}

  static int sum(@Borrowed byte[] data) {
    return data.length;
  }

  void useAfterMove() {
    byte[] buf = new byte[8];
    send(buf);
    // :: error: [unique.moved]
    buf[0] = 1;
  }

  void movedOnOneBranch(boolean flag) {
    byte[] buf = new byte[8];
    if (flag) {
      cell.put(buf);
    }
    // :: error: [unique.moved]
    sum(buf);
  }

  void moveInLoop(int n) {
    byte[] buf = new byte[8];
    for (int i = 0; i < n; i++) {
      // :: error: [unique.moved]
      send(buf);
    }
  }

  void moveInTry() {
    byte[] buf = new byte[8];
    try {
      send(buf);
    } finally {
      // :: error: [unique.moved]
      sum(buf);
    }
  }

  void moveInSwitch(int k) {
    byte[] buf = new byte[4];
    switch (k) {
      case 1:
        send(buf);
        break;
      default:
        break;
    }
    // :: error: [unique.moved]
    sum(buf);
  }

  void moveThroughConditional(boolean flag) {
    byte[] a = new byte[4];
    byte[] b = new byte[4];
    send(flag ? a : b);
    // :: error: [unique.moved]
    sum(a);
  }

  // Look-alikes that must not fire.

  void borrowBeforeMove() {
    byte[] buf = new byte[8];
    sum(buf);
    send(buf);
  }

  void reassignedAfterMove() {
    byte[] buf = new byte[8];
    send(buf);
    buf = new byte[8];
    buf[0] = 2;
    send(buf);
  }

  void movedOnBothBranchesNotUsed(boolean flag) {
    byte[] buf = new byte[8];
    if (flag) {
      send(buf);
    } else {
      cell.put(buf);
    }
  }

  void freshEachIteration(int n) {
    for (int i = 0; i < n; i++) {
      byte[] buf = new byte[8];
      send(buf);
    }
  }

  void takeAndPutBack() {
    byte[] buf = cell.take();
    if (buf != null) {
      buf[0] = 1;
      cell.put(buf);
    }
  }

  void switchExpressionMove(int k) {
    byte[] buf = new byte[4];
    int n =
        switch (k) {
          case 1 -> {
            send(buf);
            yield 1;
          }
          default -> 0;
        };
  }
}
