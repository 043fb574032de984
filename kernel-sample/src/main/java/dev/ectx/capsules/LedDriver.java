package dev.ectx.capsules;

import dev.ectx.annotations.ExecutionContext;
import dev.ectx.annotations.Unique;
import dev.ectx.hil.Led;
import dev.ectx.kernel.Grant;
import dev.ectx.kernel.ProcessId;
import dev.ectx.kernel.ReturnCode;
import dev.ectx.kernel.SyscallDriver;
import dev.ectx.kernel.SyscallReturn;

/**
 * LED driver: processes switch the board's LEDs.
 *
 * <p>Why: the simplest output there is, and the blink application's only one; after Tock's {@code
 * led} capsule. Synchronous: no upcalls, no buffers, so no grant.
 *
 * <p>Wiring (board): {@code kernel.registerDriver(DriverNumbers.LED, new LedDriver(leds))} with
 * the chip's LED pins, index 0 first.
 *
 * <p>System-call interface (driver {@link DriverNumbers#LED}):
 *
 * <ul>
 *   <li>command {@link #COMMAND_COUNT}: success with the number of LEDs (the "exists" command).
 *   <li>command {@link #COMMAND_ON} (index), {@link #COMMAND_OFF} (index), {@link
 *       #COMMAND_TOGGLE} (index): success; INVAL for an index out of range.
 * </ul>
 */
@ExecutionContext("kernel")
public final class LedDriver implements SyscallDriver {
  /** Command 0: how many LEDs. */
  public static final int COMMAND_COUNT = 0;
  /** Command 1: turn one on. */
  public static final int COMMAND_ON = 1;
  /** Command 2: turn one off. */
  public static final int COMMAND_OFF = 2;
  /** Command 3: toggle one. */
  public static final int COMMAND_TOGGLE = 3;

  private final Led @Unique [] leds;

  /**
   * An LED driver.
   *
   * @param leds the LEDs, moved in
   */
  public LedDriver(Led @Unique [] leds) {
    this.leds = leds;
  }

  @Override
  public Grant<?> grant() {
    return null;
  }

  @Override
  public SyscallReturn command(int commandNumber, int index, int unused, ProcessId process) {
    if (commandNumber == COMMAND_COUNT) {
      return SyscallReturn.success(leds.length);
    }
    if (commandNumber < COMMAND_ON || commandNumber > COMMAND_TOGGLE) {
      return SyscallReturn.failure(ReturnCode.NOSUPPORT);
    }
    if (index < 0 || index >= leds.length) {
      return SyscallReturn.failure(ReturnCode.INVAL);
    }
    Led led = leds[index];
    if (commandNumber == COMMAND_ON) {
      led.on();
    } else if (commandNumber == COMMAND_OFF) {
      led.off();
    } else {
      led.toggle();
    }
    return SyscallReturn.success();
  }
}
