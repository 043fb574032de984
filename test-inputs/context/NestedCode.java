import dev.ectx.annotations.ExecutionContext;

// Anonymous, local, inner and static nested classes take their context as documented.
@ExecutionContext("kernel")
class NestedDriver {
  private int state;

  void step() {
    state++;
  }

  class Inner {
    void again() {
      step();
      state = 0;
    }
  }

  static class Nested {
    void poke(NestedDriver driver) {
      // :: error: [context.call]
      driver.step();
    }
  }

  void local() {
    class Helper {
      void help() {
        step();
      }
    }
    new Helper().help();
  }

  void register(@ExecutionContext("irq") Runnable handler) {}

  void wire() {
    register(
        new Runnable() {
          @Override
          public void run() {
            // :: error: [context.call]
            step();
          }
        });
    Runnable later =
        new Runnable() {
          @Override
          public void run() {
            step();
          }
        };
    later.run();
    // :: error: [context.call]
    register(true ? () -> step() : () -> {});
    @ExecutionContext("irq") Runnable handler = () -> {};
    // :: error: [context.call]
    handler = () -> step();
    register((@ExecutionContext("irq") Runnable) () -> {});
  }

  @ExecutionContext("irq")
  Runnable handlerFor() {
    // :: error: [context.call]
    return () -> step();
  }
}
