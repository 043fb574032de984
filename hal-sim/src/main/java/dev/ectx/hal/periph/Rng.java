package dev.ectx.hal.periph;

import dev.ectx.hal.cpu.Cpu;
import dev.ectx.hal.mmio.NrfPeripheral;
import dev.ectx.hal.sched.Scheduler;
import dev.ectx.hal.sched.SimEvent;

/**
 * RNG: a random number generator, seeded from the chip's seed so runs repeat. IRQ 13, base
 * {@code 0x4000D000}.
 *
 * <p>START begins generating: every {@link #VALUE_MICROS} microseconds ({@link
 * #VALUE_MICROS_CORRECTED} with bias correction, CONFIG.DERCEN) a new byte is in VALUE and
 * VALRDY is raised, until STOP (or the VALRDY_STOP short). Stuck busy: VALRDY never comes.
 */
public final class Rng extends NrfPeripheral {
  /** Base address. */
  public static final int BASE = 0x4000_D000;
  /** IRQ line. */
  public static final int IRQ = 13;
  /** Task: start generating. */
  public static final int TASKS_START = 0x000;
  /** Task: stop generating. */
  public static final int TASKS_STOP = 0x004;
  /** Event: a new value is ready. INTEN bit 0. */
  public static final int EVENTS_VALRDY = 0x100;
  /** INTEN bit of VALRDY. */
  public static final int INT_VALRDY = 1;
  /** SHORTS: VALRDY to STOP. */
  public static final int SHORT_VALRDY_STOP = 1;
  /** CONFIG: bit 0 DERCEN (bias correction). */
  public static final int CONFIG = 0x504;
  /** The latest value, 0..255. */
  public static final int VALUE = 0x508;
  /** Microseconds per value without bias correction. */
  public static final int VALUE_MICROS = 30;
  /** Microseconds per value with bias correction. */
  public static final int VALUE_MICROS_CORRECTED = 120;

  private int config;
  private int value;
  private boolean running;

  private final SimEvent ready =
      new SimEvent("RNG.VALRDY") {
        @Override
        protected void fire() {
          value = scheduler.random().nextInt(256);
          raise(EVENTS_VALRDY);
          if ((shorts & SHORT_VALRDY_STOP) != 0) {
            running = false;
          } else {
            scheduleNext();
          }
        }
      };

  /**
   * The RNG.
   *
   * @param cpu the core
   * @param scheduler the chip's scheduler, whose seeded random source it draws from
   */
  public Rng(Cpu cpu, Scheduler scheduler) {
    super("RNG", BASE, IRQ, cpu, scheduler);
  }

  @Override
  protected void task(int offset) {
    if (offset == TASKS_START) {
      if (!running) {
        running = true;
        scheduleNext();
      }
    } else if (offset == TASKS_STOP) {
      running = false;
      scheduler.cancel(ready);
    } else {
      throw unknownRegister(offset, "has no task at");
    }
  }

  @Override
  protected int readRegister(int offset) {
    if (offset == CONFIG) {
      return config;
    }
    if (offset == VALUE) {
      return value;
    }
    throw unknownRegister(offset, "has no readable register at");
  }

  @Override
  protected void writeRegister(int offset, int newValue) {
    if (offset != CONFIG) {
      throw unknownRegister(offset, "has no writable register at");
    }
    config = newValue & 1;
  }

  private void scheduleNext() {
    if (stuckBusy()) {
      return;
    }
    int micros = (config & 1) != 0 ? VALUE_MICROS_CORRECTED : VALUE_MICROS;
    scheduler.scheduleAfterJittered(ready, Scheduler.micros(micros));
  }
}
