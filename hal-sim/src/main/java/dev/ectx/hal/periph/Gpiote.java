package dev.ectx.hal.periph;

import dev.ectx.hal.cpu.Cpu;
import dev.ectx.hal.mmio.NrfPeripheral;
import dev.ectx.hal.sched.Scheduler;

/**
 * GPIOTE: 8 channels that turn GPIO pin edges into events (event mode) or tasks into pin changes
 * (task mode). IRQ 6.
 *
 * <p>CONFIG[n]: MODE in bits 1:0 (0 disabled, 1 event, 3 task), PSEL (pin) in bits 12:8,
 * POLARITY in bits 17:16 (1 low-to-high, 2 high-to-low, 3 toggle), OUTINIT in bit 20. In event
 * mode a matching edge on the pin sets EVENTS_IN[n]; in task mode TASKS_OUT[n] toggles (or sets,
 * or clears, by POLARITY) the pin, TASKS_SET[n] and TASKS_CLR[n] set and clear it. EVENTS_PORT
 * (pin SENSE) is not modelled.
 */
public final class Gpiote extends NrfPeripheral {
  /** Base address. */
  public static final int BASE = 0x4000_6000;
  /** IRQ line. */
  public static final int IRQ = 6;
  /** Number of channels. */
  public static final int CHANNELS = 8;
  /** TASKS_OUT[0]; channel n at {@code + 4n}. */
  public static final int TASKS_OUT0 = 0x000;
  /** TASKS_SET[0]; channel n at {@code + 4n}. */
  public static final int TASKS_SET0 = 0x030;
  /** TASKS_CLR[0]; channel n at {@code + 4n}. */
  public static final int TASKS_CLR0 = 0x060;
  /** EVENTS_IN[0]; channel n at {@code + 4n}; INTEN bit n. */
  public static final int EVENTS_IN0 = 0x100;
  /** CONFIG[0]; channel n at {@code + 4n}. */
  public static final int CONFIG0 = 0x510;
  /** CONFIG MODE: event. */
  public static final int MODE_EVENT = 1;
  /** CONFIG MODE: task. */
  public static final int MODE_TASK = 3;
  /** CONFIG POLARITY: low to high (bits 17:16 = 1). */
  public static final int POLARITY_LO_TO_HI = 1 << 16;
  /** CONFIG POLARITY: high to low. */
  public static final int POLARITY_HI_TO_LO = 2 << 16;
  /** CONFIG POLARITY: toggle (both edges). */
  public static final int POLARITY_TOGGLE = 3 << 16;
  /** CONFIG OUTINIT: initial level in task mode. */
  public static final int OUTINIT_HIGH = 1 << 20;

  private final Gpio gpio;
  private final int[] config = new int[CHANNELS];

  /**
   * GPIOTE on port {@code gpio}.
   *
   * @param cpu the core
   * @param scheduler the chip's scheduler
   * @param gpio the port whose pins it watches and drives
   */
  public Gpiote(Cpu cpu, Scheduler scheduler, Gpio gpio) {
    super("GPIOTE", BASE, IRQ, cpu, scheduler);
    this.gpio = gpio;
    gpio.setGpiote(this);
  }

  /**
   * The CONFIG word for a channel.
   *
   * @param mode {@link #MODE_EVENT} or {@link #MODE_TASK}
   * @param pin 0..31
   * @param polarity one of the POLARITY constants
   * @return the word
   */
  public static int config(int mode, int pin, int polarity) {
    return mode | (pin << 8) | polarity;
  }

  @Override
  protected void task(int offset) {
    int group = offset < TASKS_SET0 ? TASKS_OUT0 : offset < TASKS_CLR0 ? TASKS_SET0 : TASKS_CLR0;
    int channel = (offset - group) >>> 2;
    if (channel >= CHANNELS) {
      throw unknownRegister(offset, "has no task at");
    }
    int cfg = config[channel];
    if ((cfg & 3) != MODE_TASK) {
      return;
    }
    int pin = (cfg >>> 8) & 0x1F;
    if (offset < TASKS_SET0) {
      int polarity = cfg & POLARITY_TOGGLE;
      boolean high =
          polarity == POLARITY_TOGGLE ? !gpio.level(pin) : polarity == POLARITY_LO_TO_HI;
      gpio.driveFromGpiote(pin, high);
    } else {
      gpio.driveFromGpiote(pin, offset < TASKS_CLR0);
    }
  }

  @Override
  protected int readRegister(int offset) {
    return config[configIndex(offset)];
  }

  @Override
  protected void writeRegister(int offset, int value) {
    int channel = configIndex(offset);
    config[channel] = value;
    if ((value & 3) == MODE_TASK) {
      gpio.driveFromGpiote((value >>> 8) & 0x1F, (value & OUTINIT_HIGH) != 0);
    }
  }

  void pinChanged(int pin, boolean high) {
    for (int channel = 0; channel < CHANNELS; channel++) {
      int cfg = config[channel];
      if ((cfg & 3) != MODE_EVENT || ((cfg >>> 8) & 0x1F) != pin) {
        continue;
      }
      int polarity = cfg & POLARITY_TOGGLE;
      if (polarity == POLARITY_TOGGLE
          || (high && polarity == POLARITY_LO_TO_HI)
          || (!high && polarity == POLARITY_HI_TO_LO)) {
        raise(EVENTS_IN0 + 4 * channel);
      }
    }
  }

  private int configIndex(int offset) {
    int index = (offset - CONFIG0) >> 2;
    if (offset < CONFIG0 || index >= CHANNELS || (offset & 3) != 0) {
      throw unknownRegister(offset, "has no register at");
    }
    return index;
  }
}
