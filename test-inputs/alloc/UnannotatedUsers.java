// A class that writes no ectx annotation does not opt in, but its code is checked where it meets
// allocation-free code: a lambda implementing an @AllocationFree method, and an override of one.
class UnannotatedUsers {
  IrqCallback allocating() {
    // :: error: [alloc.forbidden]
    return line -> System.out.println(line);
  }

  IrqCallback clean() {
    return line -> {};
  }

  Runnable ordinary() {
    return () -> System.out.println("may allocate: Runnable.run is not allocation-free");
  }
}

class UnannotatedCallback implements IrqCallback {
  @Override
  // :: error: [alloc.forbidden]
  public void fire(int line) {}
}

class UnannotatedTask implements Runnable {
  @Override
  public void run() {
    System.out.println("an ordinary override may allocate");
  }
}
