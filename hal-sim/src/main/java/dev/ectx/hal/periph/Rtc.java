package dev.ectx.hal.periph;

import dev.ectx.hal.cpu.Cpu;
import dev.ectx.hal.mmio.NrfPeripheral;
import dev.ectx.hal.sched.Scheduler;
import dev.ectx.hal.sched.SimEvent;

/**
 * A real-time counter: a 24-bit counter clocked at 32768 Hz / (PRESCALER + 1), with compare
 * registers. RTC1 is IRQ 17 at {@code 0x40011000} with 4 compare channels.
 *
 * <p>Events: TICK (every counter increment; generated only while its INTEN or EVTEN bit is set,
 * because it costs an event per tick), OVRFLW (counter wraps from 0xFFFFFF to 0), COMPARE[n]
 * (the counter becomes equal to CC[n]). Tasks: START, STOP, CLEAR, TRIGOVRFLW (sets the counter
 * to 0xFFFFF0). PRESCALER is 12 bits. Tick {@code k} after START happens at cycle {@code
 * ceil(k * (PRESCALER + 1) * 64e6 / 32768)}: no drift. A CC write equal to the current counter
 * does not match until the counter comes round again.
 */
public final class Rtc extends NrfPeripheral {
  /** RTC1's base address. */
  public static final int RTC1_BASE = 0x4001_1000;
  /** RTC1's IRQ line. */
  public static final int RTC1_IRQ = 17;
  /** The low-frequency clock. */
  public static final long LFCLK_HZ = 32_768;
  /** Counter mask: 24 bits. */
  public static final int COUNTER_MASK = 0x00FF_FFFF;

  /** Start counting. */
  public static final int TASKS_START = 0x000;
  /** Stop counting. */
  public static final int TASKS_STOP = 0x004;
  /** Set the counter to 0. */
  public static final int TASKS_CLEAR = 0x008;
  /** Set the counter to 0xFFFFF0. */
  public static final int TASKS_TRIGOVRFLW = 0x00C;
  /** Event: the counter incremented. INTEN bit 0. */
  public static final int EVENTS_TICK = 0x100;
  /** Event: the counter overflowed. INTEN bit 1. */
  public static final int EVENTS_OVRFLW = 0x104;
  /** Event: COMPARE[0]; channel n at {@code + 4n}. INTEN bit 16 + n. */
  public static final int EVENTS_COMPARE0 = 0x140;
  /** INTEN bit of TICK. */
  public static final int INT_TICK = 1;
  /** INTEN bit of OVRFLW. */
  public static final int INT_OVRFLW = 1 << 1;
  /** INTEN bit of COMPARE[0]; channel n is {@code INT_COMPARE0 << n}. */
  public static final int INT_COMPARE0 = 1 << 16;
  /** EVTEN (event routing) register. */
  public static final int EVTEN = 0x340;
  /** EVTENSET register. */
  public static final int EVTENSET = 0x344;
  /** EVTENCLR register. */
  public static final int EVTENCLR = 0x348;
  /** The counter (read-only). */
  public static final int COUNTER = 0x504;
  /** The prescaler, 12 bits; writable while stopped. */
  public static final int PRESCALER = 0x508;
  /** CC[0]; channel n at {@code + 4n}. */
  public static final int CC0 = 0x540;

  private final int channels;
  private final int[] cc;
  private final SimEvent[] compare;
  private final SimEvent overflow;
  private final SimEvent tick;
  private boolean running;
  private int prescaler;
  private int evten;
  /** While running: the cycle of tick 0 and the counter value then (unwrapped ticks count up). */
  private long originCycle;
  private long originCount;
  /** While stopped: the counter. */
  private int stoppedCount;

  /**
   * A counter.
   *
   * @param name for example {@code "RTC1"}
   * @param base its base address
   * @param irq its IRQ line
   * @param channels number of compare channels (4 for RTC1)
   * @param cpu the core
   * @param scheduler the chip's scheduler
   */
  public Rtc(String name, int base, int irq, int channels, Cpu cpu, Scheduler scheduler) {
    super(name, base, irq, cpu, scheduler);
    this.channels = channels;
    this.cc = new int[channels];
    this.compare = new SimEvent[channels];
    for (int n = 0; n < channels; n++) {
      final int channel = n;
      compare[n] =
          new SimEvent(name + ".COMPARE" + n) {
            @Override
            protected void fire() {
              onCompare(channel);
            }
          };
    }
    overflow =
        new SimEvent(name + ".OVRFLW") {
          @Override
          protected void fire() {
            // Rebase at the exact wrap so the unwrapped tick count never grows without bound.
            originCycle = time();
            originCount = 0;
            raise(EVENTS_OVRFLW);
            scheduleOverflow();
          }
        };
    tick =
        new SimEvent(name + ".TICK") {
          @Override
          protected void fire() {
            raise(EVENTS_TICK);
            scheduleTick();
          }
        };
  }

