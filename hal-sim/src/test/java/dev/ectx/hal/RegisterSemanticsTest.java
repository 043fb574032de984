package dev.ectx.hal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ectx.hal.cpu.Cpu;
import dev.ectx.hal.cpu.HardFault;
import dev.ectx.hal.cpu.InterruptStormException;
import dev.ectx.hal.mmio.RegisterBlock;
import dev.ectx.hal.periph.Button;
import dev.ectx.hal.periph.Gpio;
import dev.ectx.hal.periph.Gpiote;
import dev.ectx.hal.periph.Rng;
import dev.ectx.hal.periph.Rtc;
import dev.ectx.hal.sched.Scheduler;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The nRF register idiom: tasks, events, INTEN, the IRQ line, and GPIO/GPIOTE. */
class RegisterSemanticsTest {
  private final Chip chip = Chip.builder().seed(3).build();
  private final Cpu cpu = chip.cpu();
  private final RegisterBlock rng = chip.rng().registers();
  private final List<Integer> handled = new ArrayList<>();

  @Test
  void taskStartsAndHardwareSetsTheEvent() {
    assertEquals(0, rng.read(Rng.EVENTS_VALRDY));
    rng.write(Rng.TASKS_START, 1);
    chip.idle(Scheduler.micros(Rng.VALUE_MICROS) + 10);
    assertEquals(1, rng.read(Rng.EVENTS_VALRDY));
  }

  @Test
  void writingZeroClearsAnEventAndOneSetsIt() {
    rng.write(Rng.EVENTS_VALRDY, 1);
    assertEquals(1, rng.read(Rng.EVENTS_VALRDY));
    rng.write(Rng.EVENTS_VALRDY, 0);
    assertEquals(0, rng.read(Rng.EVENTS_VALRDY));
  }

  @Test
  void irqLineIsEventAndEnabled() {
    rng.write(Rng.EVENTS_VALRDY, 1);
    assertFalse(chip.nvic().isPending(Rng.IRQ), "INTEN clear: no request");
    rng.write(Rng.INTENSET, Rng.INT_VALRDY);
    assertTrue(chip.nvic().isPending(Rng.IRQ));
    assertEquals(Rng.INT_VALRDY, rng.read(Rng.INTEN));
    rng.write(Rng.INTENCLR, Rng.INT_VALRDY);
    assertFalse(chip.nvic().isPending(Rng.IRQ));
    rng.write(Rng.INTENSET, Rng.INT_VALRDY);
    rng.write(Rng.EVENTS_VALRDY, 0);
    assertFalse(chip.nvic().isPending(Rng.IRQ), "event cleared: line low");
  }

  @Test
  void clearedEventTakesTheInterruptOnceAndUnclearedOneStorms() {
    cpu.setHandler(
        Rng.IRQ,
        irq -> {
          handled.add(rng.read(Rng.VALUE));
          rng.write(Rng.EVENTS_VALRDY, 0);
        });
    rng.write(Rng.SHORTS, Rng.SHORT_VALRDY_STOP);
    rng.write(Rng.INTENSET, Rng.INT_VALRDY);
    chip.nvic().enable(Rng.IRQ);
    rng.write(Rng.TASKS_START, 1);
    chip.idle(Scheduler.millis(1));
    assertEquals(1, handled.size());

    cpu.setHandler(Rng.IRQ, irq -> handled.add(irq));
    cpu.setStormLimit(500);
    rng.write(Rng.TASKS_START, 1);
    assertThrows(InterruptStormException.class, () -> chip.idle(Scheduler.millis(1)));
    assertEquals(1 + 500, handled.size());
  }

  @Test
  void ackingTheNvicDoesNotLowerAPeripheralLine() {
    rng.write(Rng.INTENSET, Rng.INT_VALRDY);
    rng.write(Rng.EVENTS_VALRDY, 1);
    chip.nvic().clearPending(Rng.IRQ);
    assertTrue(chip.nvic().isPending(Rng.IRQ));
  }

  @Test
  void unknownRegistersAndAddressesFault() {
    assertThrows(HardFault.class, () -> rng.write(0x700, 1));
    assertThrows(HardFault.class, () -> chip.bus().read(0x4002_F000));
    assertEquals(0, chip.bus().read(Rtc.RTC1_BASE + Rtc.COUNTER));
  }

