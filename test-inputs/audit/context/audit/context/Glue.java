package audit.context;

/** Unannotated glue code between drivers. */
final class Glue {
  private Glue() {}

  static void blink(Led led) {
    led.toggle();
  }

  static int pinOf(Led led) {
    return led.pin();
  }
}
