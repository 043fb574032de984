package dev.ectx.hal.periph;

/**
 * A TMP102-like I2C temperature sensor, default address {@code 0x48}. The first byte written in
 * a transaction selects a register; reads return that register's 16 bits, most significant byte
 * first, over and over.
 *
 * <ul>
 *   <li>0x00 TEMPERATURE (read-only): 12-bit two's complement in bits 15:4, 0.0625 degrees C
 *       per step.
 *   <li>0x01 CONFIG: 0x60A0 after reset; writable.
 *   <li>0x0F ID (read-only): 0x7510, a fixed device identifier for probing.
 * </ul>
 */
public final class TemperatureSensor implements I2cDevice {
  /** The default address. */
  public static final int ADDRESS = 0x48;
  /** Temperature register. */
  public static final int REG_TEMPERATURE = 0x00;
  /** Configuration register. */
  public static final int REG_CONFIG = 0x01;
  /** Identification register. */
  public static final int REG_ID = 0x0F;
  /** The ID register's value. */
  public static final int ID = 0x7510;

  private int pointer;
  private int config = 0x60A0;
  private int milliCelsius = 21_000;
  private boolean pointerWritten;
  private int writeIndex;
  private int readIndex;
  private long reads;

  /**
   * Sets the measured temperature.
   *
   * @param milliCelsius thousandths of a degree Celsius
   */
  public void setTemperature(int milliCelsius) {
    this.milliCelsius = milliCelsius;
  }

  /**
   * The TEMPERATURE register for {@code milliCelsius}.
   *
   * @param milliCelsius thousandths of a degree Celsius
   * @return the 16-bit register value
   */
  public static int encode(int milliCelsius) {
    int steps = Math.floorDiv(milliCelsius * 16, 1000);
    return (steps << 4) & 0xFFFF;
  }

  /**
   * Decodes a TEMPERATURE register value.
   *
   * @param register the 16-bit value, MSB first
   * @return thousandths of a degree Celsius
   */
  public static int decode(int register) {
    int steps = ((short) register) >> 4;
    return steps * 1000 / 16;
  }

  /** How many bytes were read from the sensor. */
  public long bytesRead() {
    return reads;
  }

  @Override
  public void start(boolean read) {
    pointerWritten = false;
    writeIndex = 0;
    readIndex = 0;
  }

  @Override
  public boolean write(int value) {
    if (!pointerWritten) {
      pointer = value & 0xFF;
      pointerWritten = true;
      return pointer == REG_TEMPERATURE || pointer == REG_CONFIG || pointer == REG_ID;
    }
    if (pointer != REG_CONFIG) {
      return false;
    }
    config = writeIndex == 0 ? (value << 8) | (config & 0xFF) : (config & 0xFF00) | value;
    writeIndex++;
    return true;
  }

  @Override
  public int read() {
    int word;
    switch (pointer) {
      case REG_TEMPERATURE:
        word = encode(milliCelsius);
        break;
      case REG_CONFIG:
        word = config;
        break;
      default:
        word = ID;
        break;
    }
    reads++;
    int value = readIndex % 2 == 0 ? word >>> 8 : word & 0xFF;
    readIndex++;
    return value;
  }
}