  /**
   * Cycles from the counter's origin to its {@code k}-th tick.
   *
   * @param k ticks
   * @param prescaler the PRESCALER value
   * @return cycles, rounded up
   */
  public static long ticksToCycles(long k, int prescaler) {
    long num = k * (prescaler + 1) * Scheduler.HZ;
    return (num + LFCLK_HZ - 1) / LFCLK_HZ;
  }

  /** The counter value now (without a register access). */
  public int counter() {
    return running ? (int) ((originCount + elapsedTicks()) & COUNTER_MASK) : stoppedCount;
  }

  @Override
  protected void task(int offset) {
    switch (offset) {
      case TASKS_START:
        if (!running) {
          startFrom(stoppedCount);
        }
        break;
      case TASKS_STOP:
        if (running) {
          stoppedCount = counter();
          running = false;
          cancelAll();
        }
        break;
      case TASKS_CLEAR:
        setCounter(0);
        break;
      case TASKS_TRIGOVRFLW:
        setCounter(0xFF_FFF0);
        break;
      default:
        throw unknownRegister(offset, "has no task at");
    }
  }

  @Override
  protected int readRegister(int offset) {
    switch (offset) {
      case COUNTER:
        return counter();
      case PRESCALER:
        return prescaler;
      case EVTEN:
      case EVTENSET:
      case EVTENCLR:
        return evten;
      default:
        return cc[ccIndex(offset)];
    }
  }

  @Override
  protected void writeRegister(int offset, int value) {
    switch (offset) {
      case PRESCALER:
        if (!running) {
          prescaler = value & 0xFFF;
        }
        return;
      case EVTEN:
        evten = value;
        break;
      case EVTENSET:
        evten |= value;
        break;
      case EVTENCLR:
        evten &= ~value;
        break;
      case COUNTER:
        throw unknownRegister(offset, "has a read-only register at");
      default:
        int n = ccIndex(offset);
        cc[n] = value & COUNTER_MASK;
        if (running) {
          scheduleCompare(n);
        }
        return;
    }
    if (running) {
      scheduleTick();
    }
  }

  private void setCounter(int value) {
    if (running) {
      startFrom(value);
    } else {
      stoppedCount = value;
    }
  }

  private void startFrom(int count) {
    running = true;
    originCycle = scheduler.now();
    originCount = count;
    for (int n = 0; n < channels; n++) {
      scheduleCompare(n);
    }
    scheduleOverflow();
    scheduleTick();
  }

  private long elapsedTicks() {
    long cycles = scheduler.now() - originCycle;
    return cycles * LFCLK_HZ / ((prescaler + 1) * Scheduler.HZ);
  }

  /** Schedules the first tick after now at which the counter equals {@code target}. */
  private void scheduleAt(SimEvent event, int target) {
    long ticks = elapsedTicks();
    int current = (int) ((originCount + ticks) & COUNTER_MASK);
    long ahead = (target - current) & COUNTER_MASK;
    if (ahead == 0) {
      ahead = COUNTER_MASK + 1L;
    }
    scheduler.scheduleAt(event, originCycle + ticksToCycles(ticks + ahead, prescaler));
  }

  private void scheduleCompare(int n) {
    scheduleAt(compare[n], cc[n]);
  }

  private void scheduleOverflow() {
    scheduleAt(overflow, 0);
  }

  private void scheduleTick() {
    if (((evten | interruptMask()) & INT_TICK) == 0) {
      scheduler.cancel(tick);
      return;
    }
    long next = elapsedTicks() + 1;
    scheduler.scheduleAt(tick, originCycle + ticksToCycles(next, prescaler));
  }

  private int interruptMask() {
    return read(INTEN);
  }

  @Override
  protected void interruptsChanged() {
    if (running) {
      scheduleTick();
    }
  }

  private void onCompare(int n) {
    raise(EVENTS_COMPARE0 + 4 * n);
    scheduleCompare(n);
  }

  private void cancelAll() {
    for (SimEvent event : compare) {
      scheduler.cancel(event);
    }
    scheduler.cancel(overflow);
    scheduler.cancel(tick);
  }

  private int ccIndex(int offset) {
    int index = (offset - CC0) >> 2;
    if (offset < CC0 || index >= channels || (offset & 3) != 0) {
      throw unknownRegister(offset, "has no register at");
    }
    return index;
  }
}
