package dev.ectx.apps;

import dev.ectx.annotations.ExecutionContext;
import dev.ectx.kernel.App;
import dev.ectx.kernel.UserspacePort;

/** Blink: toggles an LED every period, forever, on the alarm driver. */
@ExecutionContext("process")
public final class BlinkApp implements App {
  private final int led;
  private final int periodMillis;

  /**
   * A blinker.
   *
   * @param led the LED index
   * @param periodMillis milliseconds between toggles
   */
  public BlinkApp(int led, int periodMillis) {
    this.led = led;
    this.periodMillis = periodMillis;
  }

  @Override
  public void main(UserspacePort port) {
    Libtock tock = new Libtock(port);
    while (true) {
      tock.sleepMillis(periodMillis);
      tock.toggleLed(led);
    }
  }
}
