package dev.ectx.capsules;

import dev.ectx.annotations.ExecutionContext;
import dev.ectx.annotations.Unique;
import dev.ectx.hil.Alarm;
import dev.ectx.hil.AlarmClient;

/**
 * Alarm virtualizer: shares one hardware alarm among many {@link VirtualAlarm}s.
 *
 * <p>Why: the alarm system-call driver, the LED blinker of a board and a sensor poller all want
 * an alarm, and the chip has one compare register for them; Tock's {@code MuxAlarm} multiplexes it.
 * When the hardware fires, the mux marks itself firing, fires every expired virtual alarm
 * (re-reading {@code now} before each check, since callbacks take time), clears firing, and only
 * then programs the hardware for the soonest alarm still armed. An alarm set from inside a
 * callback therefore never reprograms the hardware mid-pass, and no alarm ever fires before its
 * time.
 *
 * <p>Wiring (board): {@code mux = new AlarmMux(rtc)}, {@code rtc.setAlarmClient(mux)}, then
 * {@code new VirtualAlarm(mux)} per user. No system-call interface.
 */
@ExecutionContext("kernel")
public final class AlarmMux implements AlarmClient {
  /** The most virtual alarms one mux serves. */
  public static final int MAX_ALARMS = 16;

  private final Alarm alarm;
  private final VirtualAlarm @Unique [] alarms = new VirtualAlarm[MAX_ALARMS];
  private int alarmCount;
  private boolean firing;

  /**
   * A mux over {@code alarm}.
   *
   * @param alarm the hardware alarm
   */
  public AlarmMux(Alarm alarm) {
    this.alarm = alarm;
  }

  void attach(VirtualAlarm virtualAlarm) {
    alarms[alarmCount++] = virtualAlarm;
  }

  Alarm hardware() {
    return alarm;
  }

  /** Whether {@code dt} ticks have passed since {@code reference}, modulo the counter's width. */
  boolean hasExpired(int reference, int dt) {
    return ((alarm.now() - reference) & alarm.maxTicks()) >= dt;
  }

  @Override
  public void alarmFired() {
    firing = true;
    for (int i = 0; i < alarmCount; i++) {
      VirtualAlarm candidate = alarms[i];
      if (candidate.isArmed() && hasExpired(candidate.reference(), candidate.dt())) {
        candidate.fire();
      }
    }
    firing = false;
    rearm();
  }

  /** Programs the hardware for the soonest armed alarm, unless a firing pass will do it. */
  void rearm() {
    if (firing) {
      return;
    }
    int now = alarm.now();
    int mask = alarm.maxTicks();
    VirtualAlarm soonest = null;
    int soonestRemaining = Integer.MAX_VALUE;
    for (int i = 0; i < alarmCount; i++) {
      VirtualAlarm candidate = alarms[i];
      if (candidate.isArmed()) {
        int elapsed = (now - candidate.reference()) & mask;
        int remaining = elapsed >= candidate.dt() ? 0 : candidate.dt() - elapsed;
        if (remaining < soonestRemaining) {
          soonestRemaining = remaining;
          soonest = candidate;
        }
      }
    }
    if (soonest == null) {
      if (alarm.isArmed()) {
        alarm.disarm();
      }
    } else {
      alarm.setAlarm(soonest.reference(), soonest.dt());
    }
  }
}
