package dev.ectx.chips;

import dev.ectx.annotations.ExecutionContext;
import dev.ectx.cells.OptionalCell;
import dev.ectx.hal.mmio.RegisterBlock;
import dev.ectx.hal.periph.Rtc;
import dev.ectx.hil.Alarm;
import dev.ectx.hil.AlarmClient;
import dev.ectx.kernel.ReturnCode;

/**
 * RTC1 as the {@link Alarm} HIL, after Tock's {@code nrf5x::rtc}: a 24-bit counter at 32768 Hz,
 * compare channel 0 as the alarm. A compare only matches when the counter becomes equal to CC,
 * so an alarm whose time has passed, or is less than {@link #MIN_DT} ticks away, is set
 * {@code MIN_DT} ticks from now: late by a tick or two, never early and never lost.
 */
@ExecutionContext("kernel")
public final class Rtc1Alarm implements Alarm, InterruptService {
  /** The closest a compare can be set ahead of the counter and still match. */
  public static final int MIN_DT = 2;

  private final RegisterBlock rtc;
  private final OptionalCell<AlarmClient> client = new OptionalCell<>();
  private boolean armed;

  /**
   * The alarm; the board registers it with the chip for {@link Rtc#RTC1_IRQ}.
   *
   * @param rtc RTC1's registers
   */
  @ExecutionContext("boot")
  public Rtc1Alarm(RegisterBlock rtc) {
    this.rtc = rtc;
  }

  /** Starts the counter (board start-up). */
  public void start() {
    rtc.write(Rtc.PRESCALER, 0);
    rtc.write(Rtc.TASKS_START, 1);
  }

  @Override
  public int frequency() {
    return (int) Rtc.LFCLK_HZ;
  }

  @Override
  public int now() {
    return rtc.read(Rtc.COUNTER);
  }

  @Override
  public int maxTicks() {
    return Rtc.COUNTER_MASK;
  }

  @Override
  public ReturnCode setAlarm(int reference, int dt) {
    int now = now();
    int expire = (reference + dt) & Rtc.COUNTER_MASK;
    int elapsed = (now - reference) & Rtc.COUNTER_MASK;
    if (elapsed >= dt || ((expire - now) & Rtc.COUNTER_MASK) < MIN_DT) {
      expire = (now + MIN_DT) & Rtc.COUNTER_MASK;
    }
    rtc.write(Rtc.INTENCLR, Rtc.INT_COMPARE0);
    rtc.write(Rtc.EVENTS_COMPARE0, 0);
    rtc.write(Rtc.CC0, expire);
    rtc.write(Rtc.INTENSET, Rtc.INT_COMPARE0);
    armed = true;
    return ReturnCode.SUCCESS;
  }

  @Override
  public ReturnCode disarm() {
    rtc.write(Rtc.INTENCLR, Rtc.INT_COMPARE0);
    rtc.write(Rtc.EVENTS_COMPARE0, 0);
    if (!armed) {
      return ReturnCode.ALREADY;
    }
    armed = false;
    return ReturnCode.SUCCESS;
  }

  @Override
  public boolean isArmed() {
    return armed;
  }

  @Override
  public void setAlarmClient(AlarmClient client) {
    this.client.set(client);
  }

  @Override
  public void handleInterrupt() {
    rtc.write(Rtc.EVENTS_COMPARE0, 0);
    rtc.write(Rtc.INTENCLR, Rtc.INT_COMPARE0);
    if (armed) {
      armed = false;
      client.map(AlarmClient::alarmFired);
    }
  }
}
