import dev.ectx.annotations.AllocationFree;

// An allocation-free method may be overridden only by an allocation-free one.
interface InterruptHandler {
  @AllocationFree
  void handle(int line);

  void describe(StringBuilder out);
}

class CountingHandler implements InterruptHandler {
  private int count;

  @Override
  @AllocationFree
  public void handle(int line) {
    count += line;
  }

  @Override
  public void describe(StringBuilder out) {
    out.append(count);
  }
}

class LoggingHandler implements InterruptHandler {
  private final StringBuilder log = new StringBuilder();

  // :: error: [alloc.forbidden]
  @Override public void handle(int line) {
    log.append(line);
  }

  @Override
  public void describe(StringBuilder out) {
    out.append(log);
  }
}

@AllocationFree
class MaskingHandler implements InterruptHandler {
  private int mask;

  @Override
  public void handle(int line) {
    mask |= 1 << line;
  }

  @Override
  public void describe(StringBuilder out) {
    // :: error: [alloc.forbidden]
    out.append(mask);
  }
}

class HandlerFactory {
  InterruptHandler anonymous() {
    return new InterruptHandler() {
      // :: error: [alloc.forbidden]
      @Override public void handle(int line) {
        System.out.println(line);
      }

      @Override
      public void describe(StringBuilder out) {}
    };
  }
}

class OverridesOfAllocatingMethod extends CountingHandler {
  // Overriding a method that may allocate is unrestricted.
  @Override
  public void describe(StringBuilder out) {
    out.append("counting");
  }
}

class OverrideOfOverride extends CountingHandler {
  // :: error: [alloc.forbidden]
  @Override public void handle(int line) {
    describe(new StringBuilder());
  }
}