  @Test
  void gpioteEventOnTheConfiguredEdgeOfAButton() {
    RegisterBlock p0 = chip.gpio().registers();
    RegisterBlock gpiote = chip.gpiote().registers();
    p0.write(Gpio.PIN_CNF0 + 4 * 11, Gpio.PULL_UP);
    Button button = chip.gpio().attachButton(11, true);
    gpiote.write(
        Gpiote.CONFIG0 + 4, Gpiote.config(Gpiote.MODE_EVENT, 11, Gpiote.POLARITY_HI_TO_LO));
    gpiote.write(Gpiote.INTENSET, 1 << 1);
    cpu.setHandler(
        Gpiote.IRQ,
        irq -> {
          handled.add(p0.read(Gpio.IN) >>> 11 & 1);
          gpiote.write(Gpiote.EVENTS_IN0 + 4, 0);
        });
    chip.nvic().enable(Gpiote.IRQ);
    assertEquals(1, p0.read(Gpio.IN) >>> 11 & 1, "pull-up");
    button.clickAt(chip.scheduler(), Scheduler.millis(1), Scheduler.millis(5));
    button.clickAt(chip.scheduler(), Scheduler.millis(20), Scheduler.millis(5));
    chip.idle(Scheduler.millis(50));
    assertEquals(List.of(0, 0), handled, "one falling edge per press, none on release");
  }

  @Test
  void gpioOutputsDriveLedsAndGpioteTasksDrivePins() {
    RegisterBlock p0 = chip.gpio().registers();
    var led = chip.gpio().attachLed(17, true);
    p0.write(Gpio.DIRSET, 1 << 17);
    p0.write(Gpio.OUTSET, 1 << 17);
    assertFalse(led.isOn());
    p0.write(Gpio.OUTCLR, 1 << 17);
    assertTrue(led.isOn());
    RegisterBlock gpiote = chip.gpiote().registers();
    gpiote.write(
        Gpiote.CONFIG0 + 8,
        Gpiote.config(Gpiote.MODE_TASK, 17, Gpiote.POLARITY_TOGGLE) | Gpiote.OUTINIT_HIGH);
    assertFalse(led.isOn());
    gpiote.write(Gpiote.TASKS_OUT0 + 8, 1);
    assertTrue(led.isOn());
    gpiote.write(Gpiote.TASKS_SET0 + 8, 1);
    assertFalse(led.isOn());
    assertEquals(5, led.changes());
  }

  @Test
  void stuckEventCannotBeClearedAndStorms() {
    RegisterBlock rtc = chip.rtc1().registers();
    cpu.setHandler(
        Rtc.RTC1_IRQ,
        irq -> {
          handled.add(irq);
          rtc.write(Rtc.EVENTS_OVRFLW, 0); // the driver does clear it
        });
    rtc.write(Rtc.INTENSET, Rtc.INT_OVRFLW);
    chip.nvic().enable(Rtc.RTC1_IRQ);
    cpu.setStormLimit(100);
    chip.rtc1().stickEvent(Rtc.EVENTS_OVRFLW);
    InterruptStormException storm =
        assertThrows(InterruptStormException.class, () -> cpu.step(10));
    assertTrue(storm.getMessage().contains("RTC1 (IRQ 17)"), storm.getMessage());
    chip.rtc1().unstickEvents();
    rtc.write(Rtc.EVENTS_OVRFLW, 0);
    assertEquals(0, rtc.read(Rtc.EVENTS_OVRFLW));
  }

  @Test
  void rngValuesFollowTheSeed() {
    assertEquals(values(5), values(5));
    assertFalse(values(5).equals(values(6)));
  }

  private static List<Integer> values(long seed) {
    Chip c = Chip.builder().seed(seed).build();
    RegisterBlock r = c.rng().registers();
    List<Integer> out = new ArrayList<>();
    r.write(Rng.TASKS_START, 1);
    for (int i = 0; i < 8; i++) {
      c.cpu().step(Scheduler.micros(Rng.VALUE_MICROS));
      out.add(r.read(Rng.VALUE));
    }
    return out;
  }
}
