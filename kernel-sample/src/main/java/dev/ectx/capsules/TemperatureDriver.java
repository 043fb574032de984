package dev.ectx.capsules;

import dev.ectx.annotations.ExecutionContext;
import dev.ectx.hil.TemperatureClient;
import dev.ectx.hil.TemperatureSensor;
import dev.ectx.kernel.Grant;
import dev.ectx.kernel.Kernel;
import dev.ectx.kernel.ProcessId;
import dev.ectx.kernel.ReturnCode;
import dev.ectx.kernel.SyscallDriver;
import dev.ectx.kernel.SyscallReturn;

/**
 * Temperature driver: processes ask for a measurement and hear the result.
 *
 * <p>Why: several processes may want the temperature at once, and the sensor measures one at a
 * time; after Tock's {@code temperature} capsule, requests are remembered per process and one
 * measurement answers all of them.
 *
 * <p>Wiring (board): {@code driver = new TemperatureDriver(kernel, sensor)}, {@code
 * sensor.setClient(driver)}, {@code kernel.registerDriver(DriverNumbers.TEMPERATURE, driver)}.
 *
 * <p>System-call interface (driver {@link DriverNumbers#TEMPERATURE}):
 *
 * <ul>
 *   <li>command {@link #COMMAND_EXISTS}: success.
 *   <li>command {@link #COMMAND_READ}: starts (or joins) a measurement; BUSY if this process
 *       already waits for one.
 *   <li>upcall {@link #UPCALL_READING} (status, hundredths of a degree Celsius): status 0 on
 *       success, else the error code (NOACK when the sensor did not answer, FAIL on a bus error).
 * </ul>
 */
@ExecutionContext("kernel")
public final class TemperatureDriver implements SyscallDriver, TemperatureClient {
  /** Command 0: does the driver exist. */
  public static final int COMMAND_EXISTS = 0;
  /** Command 1: measure. */
  public static final int COMMAND_READ = 1;
  /** Upcall 0: a measurement finished. */
  public static final int UPCALL_READING = 0;

  private final TemperatureSensor sensor;
  private final Grant<SensorApp> grant;
  private boolean measuring;

  /**
   * A temperature driver.
   *
   * @param kernel the kernel, for the grant
   * @param sensor the sensor
   */
  @ExecutionContext("boot")
  public TemperatureDriver(Kernel kernel, TemperatureSensor sensor) {
    this.sensor = sensor;
    this.grant = kernel.createGrant(DriverNumbers.TEMPERATURE, 1, 0, 0, SensorApp::new);
  }

  @Override
  public Grant<?> grant() {
    return grant;
  }

  @Override
  public SyscallReturn command(int commandNumber, int arg1, int arg2, ProcessId process) {
    if (commandNumber == COMMAND_EXISTS) {
      return SyscallReturn.success();
    }
    if (commandNumber != COMMAND_READ) {
      return SyscallReturn.failure(ReturnCode.NOSUPPORT);
    }
    ReturnCode[] result = {ReturnCode.SUCCESS};
    ReturnCode entered =
        grant.enter(
            process,
            (app, kernelData) -> {
              if (app.waiting) {
                result[0] = ReturnCode.BUSY;
              } else {
                app.waiting = true;
              }
            });
    if (!entered.isSuccess()) {
      return SyscallReturn.failure(entered);
    }
    if (result[0].isSuccess() && !measuring) {
      ReturnCode started = sensor.readTemperature();
      if (!started.isSuccess()) {
        grant.enter(process, (app, kernelData) -> app.waiting = false);
        return SyscallReturn.failure(started);
      }
      measuring = true;
    }
    return SyscallReturn.of(result[0]);
  }

  @Override
  public void temperatureRead(int centiCelsius, ReturnCode result) {
    measuring = false;
    grant.each(
        (app, kernelData) -> {
          if (app.waiting) {
            app.waiting = false;
            kernelData.scheduleUpcall(UPCALL_READING, result.number(), centiCelsius, 0);
          }
        });
  }
}
