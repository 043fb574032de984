package dev.ectx.hil;

import dev.ectx.annotations.Downcall;
import dev.ectx.annotations.ExecutionContext;
import dev.ectx.kernel.ReturnCode;

/** A temperature sensor, after Tock's {@code hil::sensors::TemperatureDriver}. */
@ExecutionContext("kernel")
public interface TemperatureSensor {
  /**
   * Starts one measurement.
   *
   * @return {@link ReturnCode#SUCCESS}: exactly one {@link TemperatureClient#temperatureRead}
   *     follows. {@link ReturnCode#BUSY}: a measurement runs; no callback.
   */
  @Downcall
  ReturnCode readTemperature();

  /**
   * Sets who receives the measurements.
   *
   * @param client the client
   */
  void setClient(TemperatureClient client);
}
