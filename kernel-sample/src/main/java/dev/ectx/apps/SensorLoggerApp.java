package dev.ectx.apps;

import dev.ectx.annotations.ExecutionContext;
import dev.ectx.capsules.DriverNumbers;
import dev.ectx.capsules.TemperatureDriver;
import dev.ectx.kernel.App;
import dev.ectx.kernel.ReturnCode;
import dev.ectx.kernel.SyscallReturn;
import dev.ectx.kernel.UserspacePort;

/**
 * Sensor logger: measures the temperature every period and prints {@code temp=23.50} (or {@code
 * temp=error NOACK}) on the console.
 */
@ExecutionContext("process")
public final class SensorLoggerApp implements App {
  private final int periodMillis;

  /**
   * A logger.
   *
   * @param periodMillis milliseconds between measurements
   */
  public SensorLoggerApp(int periodMillis) {
    this.periodMillis = periodMillis;
  }

  @Override
  public void main(UserspacePort port) {
    Libtock tock = new Libtock(port);
    tock.subscribe(
        DriverNumbers.TEMPERATURE, TemperatureDriver.UPCALL_READING, (status, value, unused) -> {});
    while (true) {
      tock.sleepMillis(periodMillis);
      SyscallReturn started =
          tock.command(DriverNumbers.TEMPERATURE, TemperatureDriver.COMMAND_READ, 0, 0);
      if (!started.isSuccess()) {
        tock.print("temp=error " + started.code() + "\n");
        continue;
      }
      SyscallReturn reading =
          tock.yieldWaitFor(DriverNumbers.TEMPERATURE, TemperatureDriver.UPCALL_READING);
      tock.print(format(reading.r1(), reading.r2()));
    }
  }

  /**
   * The line printed for one reading.
   *
   * @param status the upcall's status code
   * @param centiCelsius hundredths of a degree
   * @return the line
   */
  public static String format(int status, int centiCelsius) {
    if (status != 0) {
      return "temp=error " + ReturnCode.ofNumber(status) + "\n";
    }
    int magnitude = Math.abs(centiCelsius);
    String sign = centiCelsius < 0 ? "-" : "";
    return String.format("temp=%s%d.%02d%n", sign, magnitude / 100, magnitude % 100);
  }
}
