package dev.ectx.hal.periph;

import dev.ectx.hal.cpu.Cpu;
import dev.ectx.hal.mmio.Peripheral;
import dev.ectx.hal.trace.TraceSink;

/**
 * GPIO port P0: 32 pins. An output pin's level is its OUT bit; an input pin's level is what an
 * attached {@link Button} drives, else its pull resistor (PIN_CNF PULL: pull-up reads 1,
 * pull-down or none reads 0). Level changes go to GPIOTE (edge events), attached {@link Led}s and
 * the trace.
 *
 * <p>Registers: OUT, OUTSET, OUTCLR, IN, DIR, DIRSET, DIRCLR, PIN_CNF[n].
 */
public final class Gpio extends Peripheral {
  /** Base address of P0. */
  public static final int BASE = 0x5000_0000;
  /** Output levels. */
  public static final int OUT = 0x504;
  /** Write 1s to set output bits. */
  public static final int OUTSET = 0x508;
  /** Write 1s to clear output bits. */
  public static final int OUTCLR = 0x50C;
  /** Input levels (read-only). */
  public static final int IN = 0x510;
  /** Directions, 1 = output. */
  public static final int DIR = 0x514;
  /** Write 1s to make pins outputs. */
  public static final int DIRSET = 0x518;
  /** Write 1s to make pins inputs. */
  public static final int DIRCLR = 0x51C;
  /** PIN_CNF[0]; PIN_CNF[n] at {@code PIN_CNF0 + 4n}. Bit 0 DIR, bits 3:2 PULL (3 = up, 1 = down). */
  public static final int PIN_CNF0 = 0x700;
  /** PIN_CNF pull-up setting (bits 3:2 = 3). */
  public static final int PULL_UP = 3 << 2;
  /** PIN_CNF pull-down setting (bits 3:2 = 1). */
  public static final int PULL_DOWN = 1 << 2;

  private final Cpu cpu;
  private final int[] pinCnf = new int[32];
  private final Led[] leds = new Led[32];
  private int out;
  private int dir;
  private int driven;
  private int drivenLevel;
  private int levels;
  private int pullUps;
  private Gpiote gpiote;
  private TraceSink trace = TraceSink.NONE;

  /**
   * Port P0 of {@code cpu}'s chip.
   *
   * @param cpu the core
   */
  public Gpio(Cpu cpu) {
    super("P0", BASE, cpu);
    this.cpu = cpu;
  }

  /**
   * Attaches an LED to {@code pin}.
   *
   * @param pin 0..31
   * @param activeLow whether the LED lights when the pin is low (as on the nRF52840-DK)
   * @return the LED
   */
  public Led attachLed(int pin, boolean activeLow) {
    Led led = new Led(pin, activeLow, level(pin));
    leds[pin] = led;
    return led;
  }

  /**
   * Attaches a push button to {@code pin}.
   *
   * @param pin 0..31
   * @param activeLow whether pressing pulls the pin low (as on the nRF52840-DK)
   * @return the button, released
   */
  public Button attachButton(int pin, boolean activeLow) {
    return new Button(this, pin, activeLow);
  }

  /**
   * The current level of {@code pin}.
   *
   * @param pin 0..31
   * @return true for high
   */
  public boolean level(int pin) {
    return (levels & (1 << pin)) != 0;
  }

  /** Every pin's level, bit n for pin n. */
  public int levels() {
    return levels;
  }

  @Override
  public int read(int offset) {
    switch (offset) {
      case OUT:
      case OUTSET:
      case OUTCLR:
        return out;
      case IN:
        return levels;
      case DIR:
      case DIRSET:
      case DIRCLR:
        return dir;
      default:
        return pinCnf[pinCnfIndex(offset)];
    }
  }

  @Override
  public void write(int offset, int value) {
    switch (offset) {
      case OUT:
        out = value;
        break;
      case OUTSET:
        out |= value;
        break;
      case OUTCLR:
        out &= ~value;
        break;
      case DIR:
        dir = value;
        break;
      case DIRSET:
        dir |= value;
        break;
      case DIRCLR:
        dir &= ~value;
        break;
      case IN:
        throw unknownRegister(offset, "has a read-only register at");
      default:
        int pin = pinCnfIndex(offset);
        pinCnf[pin] = value;
        pullUps = (value & PULL_UP) == PULL_UP ? pullUps | (1 << pin) : pullUps & ~(1 << pin);
        dir = (value & 1) != 0 ? dir | (1 << pin) : dir & ~(1 << pin);
        break;
    }
    recompute();
  }

  void setGpiote(Gpiote gpiote) {
    this.gpiote = gpiote;
  }

  /** Sets where pin changes are traced. */
  public void setTrace(TraceSink trace) {
    this.trace = trace;
  }

  /** A pin driven from outside (a button), or released ({@code drive = false}). */
  void driveExternally(int pin, boolean drive, boolean high) {
    int bit = 1 << pin;
    driven = drive ? driven | bit : driven & ~bit;
    drivenLevel = high ? drivenLevel | bit : drivenLevel & ~bit;
    recompute();
  }

  /** GPIOTE task mode drives a pin's output. */
  void driveFromGpiote(int pin, boolean high) {
    int bit = 1 << pin;
    out = high ? out | bit : out & ~bit;
    dir |= bit;
    recompute();
  }

  private void recompute() {
    int inputs = ~dir;
    int newLevels =
        (dir & out) | (inputs & driven & drivenLevel) | (inputs & ~driven & pullUps);
    int changed = newLevels ^ levels;
    levels = newLevels;
    while (changed != 0) {
      int pin = Integer.numberOfTrailingZeros(changed);
      changed &= changed - 1;
      boolean high = (newLevels & (1 << pin)) != 0;
      trace.pin(cpu.now(), pin, high);
      if (leds[pin] != null) {
        leds[pin].levelChanged(high);
      }
      if (gpiote != null) {
        gpiote.pinChanged(pin, high);
      }
    }
  }

  private int pinCnfIndex(int offset) {
    int index = (offset - PIN_CNF0) >> 2;
    if (offset < PIN_CNF0 || index >= 32 || (offset & 3) != 0) {
      throw unknownRegister(offset, "has no register at");
    }
    return index;
  }
}
