package dev.ectx.chips;

import dev.ectx.annotations.ExecutionContext;
import dev.ectx.cells.OptionalCell;
import dev.ectx.hal.periph.Gpiote;
import dev.ectx.hil.InterruptPin;
import dev.ectx.hil.PinClient;
import dev.ectx.kernel.ReturnCode;

/** An input pin with edge interrupts through a GPIOTE channel. */
@ExecutionContext("kernel")
public final class GpioteInputPin implements InterruptPin {
  private final dev.ectx.chips.Gpiote controller;
  private final int pin;
  private final OptionalCell<PinClient> client = new OptionalCell<>();
  private int channel = -1;

  GpioteInputPin(dev.ectx.chips.Gpiote controller, int pin) {
    this.controller = controller;
    this.pin = pin;
  }

  int pin() {
    return pin;
  }

  @Override
  public boolean read() {
    return controller.level(pin);
  }

  @Override
  public ReturnCode enableInterrupts(Edge edge) {
    int polarity =
        edge == Edge.RISING
            ? Gpiote.POLARITY_LO_TO_HI
            : edge == Edge.FALLING ? Gpiote.POLARITY_HI_TO_LO : Gpiote.POLARITY_TOGGLE;
    channel = controller.allocate(this, polarity);
    return channel < 0 ? ReturnCode.NOMEM : ReturnCode.SUCCESS;
  }

  @Override
  public void disableInterrupts() {
    if (channel >= 0) {
      controller.release(channel);
      channel = -1;
    }
  }

  @Override
  public void setClient(PinClient client) {
    this.client.set(client);
  }

  void fired(boolean level) {
    client.map(c -> c.fired(level));
  }
}
