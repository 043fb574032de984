package dev.ectx.hal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ectx.hal.cpu.Cpu;
import dev.ectx.hal.cpu.HardFault;
import dev.ectx.hal.mmio.RegisterBlock;
import dev.ectx.hal.periph.Spim;
import dev.ectx.hal.periph.TemperatureSensor;
import dev.ectx.hal.periph.Twim;
import dev.ectx.hal.sched.Scheduler;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SPIM0 and TWIM0 (with the temperature sensor), their shared instance, and their faults. */
class SerialBusTest {
  private final Chip chip = Chip.builder().seed(2).build();
  private final Cpu cpu = chip.cpu();
  private final RegisterBlock spim = chip.spim0().registers();
  private final RegisterBlock twim = chip.twim0().registers();
  private final TemperatureSensor sensor = new TemperatureSensor();
  private final List<String> events = new ArrayList<>();

  private void spimInterrupts() {
    spim.write(Spim.ENABLE, Spim.ENABLE_SPIM);
    spim.write(Spim.INTENSET, Spim.INT_END);
    cpu.setHandler(
        Spim.IRQ,
        irq -> {
          spim.write(Spim.EVENTS_END, 0);
          events.add("END@" + cpu.now());
        });
    chip.nvic().enable(Spim.IRQ);
  }

  private void twimInterrupts() {
    chip.twim0().attach(TemperatureSensor.ADDRESS, sensor);
    twim.write(Twim.ENABLE, Twim.ENABLE_TWIM);
    twim.write(Twim.FREQUENCY, Twim.FREQ_K400);
    twim.write(Twim.INTENSET, Twim.INT_STOPPED | Twim.INT_ERROR);
    cpu.setHandler(
        Twim.IRQ,
        irq -> {
          if (twim.read(Twim.EVENTS_ERROR) != 0) {
            twim.write(Twim.EVENTS_ERROR, 0);
            events.add("ERROR " + twim.read(Twim.ERRORSRC));
            twim.write(Twim.TASKS_STOP, 1); // a driver stops after an error
          }
          if (twim.read(Twim.EVENTS_STOPPED) != 0) {
            twim.write(Twim.EVENTS_STOPPED, 0);
            events.add("STOPPED");
          }
        });
    chip.nvic().enable(Twim.IRQ);
  }

  /** Reads a sensor register the way drivers do: write the register number, then read. */
  private void readRegister(int address, int register, byte[] result) {
    twim.write(Twim.ADDRESS, address);
    twim.setDmaBuffer(Twim.TXD_PTR, new byte[] {(byte) register});
    twim.write(Twim.TXD_MAXCNT, 1);
    twim.setDmaBuffer(Twim.RXD_PTR, result);
    twim.write(Twim.RXD_MAXCNT, result.length);
    twim.write(Twim.SHORTS, Twim.SHORT_LASTTX_STARTRX | Twim.SHORT_LASTRX_STOP);
    twim.write(Twim.TASKS_STARTTX, 1);
  }

  @Test
  void spiTransferExchangesBytesWithTheDeviceAtTheBusClock() {
    spimInterrupts();
    chip.spim0().attach(mosi -> mosi ^ 0xFF);
    spim.write(Spim.FREQUENCY, Spim.FREQ_8M);
    spim.setDmaBuffer(Spim.TXD_PTR, new byte[] {1, 2, 3});
    spim.write(Spim.TXD_MAXCNT, 3);
    spim.setDmaBuffer(Spim.RXD_PTR, new byte[4]);
    spim.write(Spim.RXD_MAXCNT, 4);
    spim.write(Spim.TASKS_START, 1);
    long start = cpu.now() - Cpu.ACCESS_CYCLES;
    chip.idle(Scheduler.millis(1));
    // 4 bytes of 8 bits at 8 MHz: 4 us = 256 cycles.
    assertEquals(List.of("END@" + (start + 256 + Cpu.ENTRY_CYCLES + Cpu.ACCESS_CYCLES)), events);
    assertArrayEquals(
        new byte[] {(byte) 0xFE, (byte) 0xFD, (byte) 0xFC, 0x00},
        spim.takeDmaBuffer(Spim.RXD_PTR),
        "the fourth byte sent ORC 0xFF");
    assertEquals(3, spim.read(Spim.TXD_AMOUNT));
  }

  @Test
  void spiBusErrorEndsTheTransferEarly() {
    spimInterrupts();
    chip.spim0().injectBusError(2);
    spim.setDmaBuffer(Spim.TXD_PTR, new byte[8]);
    spim.write(Spim.TXD_MAXCNT, 8);
    spim.setDmaBuffer(Spim.RXD_PTR, new byte[8]);
    spim.write(Spim.RXD_MAXCNT, 8);
    spim.write(Spim.TASKS_START, 1);
    chip.idle(Scheduler.millis(1));
    assertEquals(1, events.size());
    assertEquals(2, spim.read(Spim.RXD_AMOUNT));
    assertEquals(8, spim.takeDmaBuffer(Spim.RXD_PTR).length, "the buffer comes back");
  }

