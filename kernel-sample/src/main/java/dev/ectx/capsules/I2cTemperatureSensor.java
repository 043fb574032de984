package dev.ectx.capsules;

import dev.ectx.annotations.ExecutionContext;
import dev.ectx.annotations.Unique;
import dev.ectx.cells.OptionalCell;
import dev.ectx.cells.TakeCell;
import dev.ectx.hil.I2cClient;
import dev.ectx.hil.I2cDevice;
import dev.ectx.hil.TemperatureClient;
import dev.ectx.hil.TemperatureSensor;
import dev.ectx.kernel.ReturnCode;

/**
 * Driver for a TMP102-style I2C temperature sensor.
 *
 * <p>Why: turns the bus protocol (write the register pointer, read two bytes) into the {@link
 * TemperatureSensor} HIL; after Tock's {@code tmp102}-like sensor capsules. The two-byte buffer
 * goes to the bus and back; a NACK or bus error comes back as the measurement's result, and the
 * buffer is home again either way.
 *
 * <p>Wiring (board): {@code sensor = new I2cTemperatureSensor(i2cDevice, new byte[2])}, {@code
 * i2cDevice.setClient(sensor)}, then {@code sensor.setClient(temperatureDriver)}. No system-call
 * interface of its own: {@link TemperatureDriver} gives one.
 *
 * <p>The register holds a 12-bit two's-complement value, left-justified, in 1/16 degree.
 */
@ExecutionContext("kernel")
public final class I2cTemperatureSensor implements TemperatureSensor, I2cClient {
  /** The temperature register's pointer value. */
  public static final int TEMPERATURE_REGISTER = 0x00;

  private final I2cDevice device;
  private final TakeCell<byte[]> buffer = new TakeCell<>();
  private final OptionalCell<TemperatureClient> client = new OptionalCell<>();

  /**
   * A sensor driver.
   *
   * @param device the sensor on its bus
   * @param buffer the transfer buffer (at least 2 bytes), moved in
   */
  public I2cTemperatureSensor(I2cDevice device, byte @Unique [] buffer) {
    this.device = device;
    this.buffer.put(buffer);
  }

  /** Whether the transfer buffer is home (true whenever no measurement runs). */
  public boolean bufferHome() {
    return buffer.isSome();
  }

  @Override
  public ReturnCode readTemperature() {
    if (buffer.isNone()) {
      return ReturnCode.BUSY;
    }
    buffer.map(bytes -> bytes[0] = TEMPERATURE_REGISTER);
    return device.writeRead(buffer, 1, 2);
  }

  @Override
  public void commandComplete(byte @Unique [] bytes, ReturnCode result) {
    int raw = (short) (((bytes[0] & 0xFF) << 8) | (bytes[1] & 0xFF)) >> 4;
    buffer.put(bytes);
    int centiCelsius = raw * 625 / 100;
    client.map(c -> c.temperatureRead(result.isSuccess() ? centiCelsius : 0, result));
  }

  @Override
  public void setClient(TemperatureClient client) {
    this.client.set(client);
  }
}
