package dev.ectx.hal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ectx.hal.cpu.Cpu;
import dev.ectx.hal.cpu.InterruptStormException;
import dev.ectx.hal.cpu.Nvic;
import dev.ectx.hal.cpu.SimulationHalted;
import dev.ectx.hal.cpu.SysTick;
import dev.ectx.hal.cpu.SystemControlSpace;
import dev.ectx.hal.mmio.RegisterBlock;
import dev.ectx.hal.periph.Gpio;
import dev.ectx.hal.periph.Led;
import dev.ectx.hal.periph.Rtc;
import dev.ectx.hal.sched.Scheduler;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RTC1 and SysTick timing, WFI, deadlines, and the blink example of docs/simulator.md. */
class TimerTest {
  private final Chip chip = Chip.builder().seed(7).build();
  private final Cpu cpu = chip.cpu();
  private final RegisterBlock rtc = chip.rtc1().registers();
  private final List<Long> times = new ArrayList<>();

  @Test
  void documentedBlinkExampleBlinks() {
    RegisterBlock p0 = chip.gpio().registers();
    Led led = chip.gpio().attachLed(13, true);
    p0.write(Gpio.DIRSET, 1 << 13);

    cpu.setHandler(
        Rtc.RTC1_IRQ,
        irq -> {
          rtc.write(Rtc.EVENTS_COMPARE0, 0);
          rtc.write(Rtc.CC0, (rtc.read(Rtc.COUNTER) + 16384) & Rtc.COUNTER_MASK);
          p0.write(p0.read(Gpio.OUT) == 0 ? Gpio.OUTSET : Gpio.OUTCLR, 1 << 13);
        });
    rtc.write(Rtc.CC0, 16384);
    rtc.write(Rtc.INTENSET, Rtc.INT_COMPARE0);
    chip.nvic().enable(Rtc.RTC1_IRQ);
    rtc.write(Rtc.TASKS_START, 1);

    boolean halted =
        chip.run(
            Scheduler.millis(2100),
            () -> {
              while (true) {
                cpu.wfi();
              }
            });
    assertTrue(halted);
    assertEquals(4, led.changes());
    assertTrue(led.isOn()); // active low: the pin is low again after four toggles
    assertTrue(cpu.sleepCycles() > Scheduler.millis(2099));
  }

  @Test
  void rtcCompareFiresOnTheExactTickWithoutDrift() {
    cpu.setHandler(
        Rtc.RTC1_IRQ,
        irq -> {
          times.add(cpu.now());
          rtc.write(Rtc.EVENTS_COMPARE0, 0);
          rtc.write(Rtc.CC0, (rtc.read(Rtc.CC0) + 3) & Rtc.COUNTER_MASK);
        });
    rtc.write(Rtc.CC0, 3);
    rtc.write(Rtc.INTENSET, Rtc.INT_COMPARE0);
    chip.nvic().enable(Rtc.RTC1_IRQ);
    rtc.write(Rtc.TASKS_START, 1);
    long origin = cpu.now() - Cpu.ACCESS_CYCLES;
    chip.idle(Scheduler.millis(1));
    // 3 ticks = 3 * 1953.125 cycles, rounded up: 5860, 11719, 17579, ...; the handler starts
    // after the exception entry.
    assertEquals(origin + 5860 + Cpu.ENTRY_CYCLES, times.get(0));
    assertEquals(origin + 11719 + Cpu.ENTRY_CYCLES, times.get(1));
    assertEquals(origin + 17579 + Cpu.ENTRY_CYCLES, times.get(2));
    assertEquals(32768 * Scheduler.millis(1) / Scheduler.HZ / 3, times.size());
  }

  @Test
  void rtcCountsAt32768HzWithPrescaler() {
    rtc.write(Rtc.PRESCALER, 3);
    rtc.write(Rtc.TASKS_START, 1);
    chip.idle(Scheduler.millis(1000));
    assertEquals(8192, rtc.read(Rtc.COUNTER), 1);
  }

  @Test
  void rtcOverflowWrapsThe24BitCounter() {
    cpu.setHandler(
        Rtc.RTC1_IRQ,
        irq -> {
          times.add(cpu.now());
          rtc.write(Rtc.EVENTS_OVRFLW, 0);
        });
    rtc.write(Rtc.INTENSET, Rtc.INT_OVRFLW);
    chip.nvic().enable(Rtc.RTC1_IRQ);
    rtc.write(Rtc.TASKS_TRIGOVRFLW, 1);
    rtc.write(Rtc.TASKS_START, 1);
    chip.idle(Scheduler.millis(1));
    assertEquals(1, times.size());
    assertTrue(rtc.read(Rtc.COUNTER) < 32);
  }

  @Test
  void uncleredRtcEventIsAnInterruptStorm() {
    List<Integer> count = new ArrayList<>();
    cpu.setHandler(Rtc.RTC1_IRQ, irq -> count.add(irq)); // never clears EVENTS_COMPARE0
    cpu.setStormLimit(1000);
    rtc.write(Rtc.CC0, 1);
    rtc.write(Rtc.INTENSET, Rtc.INT_COMPARE0);
    chip.nvic().enable(Rtc.RTC1_IRQ);
    rtc.write(Rtc.TASKS_START, 1);
    InterruptStormException storm =
        assertThrows(InterruptStormException.class, () -> chip.idle(Scheduler.millis(1)));
    assertEquals(Rtc.RTC1_IRQ, storm.irq());
    assertTrue(storm.getMessage().contains("RTC1"), storm.getMessage());
    assertEquals(1000, count.size());
  }

