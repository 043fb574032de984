package dev.ectx.hal.bench;

import dev.ectx.hal.Chip;
import dev.ectx.hal.cpu.Cpu;
import dev.ectx.hal.cpu.Nvic;
import dev.ectx.hal.mmio.RegisterBlock;
import dev.ectx.hal.periph.Gpio;
import dev.ectx.hal.periph.Gpiote;
import dev.ectx.hal.periph.Rtc;
import dev.ectx.hal.sched.Scheduler;
import java.util.Locale;

/**
 * The simulator's benchmark harness, run by {@code benchmarks/run sim}. Prints one line per
 * figure, {@code name value unit}:
 *
 * <ol>
 *   <li>{@code sim.realtime_factor}: simulated seconds per wall second of an idle-heavy blink
 *       workload (RTC1 compare every 250 ms toggles an LED; the thread sleeps in WFI inside a
 *       critical section, as a kernel loop does).
 *   <li>{@code sim.irq_per_second}: interrupts raised, taken and cleared per wall second: the
 *       thread toggles a GPIO output looped back into a GPIOTE channel; each edge raises
 *       EVENTS_IN[0], the handler clears it.
 * </ol>
 *
 * <p>Each figure is the best of several rounds after a warm-up round.
 */
public final class SimBenchmark {
  private static final int ROUNDS = 5;

  private SimBenchmark() {}

  /**
   * Runs both workloads and prints the figures.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    double factor = 0;
    double irqRate = 0;
    for (int round = 0; round <= ROUNDS; round++) {
      double f = realtimeFactor(36_000);
      double r = irqPerSecond(2_000_000);
      if (round > 0) {
        factor = Math.max(factor, f);
        irqRate = Math.max(irqRate, r);
      }
    }
    System.out.println(String.format(Locale.ROOT, "sim.realtime_factor %.0f x", factor));
    System.out.println(String.format(Locale.ROOT, "sim.irq_per_second %.0f 1/s", irqRate));
  }

  /**
   * Blinks for {@code seconds} simulated seconds.
   *
   * @param seconds simulated seconds
   * @return simulated seconds per wall second
   */
  public static double realtimeFactor(int seconds) {
    Chip chip = Chip.builder().seed(1).build();
    Cpu cpu = chip.cpu();
    RegisterBlock rtc = chip.rtc1().registers();
    RegisterBlock p0 = chip.gpio().registers();
    chip.gpio().attachLed(13, true);
    p0.write(Gpio.DIRSET, 1 << 13);
    cpu.setHandler(
        Rtc.RTC1_IRQ,
        irq -> {
          rtc.write(Rtc.EVENTS_COMPARE0, 0);
          rtc.write(Rtc.CC0, (rtc.read(Rtc.CC0) + 8192) & Rtc.COUNTER_MASK);
          p0.write(Gpio.OUT, p0.read(Gpio.OUT) ^ (1 << 13));
        });
    rtc.write(Rtc.CC0, 8192);
    rtc.write(Rtc.INTENSET, Rtc.INT_COMPARE0);
    chip.nvic().enable(Rtc.RTC1_IRQ);
    rtc.write(Rtc.TASKS_START, 1);
    Nvic nvic = chip.nvic();
    long start = System.nanoTime();
    chip.run(
        seconds * Scheduler.HZ,
        () -> {
          while (true) {
            cpu.free(
                cs -> {
                  if (!nvic.anyEnabledPending()) {
                    cpu.wfi();
                  }
                });
          }
        });
    double wall = (System.nanoTime() - start) / 1e9;
    return seconds / wall;
  }

  /**
   * Raises, takes and clears {@code count} GPIOTE interrupts.
   *
   * @param count interrupts
   * @return interrupts per wall second
   */
  public static double irqPerSecond(int count) {
    Chip chip = Chip.builder().seed(1).build();
    Cpu cpu = chip.cpu();
    RegisterBlock p0 = chip.gpio().registers();
    RegisterBlock gpiote = chip.gpiote().registers();
    p0.write(Gpio.DIRSET, 1 << 3);
    gpiote.write(
        Gpiote.CONFIG0, Gpiote.config(Gpiote.MODE_EVENT, 3, Gpiote.POLARITY_TOGGLE));
    gpiote.write(Gpiote.INTENSET, 1);
    cpu.setHandler(Gpiote.IRQ, irq -> gpiote.write(Gpiote.EVENTS_IN0, 0));
    chip.nvic().enable(Gpiote.IRQ);
    long before = cpu.interruptsTaken();
    long start = System.nanoTime();
    for (int i = 0; i < count; i++) {
      p0.write((i & 1) == 0 ? Gpio.OUTSET : Gpio.OUTCLR, 1 << 3);
    }
    double wall = (System.nanoTime() - start) / 1e9;
    long taken = cpu.interruptsTaken() - before;
    if (taken != count) {
      throw new IllegalStateException("expected " + count + " interrupts, took " + taken);
    }
    return taken / wall;
  }
}
