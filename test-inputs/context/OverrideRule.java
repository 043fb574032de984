import dev.ectx.annotations.AnyContext;
import dev.ectx.annotations.ExecutionContext;
import dev.ectx.annotations.PolyContext;

// context.override: an override whose context differs from the overridden method's.
interface OverrideClient {
  @ExecutionContext("kernel")
  void done(int result);
}

interface OverrideHash {
  @AnyContext
  int hash(int x);
}

@ExecutionContext("kernel")
interface OverrideAlarmClient {
  void fired();
}

class OverrideIrqClient implements OverrideClient {
  @ExecutionContext("irq")
  @Override
  // :: error: [context.override]
  public void done(int result) {}
}

class OverrideForgotten implements OverrideClient {
  @Override
  // :: error: [context.override]
  public void done(int result) {}
}

@ExecutionContext("kernel")
class OverrideKernelHash implements OverrideHash {
  @Override
  // :: error: [context.override]
  public int hash(int x) {
    return x;
  }
}

class OverrideKernelClient implements OverrideClient {
  @ExecutionContext("kernel")
  @Override
  public void done(int result) {}
}

class OverrideWidened implements OverrideClient {
  @AnyContext
  @Override
  public void done(int result) {}
}

class OverridePolyWidened implements OverrideClient {
  @PolyContext
  @Override
  public void done(int result) {}
}

class OverrideAnyHash implements OverrideHash {
  @Override
  public int hash(int x) {
    return x * 31;
  }
}

class OverrideAlarm implements OverrideAlarmClient {
  @Override
  public void fired() {}
}

@ExecutionContext("kernel")
class OverrideKernelTask implements Runnable {
  @Override
  public void run() {}
}

class OverrideFunctions {
  void onIrq(@ExecutionContext("irq") OverrideAlarmClient client) {}

  void onKernel(OverrideAlarmClient client) {}

  void wire() {
    // :: error: [context.override]
    onIrq(() -> {});
    onKernel(() -> {});
    onKernel(
        new OverrideAlarmClient() {
          @Override
          public void fired() {}
        });
    onIrq(
        new OverrideAlarmClient() {
          @Override
          // :: error: [context.override]
          public void fired() {}
        });
  }
}