  @Test
  void sysTickPeriodIsReloadPlusOne() {
    RegisterBlock scs = chip.scs();
    cpu.setHandler(Nvic.SYSTICK_IRQ, irq -> times.add(cpu.now()));
    scs.write(SystemControlSpace.SYST_RVR, 63_999); // 1 ms
    scs.write(SystemControlSpace.SYST_CVR, 0);
    scs.write(
        SystemControlSpace.SYST_CSR,
        SysTick.CSR_ENABLE | SysTick.CSR_TICKINT | SysTick.CSR_CLKSOURCE);
    long writeTime = cpu.now() - Cpu.ACCESS_CYCLES;
    chip.idle(Scheduler.millis(5) + 100);
    assertEquals(5, times.size());
    assertEquals(writeTime + 64_000 + Cpu.ENTRY_CYCLES, times.get(0));
    assertEquals(64_000, times.get(1) - times.get(0));
    assertTrue((scs.read(SystemControlSpace.SYST_CSR) & SysTick.CSR_COUNTFLAG) != 0);
    assertEquals(0, scs.read(SystemControlSpace.SYST_CSR) & SysTick.CSR_COUNTFLAG);
  }

  @Test
  void sysTickCurrentValueCountsDown() {
    RegisterBlock scs = chip.scs();
    scs.write(SystemControlSpace.SYST_RVR, SysTick.MAX_RELOAD);
    scs.write(SystemControlSpace.SYST_CVR, 0);
    scs.write(SystemControlSpace.SYST_CSR, SysTick.CSR_ENABLE);
    int first = scs.read(SystemControlSpace.SYST_CVR);
    cpu.step(1000);
    int second = scs.read(SystemControlSpace.SYST_CVR);
    assertEquals(1000 + Cpu.ACCESS_CYCLES, first - second);
  }

  @Test
  void wfiWakesOnPendingEvenWhenPrimaskMasks() {
    List<String> log = new ArrayList<>();
    cpu.setHandler(Rtc.RTC1_IRQ, irq -> {
      log.add("handler");
      rtc.write(Rtc.EVENTS_COMPARE0, 0);
    });
    rtc.write(Rtc.CC0, 10);
    rtc.write(Rtc.INTENSET, Rtc.INT_COMPARE0);
    chip.nvic().enable(Rtc.RTC1_IRQ);
    rtc.write(Rtc.TASKS_START, 1);
    cpu.free(
        cs -> {
          cpu.wfi();
          log.add("woke masked pending=" + chip.nvic().isPending(Rtc.RTC1_IRQ));
        });
    assertEquals(List.of("woke masked pending=true", "handler"), log);
  }

  @Test
  void wfiDoesNotWakeForADisabledLine() {
    rtc.write(Rtc.CC0, 10);
    rtc.write(Rtc.INTENSET, Rtc.INT_COMPARE0);
    rtc.write(Rtc.TASKS_START, 1); // line never enabled at the NVIC
    boolean halted = chip.run(Scheduler.millis(10), cpu::wfi);
    assertTrue(halted);
    assertTrue(chip.nvic().isPending(Rtc.RTC1_IRQ));
  }

  @Test
  void wfiInAHandlerWakesOnlyForAHigherPriority() {
    List<String> log = new ArrayList<>();
    Nvic nvic = chip.nvic();
    nvic.setPriority(20, 3);
    nvic.setPriority(21, 5);
    nvic.enable(21);
    nvic.enable(Rtc.RTC1_IRQ);
    nvic.setPriority(Rtc.RTC1_IRQ, 1);
    cpu.setHandler(Rtc.RTC1_IRQ, irq -> {
      log.add("rtc");
      rtc.write(Rtc.EVENTS_COMPARE0, 0);
    });
    cpu.setHandler(21, irq -> log.add("low"));
    cpu.setHandler(
        20,
        irq -> {
          nvic.setPending(21); // lower priority: does not wake WFI here
          cpu.wfi(); // woken by RTC1 (priority 1)
          log.add("woke at " + rtc.read(Rtc.COUNTER));
        });
    nvic.enable(20);
    rtc.write(Rtc.CC0, 5);
    rtc.write(Rtc.INTENSET, Rtc.INT_COMPARE0);
    rtc.write(Rtc.TASKS_START, 1);
    nvic.setPending(20);
    assertEquals(List.of("rtc", "woke at 5", "low"), log);
  }

  @Test
  void wfiWithNothingScheduledWouldSleepForever() {
    SimulationHalted halted = assertThrows(SimulationHalted.class, cpu::wfi);
    assertFalse(halted.deadlineReached());
  }

  @Test
  void stepFiresEventsAtTheirOwnTimeAndHandlerTimeIsExtra() {
    cpu.setHandler(Rtc.RTC1_IRQ, irq -> {
      times.add(cpu.now());
      rtc.write(Rtc.INTENCLR, Rtc.INT_COMPARE0);
    });
    rtc.write(Rtc.CC0, 1);
    rtc.write(Rtc.INTENSET, Rtc.INT_COMPARE0);
    chip.nvic().enable(Rtc.RTC1_IRQ);
    rtc.write(Rtc.TASKS_START, 1);
    long origin = cpu.now() - Cpu.ACCESS_CYCLES;
    long before = cpu.now();
    cpu.step(10_000);
    assertEquals(origin + 1954 + Cpu.ENTRY_CYCLES, times.get(0));
    long handlerCycles = Cpu.ENTRY_CYCLES + Cpu.ACCESS_CYCLES + Cpu.EXIT_CYCLES;
    assertEquals(before + 10_000 + handlerCycles, cpu.now());
  }
}
