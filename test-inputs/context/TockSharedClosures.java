import dev.ectx.annotations.ExecutionContext;

// The paper's case 2, closures over shared state: a timer callback and a button callback both
// capture and mutate one LED driver. Both run in the kernel loop: legal, no diagnostic.
@ExecutionContext("kernel")
final class TockLeds {
  private int lit;
  private int toggles;

  void toggle(int led) {
    lit ^= 1 << led;
    toggles++;
  }
}

@ExecutionContext("kernel")
final class TockTimer {
  private Runnable client;

  void setClient(@ExecutionContext("kernel") Runnable client) {
    this.client = client;
  }

  void fire() {
    client.run();
  }
}

@ExecutionContext("kernel")
final class TockButton {
  private Runnable client;

  void setClient(@ExecutionContext("kernel") Runnable client) {
    this.client = client;
  }

  void pressed() {
    client.run();
  }
}

final class TockBlinkApp {
  @ExecutionContext("kernel")
  static void wire(TockTimer timer, TockButton button, TockLeds leds) {
    timer.setClient(() -> leds.toggle(0));
    button.setClient(() -> leds.toggle(1));
  }
}
