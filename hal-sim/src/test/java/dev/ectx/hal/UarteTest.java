package dev.ectx.hal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ectx.hal.cpu.Cpu;
import dev.ectx.hal.cpu.HardFault;
import dev.ectx.hal.dma.DmaOwnershipException;
import dev.ectx.hal.mmio.RegisterBlock;
import dev.ectx.hal.periph.Uarte;
import dev.ectx.hal.sched.Scheduler;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** UARTE0: DMA transmit and receive, byte timing, errors, and DMA buffer ownership. */
class UarteTest {
  private final Chip chip = Chip.builder().seed(1).build();
  private final Cpu cpu = chip.cpu();
  private final Uarte uarte = chip.uarte0();
  private final RegisterBlock regs = uarte.registers();
  private final List<Long> endTimes = new ArrayList<>();

  UarteTest() {
    regs.write(Uarte.ENABLE, Uarte.ENABLE_UARTE);
    regs.write(Uarte.INTENSET, Uarte.INT_ENDTX | Uarte.INT_ENDRX | Uarte.INT_ERROR);
    cpu.setHandler(
        Uarte.IRQ,
        irq -> {
          if (regs.read(Uarte.EVENTS_ENDTX) != 0) {
            regs.write(Uarte.EVENTS_ENDTX, 0);
            endTimes.add(cpu.now() - Cpu.ENTRY_CYCLES - 2 * Cpu.ACCESS_CYCLES);
          }
          if (regs.read(Uarte.EVENTS_ENDRX) != 0) {
            regs.write(Uarte.EVENTS_ENDRX, 0);
            endTimes.add(-1L);
          }
          if (regs.read(Uarte.EVENTS_ERROR) != 0) {
            regs.write(Uarte.EVENTS_ERROR, 0);
            endTimes.add(-2L);
          }
        });
    chip.nvic().enable(Uarte.IRQ);
  }

  private long transmit(byte[] buffer, int count) {
    regs.setDmaBuffer(Uarte.TXD_PTR, buffer);
    regs.write(Uarte.TXD_MAXCNT, count);
    regs.write(Uarte.TASKS_STARTTX, 1);
    return cpu.now() - Cpu.ACCESS_CYCLES;
  }

  @Test
  void byteTimeAt115200IsTenBitTimes() {
    regs.write(Uarte.BAUDRATE, Uarte.BAUD_115200);
    long start = transmit(new byte[100], 100);
    chip.idle(Scheduler.millis(20));
    // 100 frames of 10 bits at 115200 baud: 8680.56 us = 555,556 cycles (rounded up).
    assertEquals(List.of(start + 555_556), endTimes);
    assertEquals(100, regs.read(Uarte.TXD_AMOUNT));
  }

  @Test
  void byteTimeAt1MbaudIs640Cycles() {
    regs.write(Uarte.BAUDRATE, Uarte.BAUD_1M);
    long start = transmit(new byte[10], 10);
    chip.idle(Scheduler.millis(1));
    assertEquals(List.of(start + 6_400), endTimes);
    assertEquals(640, uarte.cyclesForBytes(1));
  }

  @Test
  void transmittedBytesReachTheWireAndTheBufferComesBack() {
    byte[] buffer = "hello".getBytes(StandardCharsets.US_ASCII);
    transmit(buffer, 5);
    chip.idle(Scheduler.millis(1));
    assertEquals("hello", new String(uarte.transmitted(), StandardCharsets.US_ASCII));
    assertSame(buffer, regs.takeDmaBuffer(Uarte.TXD_PTR));
    assertNull(regs.takeDmaBuffer(Uarte.TXD_PTR));
  }

  @Test
  void maxcntIsEightBitsWide() {
    regs.write(Uarte.TXD_MAXCNT, 300);
    assertEquals(300 & 0xFF, regs.read(Uarte.TXD_MAXCNT));
  }

  @Test
  void receiveFillsTheBufferAndRaisesEndrx() {
    byte[] buffer = new byte[4];
    regs.setDmaBuffer(Uarte.RXD_PTR, buffer);
    regs.write(Uarte.RXD_MAXCNT, 4);
    regs.write(Uarte.TASKS_STARTRX, 1);
    uarte.receive(new byte[] {1, 2, 3, 4, 5});
    chip.idle(Scheduler.millis(1));
    assertEquals(List.of(-1L), endTimes);
    assertEquals(4, regs.read(Uarte.RXD_AMOUNT));
    assertArrayEquals(new byte[] {1, 2, 3, 4}, regs.takeDmaBuffer(Uarte.RXD_PTR));
  }

  @Test
  void stopRxEndsEarlyThenTimesOut() {
    regs.setDmaBuffer(Uarte.RXD_PTR, new byte[16]);
    regs.write(Uarte.RXD_MAXCNT, 16);
    regs.write(Uarte.TASKS_STARTRX, 1);
    uarte.receive(new byte[] {9, 8});
    chip.idle(Scheduler.millis(1));
    regs.write(Uarte.TASKS_STOPRX, 1);
    assertEquals(List.of(-1L), endTimes, "ENDRX handled");
    assertEquals(2, regs.read(Uarte.RXD_AMOUNT));
    assertEquals(0, regs.read(Uarte.EVENTS_RXTO));
    chip.idle(Scheduler.millis(1));
    assertEquals(1, regs.read(Uarte.EVENTS_RXTO));
    byte[] back = regs.takeDmaBuffer(Uarte.RXD_PTR);
    assertEquals(9, back[0]);
    assertEquals(8, back[1]);
  }

