package dev.ectx.capsules;

import dev.ectx.annotations.ExecutionContext;
import dev.ectx.annotations.Unique;
import dev.ectx.hil.InterruptPin;
import dev.ectx.kernel.Grant;
import dev.ectx.kernel.Kernel;
import dev.ectx.kernel.ProcessId;
import dev.ectx.kernel.ReturnCode;
import dev.ectx.kernel.SyscallDriver;
import dev.ectx.kernel.SyscallReturn;

/**
 * Button driver: processes read buttons and hear presses.
 *
 * <p>Why: the paper's Figure 1 made whole. The pins' edge interrupts (GPIOTE) arrive in {@code
 * irq}, where the chip only marks the line pending; the chip's bottom half calls the pins'
 * client, this driver, in {@code kernel}, where the per-process state lives. After Tock's {@code
 * button} capsule.
 *
 * <p>Wiring (board): {@code driver = new ButtonDriver(kernel, pins, activeLow)}, which becomes
 * every pin's client, then {@code kernel.registerDriver(DriverNumbers.BUTTON, driver)}.
 *
 * <p>System-call interface (driver {@link DriverNumbers#BUTTON}):
 *
 * <ul>
 *   <li>command {@link #COMMAND_COUNT}: success with the number of buttons (the "exists" command).
 *   <li>command {@link #COMMAND_ENABLE} (index): this process hears that button's edges; NOMEM if
 *       the chip has no edge channel left.
 *   <li>command {@link #COMMAND_DISABLE} (index): it stops hearing them.
 *   <li>command {@link #COMMAND_READ} (index): success with 1 if pressed, 0 if not.
 *   <li>INVAL for an index out of range.
 *   <li>upcall {@link #UPCALL_EDGE} (index, 1 pressed / 0 released).
 * </ul>
 */
@ExecutionContext("kernel")
public final class ButtonDriver implements SyscallDriver {
  /** Command 0: how many buttons. */
  public static final int COMMAND_COUNT = 0;
  /** Command 1: enable edge upcalls for a button. */
  public static final int COMMAND_ENABLE = 1;
  /** Command 2: disable them. */
  public static final int COMMAND_DISABLE = 2;
  /** Command 3: read a button. */
  public static final int COMMAND_READ = 3;
  /** Upcall 0: a button changed. */
  public static final int UPCALL_EDGE = 0;

  private final InterruptPin @Unique [] pins;
  private final boolean activeLow;
  private final Grant<ButtonApp> grant;
  private int enabledPins;

  /**
   * A button driver.
   *
   * @param kernel the kernel, for the grant
   * @param pins the button pins, moved in; at most 32
   * @param activeLow whether a pressed button reads low
   */
  @ExecutionContext("boot")
  public ButtonDriver(Kernel kernel, InterruptPin @Unique [] pins, boolean activeLow) {
    this.pins = pins;
    this.activeLow = activeLow;
    this.grant = kernel.createGrant(DriverNumbers.BUTTON, 1, 0, 0, ButtonApp::new);
    for (int i = 0; i < this.pins.length; i++) {
      int index = i;
      this.pins[i].setClient(level -> pinFired(index, level));
    }
  }

  @Override
  public Grant<?> grant() {
    return grant;
  }

  @Override
  public SyscallReturn command(int commandNumber, int index, int unused, ProcessId process) {
    if (commandNumber == COMMAND_COUNT) {
      return SyscallReturn.success(pins.length);
    }
    if (commandNumber < COMMAND_ENABLE || commandNumber > COMMAND_READ) {
      return SyscallReturn.failure(ReturnCode.NOSUPPORT);
    }
    if (index < 0 || index >= pins.length) {
      return SyscallReturn.failure(ReturnCode.INVAL);
    }
    switch (commandNumber) {
      case COMMAND_ENABLE:
        return SyscallReturn.of(enable(process, index));
      case COMMAND_DISABLE:
        ReturnCode entered =
            grant.enter(process, (app, kernelData) -> app.subscribedMask &= ~(1 << index));
        updatePin(index);
        return SyscallReturn.of(entered);
      default:
        return SyscallReturn.success(isPressed(pins[index].read()) ? 1 : 0);
    }
  }

  private ReturnCode enable(ProcessId process, int index) {
    if ((enabledPins & (1 << index)) == 0) {
      ReturnCode started = pins[index].enableInterrupts(InterruptPin.Edge.EITHER);
      if (!started.isSuccess()) {
        return started;
      }
      enabledPins |= 1 << index;
    }
    ReturnCode entered =
        grant.enter(process, (app, kernelData) -> app.subscribedMask |= 1 << index);
    updatePin(index);
    return entered;
  }

  /** Keeps a pin's interrupt enabled exactly while some process listens to it. */
  private void updatePin(int index) {
    int[] listeners = {0};
    grant.each((app, kernelData) -> listeners[0] |= app.subscribedMask);
    boolean wanted = (listeners[0] & (1 << index)) != 0;
    boolean enabled = (enabledPins & (1 << index)) != 0;
    if (enabled && !wanted) {
      pins[index].disableInterrupts();
      enabledPins &= ~(1 << index);
    }
  }

  private boolean isPressed(boolean level) {
    return level != activeLow;
  }

  /** The bottom half of a pin's edge interrupt: tells every listening process. */
  private void pinFired(int index, boolean level) {
    int pressed = isPressed(level) ? 1 : 0;
    grant.each(
        (app, kernelData) -> {
          if ((app.subscribedMask & (1 << index)) != 0) {
            kernelData.scheduleUpcall(UPCALL_EDGE, index, pressed, 0);
          }
        });
  }
}
