package dev.ectx.hil;

import dev.ectx.annotations.ExecutionContext;
import dev.ectx.annotations.Upcall;
import dev.ectx.kernel.ReturnCode;

/** Receives a {@link TemperatureSensor}'s measurements. */
@ExecutionContext("kernel")
public interface TemperatureClient {
  /**
   * A measurement ended; once per accepted {@link TemperatureSensor#readTemperature()}.
   *
   * @param centiCelsius hundredths of a degree Celsius (valid on success only)
   * @param result {@link ReturnCode#SUCCESS}, {@link ReturnCode#NOACK} if the sensor did not
   *     answer, or {@link ReturnCode#FAIL} on a bus error
   */
  @Upcall
  void temperatureRead(int centiCelsius, ReturnCode result);
}
