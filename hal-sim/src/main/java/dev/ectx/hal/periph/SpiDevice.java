package dev.ectx.hal.periph;

/** A device on the SPI bus: full duplex, one byte out for each byte in. */
@FunctionalInterface
public interface SpiDevice {
  /** A device that echoes every byte back (MOSI wired to MISO). */
  SpiDevice LOOPBACK = mosi -> mosi;

  /**
   * Exchanges one byte.
   *
   * @param mosi the byte the controller sends, 0..255
   * @return the byte the device answers, 0..255
   */
  int exchange(int mosi);
}
