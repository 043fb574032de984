package dev.ectx.apps;

import dev.ectx.annotations.ExecutionContext;
import dev.ectx.capsules.ButtonDriver;
import dev.ectx.capsules.DriverNumbers;
import dev.ectx.kernel.App;
import dev.ectx.kernel.UserspacePort;

/**
 * Button counter: counts presses of a button, toggles an LED and prints {@code presses=N} on each.
 * The count lives in the process and is captured by the upcall: the paper's closure over shared
 * state, legal because the upcall runs in the process's own context.
 */
@ExecutionContext("process")
public final class ButtonCounterApp implements App {
  private final int button;
  private final int led;

  /**
   * A counter.
   *
   * @param button the button index
   * @param led the LED to toggle
   */
  public ButtonCounterApp(int button, int led) {
    this.button = button;
    this.led = led;
  }

  @Override
  public void main(UserspacePort port) {
    Libtock tock = new Libtock(port);
    int[] presses = {0};
    tock.subscribe(
        DriverNumbers.BUTTON,
        ButtonDriver.UPCALL_EDGE,
        (index, pressed, unused) -> {
          if (index == button && pressed == 1) {
            presses[0]++;
            tock.toggleLed(led);
            tock.print("presses=" + presses[0] + "\n");
          }
        });
    tock.command(DriverNumbers.BUTTON, ButtonDriver.COMMAND_ENABLE, button, 0);
    while (true) {
      tock.yieldWait();
    }
  }
}