  @Test
  void framingErrorRaisesErrorAndDropsTheByte() {
    regs.setDmaBuffer(Uarte.RXD_PTR, new byte[2]);
    regs.write(Uarte.RXD_MAXCNT, 2);
    regs.write(Uarte.TASKS_STARTRX, 1);
    uarte.injectRxError(Uarte.ERROR_FRAMING);
    uarte.receive(new byte[] {1, 2, 3});
    chip.idle(Scheduler.millis(1));
    assertEquals(List.of(-2L, -1L), endTimes);
    assertEquals(Uarte.ERROR_FRAMING, regs.read(Uarte.ERRORSRC));
    regs.write(Uarte.ERRORSRC, Uarte.ERROR_FRAMING);
    assertEquals(0, regs.read(Uarte.ERRORSRC));
    assertArrayEquals(new byte[] {2, 3}, regs.takeDmaBuffer(Uarte.RXD_PTR));
  }

  @Test
  void bytesWithNoReceptionOverrunTheFifo() {
    uarte.receive(new byte[] {1, 2, 3, 4, 5, 6});
    chip.idle(Scheduler.millis(1));
    assertEquals(List.of(-2L, -2L), endTimes);
    assertEquals(Uarte.ERROR_OVERRUN, regs.read(Uarte.ERRORSRC));
    byte[] buffer = new byte[8];
    regs.setDmaBuffer(Uarte.RXD_PTR, buffer);
    regs.write(Uarte.RXD_MAXCNT, 4);
    regs.write(Uarte.TASKS_STARTRX, 1);
    assertArrayEquals(new byte[] {1, 2, 3, 4, 0, 0, 0, 0}, regs.takeDmaBuffer(Uarte.RXD_PTR));
  }

  @Test
  void loopbackReceivesWhatWasSent() {
    uarte.setLoopback(true);
    regs.setDmaBuffer(Uarte.RXD_PTR, new byte[3]);
    regs.write(Uarte.RXD_MAXCNT, 3);
    regs.write(Uarte.TASKS_STARTRX, 1);
    transmit(new byte[] {7, 7, 7}, 3);
    chip.idle(Scheduler.millis(2));
    assertArrayEquals(new byte[] {7, 7, 7}, regs.takeDmaBuffer(Uarte.RXD_PTR));
  }

  @Test
  void touchingAnOwnedBufferIsRejectedAtTheEndEvent() {
    byte[] buffer = new byte[32];
    transmit(buffer, 32);
    buffer[3] = 42; // software writes a buffer the UARTE owns
    DmaOwnershipException e =
        assertThrows(DmaOwnershipException.class, () -> chip.idle(Scheduler.millis(5)));
    assertTrue(e.getMessage().contains("UARTE0.TXD"), e.getMessage());
  }

  @Test
  void takingTheBufferBackBeforeEndtxIsRejected() {
    transmit(new byte[32], 32);
    assertThrows(DmaOwnershipException.class, () -> regs.takeDmaBuffer(Uarte.TXD_PTR));
    chip.idle(Scheduler.millis(5));
    regs.takeDmaBuffer(Uarte.TXD_PTR);
  }

  @Test
  void aBufferIsHeldByOnePointerAndNeverSilentlyReplaced() {
    byte[] buffer = new byte[8];
    regs.setDmaBuffer(Uarte.TXD_PTR, buffer);
    assertThrows(DmaOwnershipException.class, () -> regs.setDmaBuffer(Uarte.RXD_PTR, buffer));
    assertThrows(
        DmaOwnershipException.class,
        () -> chip.spim0().registers().setDmaBuffer(0x544, buffer));
    assertThrows(DmaOwnershipException.class, () -> regs.setDmaBuffer(Uarte.TXD_PTR, new byte[1]));
    assertSame(buffer, regs.takeDmaBuffer(Uarte.TXD_PTR));
    regs.setDmaBuffer(Uarte.RXD_PTR, buffer);
  }

  @Test
  void transferLongerThanItsBufferIsABusFault() {
    regs.setDmaBuffer(Uarte.TXD_PTR, new byte[4]);
    regs.write(Uarte.TXD_MAXCNT, 5);
    assertThrows(HardFault.class, () -> regs.write(Uarte.TASKS_STARTTX, 1));
  }

  @Test
  void stopTxEndsWithThePartialAmount() {
    regs.write(Uarte.BAUDRATE, Uarte.BAUD_1M);
    transmit(new byte[100], 100);
    cpu.step(640 * 10 + 100);
    regs.write(Uarte.TASKS_STOPTX, 1);
    assertEquals(10, regs.read(Uarte.TXD_AMOUNT));
    assertEquals(1, regs.read(Uarte.EVENTS_TXSTOPPED));
    assertEquals(10, uarte.transmitted().length);
  }

  @Test
  void stuckBusyTransmitterNeverEnds() {
    uarte.setStuckBusy(true);
    transmit(new byte[4], 4);
    chip.idle(Scheduler.millis(100));
    assertTrue(endTimes.isEmpty());
    assertThrows(DmaOwnershipException.class, () -> regs.takeDmaBuffer(Uarte.TXD_PTR));
    assertFalse(chip.nvic().isPending(Uarte.IRQ));
  }
}
