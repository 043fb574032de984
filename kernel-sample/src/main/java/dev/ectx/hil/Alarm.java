package dev.ectx.hil;

import dev.ectx.annotations.Downcall;
import dev.ectx.annotations.ExecutionContext;
import dev.ectx.kernel.ReturnCode;

/**
 * A free-running counter with one compare, after Tock's {@code hil::time::Alarm}. Ticks wrap at
 * {@link #maxTicks()}; all arithmetic on ticks is modulo that.
 */
@ExecutionContext("kernel")
public interface Alarm {
  /** Ticks per second. */
  int frequency();

  /** The counter's current value. */
  int now();

  /** The counter's mask: ticks wrap from this value to 0. */
  int maxTicks();

  /**
   * Arms the alarm to fire at {@code reference + dt}. If that moment has passed already (the
   * counter went by it), the alarm fires as soon as possible. Re-arming replaces the previous
   * setting.
   *
   * @param reference a tick value at or before now
   * @param dt ticks after {@code reference}
   * @return {@link ReturnCode#SUCCESS}: exactly one {@link AlarmClient#alarmFired} follows,
   *     unless {@link #disarm()} comes first. No other result.
   */
  @Downcall
  ReturnCode setAlarm(int reference, int dt);

  /**
   * Cancels the pending alarm.
   *
   * @return {@link ReturnCode#SUCCESS}: no callback follows. {@link ReturnCode#ALREADY}: it was
   *     not armed.
   */
  ReturnCode disarm();

  /** Whether an alarm is pending. */
  boolean isArmed();

  /**
   * Sets who hears the alarm.
   *
   * @param client the client
   */
  void setAlarmClient(AlarmClient client);
}
