package dev.ectx.hal.periph;

/** An LED on a GPIO pin: lit or not, and how often it changed, for tests. */
public final class Led {
  private final int pin;
  private final boolean activeLow;
  private boolean on;
  private long changes;

  Led(int pin, boolean activeLow, boolean pinHigh) {
    this.pin = pin;
    this.activeLow = activeLow;
    this.on = pinHigh != activeLow;
  }

  /** The pin it is attached to. */
  public int pin() {
    return pin;
  }

  /** Whether it is lit. */
  public boolean isOn() {
    return on;
  }

  /** How many times it turned on or off. */
  public long changes() {
    return changes;
  }

  void levelChanged(boolean high) {
    boolean lit = high != activeLow;
    if (lit != on) {
      on = lit;
      changes++;
    }
  }
}
