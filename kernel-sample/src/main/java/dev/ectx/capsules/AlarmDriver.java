package dev.ectx.capsules;

import dev.ectx.annotations.ExecutionContext;
import dev.ectx.hil.Alarm;
import dev.ectx.hil.AlarmClient;
import dev.ectx.kernel.Grant;
import dev.ectx.kernel.Kernel;
import dev.ectx.kernel.ProcessId;
import dev.ectx.kernel.ReturnCode;
import dev.ectx.kernel.SyscallDriver;
import dev.ectx.kernel.SyscallReturn;

/**
 * Alarm driver: one alarm per process on top of one virtual alarm.
 *
 * <p>Why: applications sleep and blink on timers; Tock's {@code alarm} capsule gives each process
 * its own alarm and keeps only the soonest one on the (virtual) hardware.
 *
 * <p>Wiring (board): {@code driver = new AlarmDriver(kernel, new VirtualAlarm(mux))}, {@code
 * virtualAlarm.setAlarmClient(driver)}, {@code kernel.registerDriver(DriverNumbers.ALARM,
 * driver)}.
 *
 * <p>System-call interface (driver {@link DriverNumbers#ALARM}); times are ticks of the counter:
 *
 * <ul>
 *   <li>command {@link #COMMAND_EXISTS}: success.
 *   <li>command {@link #COMMAND_FREQUENCY}: success with ticks per second.
 *   <li>command {@link #COMMAND_NOW}: success with the current tick count.
 *   <li>command {@link #COMMAND_STOP}: cancels this process's alarm; ALREADY if none was set.
 *   <li>command {@link #COMMAND_SET_RELATIVE} (dt): fires {@code dt} ticks from now; success
 *       with the expiration tick.
 *   <li>command {@link #COMMAND_SET_ABSOLUTE} (reference, dt): fires at {@code reference + dt};
 *       success with the expiration tick.
 *   <li>upcall {@link #UPCALL_FIRED} (now, expiration): the alarm fired, never early.
 * </ul>
 */
@ExecutionContext("kernel")
public final class AlarmDriver implements SyscallDriver, AlarmClient {
  /** Command 0: does the driver exist. */
  public static final int COMMAND_EXISTS = 0;
  /** Command 1: ticks per second. */
  public static final int COMMAND_FREQUENCY = 1;
  /** Command 2: the current tick count. */
  public static final int COMMAND_NOW = 2;
  /** Command 3: cancel this process's alarm. */
  public static final int COMMAND_STOP = 3;
  /** Command 5: set the alarm relative to now. */
  public static final int COMMAND_SET_RELATIVE = 5;
  /** Command 6: set the alarm relative to a reference tick. */
  public static final int COMMAND_SET_ABSOLUTE = 6;
  /** Upcall 0: the alarm fired. */
  public static final int UPCALL_FIRED = 0;

  private final Alarm alarm;
  private final Grant<AlarmApp> grant;

  /**
   * An alarm driver.
   *
   * @param kernel the kernel, for the grant
   * @param alarm a virtual alarm of its own
   */
  @ExecutionContext("boot")
  public AlarmDriver(Kernel kernel, Alarm alarm) {
    this.alarm = alarm;
    this.grant = kernel.createGrant(DriverNumbers.ALARM, 1, 0, 0, AlarmApp::new);
  }

  @Override
  public Grant<?> grant() {
    return grant;
  }

  @Override
  public SyscallReturn command(int commandNumber, int arg1, int arg2, ProcessId process) {
    switch (commandNumber) {
      case COMMAND_EXISTS:
        return SyscallReturn.success();
      case COMMAND_FREQUENCY:
        return SyscallReturn.success(alarm.frequency());
      case COMMAND_NOW:
        return SyscallReturn.success(alarm.now());
      case COMMAND_STOP:
        return stop(process);
      case COMMAND_SET_RELATIVE:
        return set(process, alarm.now(), arg1);
      case COMMAND_SET_ABSOLUTE:
        return set(process, arg1, arg2);
      default:
        return SyscallReturn.failure(ReturnCode.NOSUPPORT);
    }
  }

  private SyscallReturn set(ProcessId process, int reference, int dt) {
    if (dt < 0 || dt > alarm.maxTicks()) {
      return SyscallReturn.failure(ReturnCode.INVAL);
    }
    int mask = alarm.maxTicks();
    ReturnCode entered =
        grant.enter(
            process,
            (app, kernelData) -> {
              app.armed = true;
              app.reference = reference & mask;
              app.dt = dt;
            });
    if (!entered.isSuccess()) {
      return SyscallReturn.failure(entered);
    }
    rearm();
    return SyscallReturn.success((reference + dt) & mask);
  }

  private SyscallReturn stop(ProcessId process) {
    boolean[] wasArmed = {false};
    ReturnCode entered =
        grant.enter(
            process,
            (app, kernelData) -> {
              wasArmed[0] = app.armed;
              app.armed = false;
            });
    if (!entered.isSuccess()) {
      return SyscallReturn.failure(entered);
    }
    rearm();
    return wasArmed[0] ? SyscallReturn.success() : SyscallReturn.failure(ReturnCode.ALREADY);
  }

  @Override
  public void alarmFired() {
    int mask = alarm.maxTicks();
    grant.each(
        (app, kernelData) -> {
          int now = alarm.now();
          if (app.armed && ((now - app.reference) & mask) >= app.dt) {
            app.armed = false;
            kernelData.scheduleUpcall(UPCALL_FIRED, now, (app.reference + app.dt) & mask, 0);
          }
        });
    rearm();
  }

  /** Keeps the virtual alarm set for the soonest process alarm. */
  private void rearm() {
    int mask = alarm.maxTicks();
    int now = alarm.now();
    int[] soonest = {-1, Integer.MAX_VALUE, 0};
    grant.each(
        (app, kernelData) -> {
          if (app.armed) {
            int elapsed = (now - app.reference) & mask;
            int remaining = elapsed >= app.dt ? 0 : app.dt - elapsed;
            if (remaining < soonest[1]) {
              soonest[0] = app.reference;
              soonest[1] = remaining;
              soonest[2] = app.dt;
            }
          }
        });
    if (soonest[0] >= 0) {
      alarm.setAlarm(soonest[0], soonest[2]);
    } else if (alarm.isArmed()) {
      alarm.disarm();
    }
  }
}
