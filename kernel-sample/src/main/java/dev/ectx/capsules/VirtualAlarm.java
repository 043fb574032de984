package dev.ectx.capsules;

import dev.ectx.annotations.ExecutionContext;
import dev.ectx.cells.OptionalCell;
import dev.ectx.hil.Alarm;
import dev.ectx.hil.AlarmClient;
import dev.ectx.kernel.ReturnCode;

/**
 * One virtual alarm of an {@link AlarmMux}, after Tock's {@code VirtualMuxAlarm}: a full {@link
 * Alarm} on the shared counter.
 *
 * <p>Wiring (board): {@code alarm = new VirtualAlarm(mux)}, then {@code
 * alarm.setAlarmClient(client)}.
 */
@ExecutionContext("kernel")
public final class VirtualAlarm implements Alarm {
  private final AlarmMux mux;
  private final OptionalCell<AlarmClient> client = new OptionalCell<>();
  private boolean armed;
  private int reference;
  private int dt;

  /**
   * A virtual alarm of {@code mux}.
   *
   * @param mux the mux
   */
  public VirtualAlarm(AlarmMux mux) {
    this.mux = mux;
    mux.attach(this);
  }

  @Override
  public int frequency() {
    return mux.hardware().frequency();
  }

  @Override
  public int now() {
    return mux.hardware().now();
  }

  @Override
  public int maxTicks() {
    return mux.hardware().maxTicks();
  }

  @Override
  public ReturnCode setAlarm(int reference, int dt) {
    this.reference = reference & maxTicks();
    this.dt = dt;
    this.armed = true;
    mux.rearm();
    return ReturnCode.SUCCESS;
  }

  @Override
  public ReturnCode disarm() {
    if (!armed) {
      return ReturnCode.ALREADY;
    }
    armed = false;
    mux.rearm();
    return ReturnCode.SUCCESS;
  }

  @Override
  public boolean isArmed() {
    return armed;
  }

  int reference() {
    return reference;
  }

  int dt() {
    return dt;
  }

  /** Called by the mux once the alarm expired: disarms, then tells the client. */
  void fire() {
    armed = false;
    client.map(AlarmClient::alarmFired);
  }

  @Override
  public void setAlarmClient(AlarmClient client) {
    this.client.set(client);
  }
}
