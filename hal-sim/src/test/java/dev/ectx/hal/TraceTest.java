package dev.ectx.hal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ectx.hal.cpu.Cpu;
import dev.ectx.hal.mmio.RegisterBlock;
import dev.ectx.hal.periph.Gpio;
import dev.ectx.hal.periph.Rng;
import dev.ectx.hal.periph.Rtc;
import dev.ectx.hal.periph.Uarte;
import dev.ectx.hal.sched.Scheduler;
import dev.ectx.hal.trace.VcdReader;
import dev.ectx.hal.trace.VcdWriter;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** VCD traces read back, and determinism: same seed, same bytes; another seed, another run. */
class TraceTest {
  /** One run of a busy workload; returns the VCD text and the order in which IRQs were taken. */
  private static Run run(long seed) {
    Chip chip = Chip.builder().seed(seed).jitterCycles(2_000).build();
    Cpu cpu = chip.cpu();
    StringWriter text = new StringWriter();
    VcdWriter vcd =
        new VcdWriter(text)
            .pin(13, "led")
            .pin(14, "rng_bit")
            .irq(Rtc.RTC1_IRQ, "RTC1")
            .irq(Uarte.IRQ, "UARTE0")
            .irq(Rng.IRQ, "RNG")
            .sleep();
    chip.startTrace(vcd);
    List<Integer> order = new ArrayList<>();
    RegisterBlock rtc = chip.rtc1().registers();
    RegisterBlock p0 = chip.gpio().registers();
    RegisterBlock uart = chip.uarte0().registers();
    RegisterBlock rng = chip.rng().registers();
    p0.write(Gpio.DIRSET, (1 << 13) | (1 << 14));
    cpu.setHandler(
        Rtc.RTC1_IRQ,
        irq -> {
          order.add(irq);
          rtc.write(Rtc.EVENTS_COMPARE0, 0);
          rtc.write(Rtc.CC0, (rtc.read(Rtc.CC0) + 33) & Rtc.COUNTER_MASK);
          p0.write(Gpio.OUT, p0.read(Gpio.OUT) ^ (1 << 13));
        });
    cpu.setHandler(
        Rng.IRQ,
        irq -> {
          order.add(irq);
          rng.write(Rng.EVENTS_VALRDY, 0);
          int bit = rng.read(Rng.VALUE) & 1;
          p0.write(bit != 0 ? Gpio.OUTSET : Gpio.OUTCLR, 1 << 14);
        });
    cpu.setHandler(
        Uarte.IRQ,
        irq -> {
          order.add(irq);
          uart.write(Uarte.EVENTS_ENDTX, 0);
          byte[] buffer = uart.takeDmaBuffer(Uarte.TXD_PTR);
          uart.setDmaBuffer(Uarte.TXD_PTR, buffer);
          uart.write(Uarte.TASKS_STARTTX, 1);
        });
    chip.nvic().setPriority(Uarte.IRQ, 2);
    rtc.write(Rtc.CC0, 33);
    rtc.write(Rtc.INTENSET, Rtc.INT_COMPARE0);
    rng.write(Rng.INTENSET, Rng.INT_VALRDY);
    uart.write(Uarte.ENABLE, Uarte.ENABLE_UARTE);
    uart.write(Uarte.BAUDRATE, Uarte.BAUD_1M);
    uart.write(Uarte.INTENSET, Uarte.INT_ENDTX);
    chip.nvic().enable(Rtc.RTC1_IRQ);
    chip.nvic().enable(Rng.IRQ);
    chip.nvic().enable(Uarte.IRQ);
    rtc.write(Rtc.TASKS_START, 1);
    rng.write(Rng.TASKS_START, 1);
    uart.setDmaBuffer(Uarte.TXD_PTR, new byte[] {'x', 'y'});
    uart.write(Uarte.TXD_MAXCNT, 2);
    uart.write(Uarte.TASKS_STARTTX, 1);
    chip.idle(Scheduler.millis(20));
    vcd.close();
    return new Run(text.toString(), order);
  }

  private record Run(String vcd, List<Integer> order) {}

  @Test
  void sameSeedGivesAByteIdenticalTrace() {
    Run first = run(11);
    Run second = run(11);
    assertTrue(first.vcd().length() > 10_000, "a busy trace");
    assertEquals(first.vcd(), second.vcd());
    assertEquals(first.order(), second.order());
  }

  @Test
  void anotherSeedGivesAnotherInterleaving() {
    Run first = run(11);
    Run other = run(12);
    assertNotEquals(first.order(), other.order());
    assertNotEquals(first.vcd(), other.vcd());
  }

  @Test
  void traceReadsBackWithTheBlinkEdges() throws IOException {
    Chip chip = Chip.builder().build();
    Cpu cpu = chip.cpu();
    StringWriter text = new StringWriter();
    VcdWriter vcd = new VcdWriter(text).pin(13, "led").irq(Rtc.RTC1_IRQ, "RTC1").sleep();
    RegisterBlock rtc = chip.rtc1().registers();
    RegisterBlock p0 = chip.gpio().registers();
    p0.write(Gpio.DIRSET, 1 << 13);
    chip.startTrace(vcd);
    cpu.setHandler(
        Rtc.RTC1_IRQ,
        irq -> {
          rtc.write(Rtc.EVENTS_COMPARE0, 0);
          rtc.write(Rtc.CC0, (rtc.read(Rtc.CC0) + 32768) & Rtc.COUNTER_MASK);
          p0.write(Gpio.OUT, p0.read(Gpio.OUT) ^ (1 << 13));
        });
    rtc.write(Rtc.CC0, 32768);
    rtc.write(Rtc.INTENSET, Rtc.INT_COMPARE0);
    chip.nvic().enable(Rtc.RTC1_IRQ);
    rtc.write(Rtc.TASKS_START, 1);
    long origin = cpu.now() - Cpu.ACCESS_CYCLES;
    chip.idle(Scheduler.millis(4_500));
    vcd.close();

    VcdReader trace = VcdReader.read(new StringReader(text.toString()));
    assertEquals(List.of("led", "irq17_RTC1", "isr17_RTC1", "sleep"), trace.signals());
    long second = Scheduler.HZ * VcdWriter.PS_PER_CYCLE;
    List<Long> rises = trace.risingEdges("led");
    List<Long> falls = trace.fallingEdges("led");
    assertEquals(2, rises.size());
    assertEquals(2, falls.size());
    // The LED toggles once a second: rising at 1 s and 3 s, falling at 2 s and 4 s.
    assertEquals(second, falls.get(0) - rises.get(0), VcdWriter.PS_PER_CYCLE * 10);
    assertEquals(2 * second, rises.get(1) - rises.get(0));
    // The RTC's request rises exactly on the compare tick; the handler starts after it.
    long compare = (origin + Scheduler.HZ) * VcdWriter.PS_PER_CYCLE;
    assertEquals(compare, trace.risingEdges("irq17_RTC1").get(0));
    assertEquals(compare, trace.risingEdges("isr17_RTC1").get(0));
    assertTrue(rises.get(0) > compare);
    assertEquals(4, trace.risingEdges("isr17_RTC1").size());
    assertEquals(5, trace.fallingEdges("sleep").size(), "woken per compare, and at the end");
  }
}
