package dev.ectx.hil;

import dev.ectx.annotations.ExecutionContext;
import dev.ectx.annotations.Upcall;

/** Hears an {@link Alarm}. */
@ExecutionContext("kernel")
public interface AlarmClient {
  /** The alarm fired: once per {@link Alarm#setAlarm}, never from inside it, never early. */
  @Upcall
  void alarmFired();
}
