package dev.ectx.chips;

import dev.ectx.annotations.ExecutionContext;
import dev.ectx.annotations.Unique;
import dev.ectx.hal.mmio.RegisterBlock;
import dev.ectx.hal.periph.Gpio;
import dev.ectx.hil.InterruptPin;

/**
 * GPIOTE: edge detection for input pins on its eight channels, after Tock's {@code
 * nrf5x::gpio}. The bottom half clears each channel's event and tells that channel's pin.
 */
@ExecutionContext("kernel")
public final class Gpiote implements InterruptService {
  private final RegisterBlock gpiote;
  private final RegisterBlock gpio;
  private final GpioteInputPin @Unique [] channels =
      new GpioteInputPin[dev.ectx.hal.periph.Gpiote.CHANNELS];

  /**
   * The controller; the board registers it with the chip for GPIOTE's line.
   *
   * @param gpiote GPIOTE's registers
   * @param gpio P0's registers
   */
  @ExecutionContext("boot")
  public Gpiote(RegisterBlock gpiote, RegisterBlock gpio) {
    this.gpiote = gpiote;
    this.gpio = gpio;
  }

  /**
   * An input pin whose edges this controller can report.
   *
   * @param pin the pin
   * @param pullUp whether to enable the pin's pull-up (a button to ground needs it)
   * @return the pin's HIL
   */
  @ExecutionContext("boot")
  public InterruptPin inputPin(int pin, boolean pullUp) {
    gpio.write(Gpio.DIRCLR, 1 << pin);
    gpio.write(Gpio.PIN_CNF0 + 4 * pin, pullUp ? Gpio.PULL_UP : 0);
    return new GpioteInputPin(this, pin);
  }

  boolean level(int pin) {
    return (gpio.read(Gpio.IN) & (1 << pin)) != 0;
  }

  /** Gives {@code pin} a free channel watching {@code polarity}; -1 when none is free. */
  int allocate(GpioteInputPin pin, int polarity) {
    for (int channel = 0; channel < channels.length; channel++) {
      if (channels[channel] == null || channels[channel] == pin) {
        channels[channel] = pin;
        gpiote.write(eventOffset(channel), 0);
        gpiote.write(
            dev.ectx.hal.periph.Gpiote.CONFIG0 + 4 * channel,
            dev.ectx.hal.periph.Gpiote.config(
                dev.ectx.hal.periph.Gpiote.MODE_EVENT, pin.pin(), polarity));
        gpiote.write(RegisterOffsets.INTENSET, 1 << channel);
        return channel;
      }
    }
    return -1;
  }

  void release(int channel) {
    gpiote.write(RegisterOffsets.INTENCLR, 1 << channel);
    gpiote.write(dev.ectx.hal.periph.Gpiote.CONFIG0 + 4 * channel, 0);
    gpiote.write(eventOffset(channel), 0);
    channels[channel] = null;
  }

  private static int eventOffset(int channel) {
    return dev.ectx.hal.periph.Gpiote.EVENTS_IN0 + 4 * channel;
  }

  @Override
  public void handleInterrupt() {
    for (int channel = 0; channel < channels.length; channel++) {
      if (gpiote.read(eventOffset(channel)) != 0) {
        gpiote.write(eventOffset(channel), 0);
        GpioteInputPin pin = channels[channel];
        if (pin != null) {
          pin.fired(level(pin.pin()));
        }
      }
    }
  }
}
