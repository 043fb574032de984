package dev.ectx.chips;

import dev.ectx.annotations.ExecutionContext;
import dev.ectx.hal.mmio.RegisterBlock;
import dev.ectx.hal.periph.Gpio;
import dev.ectx.hil.Led;

/** A GPIO output pin driving an LED, after Tock's {@code LedLow}/{@code LedHigh}. */
@ExecutionContext("kernel")
public final class GpioLed implements Led {
  private final RegisterBlock gpio;
  private final int mask;
  private final boolean activeLow;

  /**
   * An LED on a pin, configured as an output and switched off.
   *
   * @param gpio P0's registers
   * @param pin the pin
   * @param activeLow whether the LED lights when the pin is low
   */
  @ExecutionContext("boot")
  public GpioLed(RegisterBlock gpio, int pin, boolean activeLow) {
    this.gpio = gpio;
    this.mask = 1 << pin;
    this.activeLow = activeLow;
    gpio.write(Gpio.DIRSET, mask);
    off();
  }

  @Override
  public void on() {
    gpio.write(activeLow ? Gpio.OUTCLR : Gpio.OUTSET, mask);
  }

  @Override
  public void off() {
    gpio.write(activeLow ? Gpio.OUTSET : Gpio.OUTCLR, mask);
  }

  @Override
  public void toggle() {
    if (isOn()) {
      off();
    } else {
      on();
    }
  }

  @Override
  public boolean isOn() {
    boolean high = (gpio.read(Gpio.OUT) & mask) != 0;
    return high != activeLow;
  }
}
