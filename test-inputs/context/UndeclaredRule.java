import dev.ectx.annotations.DeclareContexts;
import dev.ectx.annotations.ExecutionContext;

// context.undeclared: a context name nobody declared (a typo is an error, never a new context).
// :: error: [context.undeclared]
@ExecutionContext("kernal")
class UndeclaredTypo {
  // :: error: [context.undeclared]
  @ExecutionContext("irq0")
  void handler() {}

  // :: error: [context.undeclared]
  void register(@ExecutionContext("usb") Runnable callback) {}

  // :: error: [context.undeclared]
  @ExecutionContext("radio")
  static int channel;
}

@ExecutionContext("kernel")
class UndeclaredFine {
  @ExecutionContext("boot")
  void start() {}

  void register(@ExecutionContext("irq") Runnable callback) {}
}

@DeclareContexts({"dma"})
class UndeclaredDeclaredHere {
  @ExecutionContext("dma")
  void onDma() {}

  @ExecutionContext("dma")
  static int transfers;

  static class Channel {
    @ExecutionContext("dma")
    void onComplete() {}
  }
}

class UndeclaredOutsideTheClass {
  // :: error: [context.undeclared]
  @ExecutionContext("dma")
  void onDma() {}
}
