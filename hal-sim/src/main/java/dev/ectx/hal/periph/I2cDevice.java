package dev.ectx.hal.periph;

/**
 * A target device on the I2C bus. A transaction is: the address byte (the device answers ACK by
 * being attached at that address), then bytes written to it or read from it, ended by a repeated
 * start or a stop.
 */
public interface I2cDevice {
  /** A (repeated) start condition addressed to this device; {@code read} for the read direction. */
  void start(boolean read);

  /**
   * The controller writes a byte.
   *
   * @param value 0..255
   * @return true to ACK, false to NACK (DNACK)
   */
  boolean write(int value);

  /**
   * The controller reads a byte.
   *
   * @return 0..255
   */
  int read();
}
