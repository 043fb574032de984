package dev.ectx.hal.periph;

import dev.ectx.hal.sched.Scheduler;
import dev.ectx.hal.sched.SimEvent;

/**
 * A push button on a GPIO pin. Pressed, it drives the pin to its active level; released, it lets
 * go and the pin's pull resistor decides (configure a pull-up for an active-low button). Presses
 * can happen now or be scheduled at a virtual time.
 */
public final class Button {
  private final Gpio gpio;
  private final int pin;
  private final boolean activeLow;
  private boolean pressed;

  Button(Gpio gpio, int pin, boolean activeLow) {
    this.gpio = gpio;
    this.pin = pin;
    this.activeLow = activeLow;
  }

  /** Presses the button now. */
  public void press() {
    pressed = true;
    gpio.driveExternally(pin, true, !activeLow);
  }

  /** Releases the button now. */
  public void release() {
    pressed = false;
    gpio.driveExternally(pin, false, false);
  }

  /** Whether it is held down. */
  public boolean isPressed() {
    return pressed;
  }

  /**
   * Schedules a press at {@code time} and a release {@code holdCycles} later.
   *
   * @param scheduler the chip's scheduler
   * @param time virtual time of the press, in cycles
   * @param holdCycles how long it is held
   */
  public void clickAt(Scheduler scheduler, long time, long holdCycles) {
    scheduler.scheduleAt(SimEvent.of("button" + pin + ".press", this::press), time);
    scheduler.scheduleAt(
        SimEvent.of("button" + pin + ".release", this::release), time + holdCycles);
  }

  /** The pin. */
  public int pin() {
    return pin;
  }
}
