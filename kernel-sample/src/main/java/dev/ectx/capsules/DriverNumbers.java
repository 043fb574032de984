package dev.ectx.capsules;

/** The system-call driver numbers of the capsules, as Tock numbers them. */
public final class DriverNumbers {
  /** Alarm: {@link AlarmDriver}. */
  public static final int ALARM = 0x0;
  /** Console: {@link Console}. */
  public static final int CONSOLE = 0x1;
  /** LEDs: {@link LedDriver}. */
  public static final int LED = 0x2;
  /** Buttons: {@link ButtonDriver}. */
  public static final int BUTTON = 0x3;
  /** Random numbers: {@link RngDriver}. */
  public static final int RNG = 0x40001;
  /** SPI controller: {@link SpiControllerDriver}. */
  public static final int SPI = 0x20001;
  /** Temperature: {@link TemperatureDriver}. */
  public static final int TEMPERATURE = 0x60000;

  private DriverNumbers() {}
}