  @Test
  void temperatureSensorReadsOverTwim() {
    twimInterrupts();
    sensor.setTemperature(23_500);
    byte[] result = new byte[2];
    readRegister(TemperatureSensor.ADDRESS, TemperatureSensor.REG_TEMPERATURE, result);
    long start = cpu.now();
    chip.idle(Scheduler.millis(1));
    assertEquals(List.of("STOPPED"), events);
    byte[] back = twim.takeDmaBuffer(Twim.RXD_PTR);
    assertEquals(23_500, TemperatureSensor.decode((back[0] & 0xFF) << 8 | back[1] & 0xFF));
    assertEquals(2, twim.read(Twim.RXD_AMOUNT));
    assertTrue(cpu.now() > start);
    twim.takeDmaBuffer(Twim.TXD_PTR);

    byte[] id = new byte[2];
    readRegister(TemperatureSensor.ADDRESS, TemperatureSensor.REG_ID, id);
    chip.idle(Scheduler.millis(1));
    byte[] idBack = twim.takeDmaBuffer(Twim.RXD_PTR);
    assertEquals(TemperatureSensor.ID, (idBack[0] & 0xFF) << 8 | idBack[1] & 0xFF);
  }

  @Test
  void negativeTemperaturesRoundTrip() {
    assertEquals(-10_250, TemperatureSensor.decode(TemperatureSensor.encode(-10_250)));
  }

  @Test
  void wrongAddressIsNacked() {
    twimInterrupts();
    readRegister(0x49, TemperatureSensor.REG_TEMPERATURE, new byte[2]);
    chip.idle(Scheduler.millis(1));
    assertEquals(List.of("ERROR " + Twim.ERROR_ANACK, "STOPPED"), events);
    assertEquals(0, sensor.bytesRead());
    assertEquals(2, twim.takeDmaBuffer(Twim.RXD_PTR).length, "the buffer comes back");
  }

  @Test
  void injectedNacksAndBusErrorsAreReported() {
    twimInterrupts();
    chip.twim0().injectAddressNack();
    readRegister(TemperatureSensor.ADDRESS, 0, new byte[2]);
    chip.idle(Scheduler.millis(1));
    twim.takeDmaBuffer(Twim.TXD_PTR);
    twim.takeDmaBuffer(Twim.RXD_PTR);
    twim.write(Twim.ERRORSRC, -1);

    chip.twim0().injectDataNack(0);
    readRegister(TemperatureSensor.ADDRESS, 0, new byte[2]);
    chip.idle(Scheduler.millis(1));
    twim.takeDmaBuffer(Twim.TXD_PTR);
    twim.takeDmaBuffer(Twim.RXD_PTR);
    twim.write(Twim.ERRORSRC, -1);

    chip.twim0().injectBusError();
    readRegister(TemperatureSensor.ADDRESS, 0, new byte[2]);
    chip.idle(Scheduler.millis(1));
    assertEquals(
        List.of(
            "ERROR " + Twim.ERROR_ANACK,
            "STOPPED",
            "ERROR " + Twim.ERROR_DNACK,
            "STOPPED",
            "ERROR " + Twim.ERROR_BUS,
            "STOPPED"),
        events);
  }

  @Test
  void unknownSensorRegisterIsDataNacked() {
    twimInterrupts();
    readRegister(TemperatureSensor.ADDRESS, 0x33, new byte[2]);
    chip.idle(Scheduler.millis(1));
    assertEquals(List.of("ERROR " + Twim.ERROR_DNACK, "STOPPED"), events);
  }

  @Test
  void spimAndTwimShareOneInstance() {
    twim.write(Twim.ENABLE, Twim.ENABLE_TWIM);
    assertThrows(HardFault.class, () -> spim.write(Spim.ENABLE, Spim.ENABLE_SPIM));
    assertEquals(Twim.ENABLE_TWIM, chip.bus().read(Twim.BASE + Twim.ENABLE));
    twim.write(Twim.ENABLE, 0);
    spim.write(Spim.ENABLE, Spim.ENABLE_SPIM);
    assertEquals(Spim.ENABLE_SPIM, chip.bus().read(Spim.BASE + Spim.ENABLE));
  }

  @Test
  void stuckBusySpimNeverEnds() {
    spimInterrupts();
    chip.spim0().setStuckBusy(true);
    spim.write(Spim.TASKS_START, 1);
    chip.idle(Scheduler.millis(10));
    assertTrue(events.isEmpty());
  }
}
