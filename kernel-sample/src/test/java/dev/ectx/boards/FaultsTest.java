package dev.ectx.boards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ectx.apps.BlinkApp;
import dev.ectx.apps.ButtonCounterApp;
import dev.ectx.apps.FaultyApp;
import dev.ectx.apps.SensorLoggerApp;
import dev.ectx.apps.SpiLoopbackApp;
import dev.ectx.chips.Nrf52Chip;
import dev.ectx.hal.periph.Gpiote;
import dev.ectx.kernel.FaultPolicy;
import dev.ectx.kernel.ProcessId;
import dev.ectx.kernel.ProcessState;
import dev.ectx.kernel.ReturnCode;
import org.junit.jupiter.api.Test;

/** Every fault kind is contained: the kernel and the other processes go on. */
class FaultsTest {
  /** Blink runs beside the faulty one; its LED must keep its schedule. */
  private static void assertBlinkKeptGoing(BoardRun run, long millis) {
    assertEquals(1 + millis / 100, run.board.led(0).changes(), "blink's LED toggles every 100 ms");
  }

  @Test
  void anExceptionRestartsUpToTheThresholdWithNewIdsThenStops() {
    try (BoardRun run = new BoardRun()) {
      run.board.load("blink", new BlinkApp(0, 100), FaultPolicy.stop());
      ProcessId first =
          run.board.load("faulty", new FaultyApp(FaultyApp.Kind.EXCEPTION, 20), FaultPolicy.restartUpTo(2));
      run.runMillis(250);

      assertEquals(3, run.consoleLines().split("faulty start", -1).length - 1, run.uart());
      assertTrue(run.board.events().contains("deliberate exception"), run.board.events().text());
      assertEquals(ProcessState.FAULTED, run.board.kernel().processAt(first.index()).state());
      assertEquals(3, run.board.kernel().processAt(first.index()).faultCount());
      assertNull(run.board.kernel().processFor(first), "the first id is stale after a restart");
      assertEquals(
          ReturnCode.INVAL,
          run.board.kernel().restartProcess(run.board.capabilities().processManagement(), first));
      assertBlinkKeptGoing(run, 250);
    }
  }

  @Test
  void aRestartedProcessIsReachableOnlyThroughItsNewId() {
    try (BoardRun run = new BoardRun()) {
      ProcessId first = run.board.load("blink", new BlinkApp(0, 100), FaultPolicy.stop());
      run.runMillis(50);
      assertEquals(
          ReturnCode.SUCCESS,
          run.board.kernel().restartProcess(run.board.capabilities().processManagement(), first));
      ProcessId second = run.board.kernel().processAt(first.index()).id();

      assertTrue(second.identifier() != first.identifier());
      assertNull(run.board.kernel().processFor(first));
      assertEquals(
          ReturnCode.INVAL,
          run.board.kernel().stopProcess(run.board.capabilities().processManagement(), first));
      assertEquals(
          ReturnCode.SUCCESS,
          run.board.kernel().stopProcess(run.board.capabilities().processManagement(), second));
    }
  }

  @Test
  void anInvalidSystemCallClassIsAFault() {
    try (BoardRun run = new BoardRun()) {
      run.board.load("blink", new BlinkApp(0, 100), FaultPolicy.stop());
      ProcessId faulty =
          run.board.load("faulty", new FaultyApp(FaultyApp.Kind.INVALID_SYSCALL, 10), FaultPolicy.stop());
      run.runMillis(250);

      assertTrue(run.board.events().contains("invalid system call class 9"));
      assertEquals(ProcessState.FAULTED, run.board.kernel().processAt(faulty.index()).state());
      assertTrue(!run.uart().contains("faulty survived"));
      assertBlinkKeptGoing(run, 250);
    }
  }

  @Test
  void invalidArgumentsAreRefusedWithTheirErrorCodesAndABadVariantFaults() {
    try (BoardRun run = new BoardRun()) {
      run.board.load("blink", new BlinkApp(0, 100), FaultPolicy.stop());
      run.board.load("faulty", new FaultyApp(FaultyApp.Kind.INVALID_ARGUMENTS, 10), FaultPolicy.stop());
      run.runMillis(250);

      assertTrue(run.consoleLines().contains("faulty errors NODEVICE INVAL NOMEM\n"), run.uart());
      assertTrue(run.board.events().contains("invalid yield variant 7"));
      assertBlinkKeptGoing(run, 250);
    }
  }

  @Test
  void anSpiBusErrorFailsOneTransferAndHandsBothBuffersBack() {
    try (BoardRun run = new BoardRun()) {
      run.board.load("blink", new BlinkApp(0, 100), FaultPolicy.stop());
      run.board.load("spi", new SpiLoopbackApp(64, 3, 50), FaultPolicy.stop());
      run.at(60, "bus error", () -> run.board.sim().spim0().injectBusError(10));
      run.runMillis(250);

      assertEquals("spi ok 0\nspi bad 1 status 1\nspi ok 2\n", run.consoleLines());
      assertTrue(run.board.spi().buffersHome());
      assertBlinkKeptGoing(run, 250);
    }
  }

  @Test
  void anI2cNackIsReportedAndTheNextReadingWorks() {
    try (BoardRun run = new BoardRun()) {
      run.board.load("blink", new BlinkApp(0, 100), FaultPolicy.stop());
      run.board.load("logger", new SensorLoggerApp(50), FaultPolicy.stop());
      run.at(60, "nack", () -> run.board.sim().twim0().injectAddressNack());
      run.at(110, "bus error", () -> run.board.sim().twim0().injectBusError());
      run.runMillis(210);

      assertEquals(
          "temp=21.00\ntemp=error NOACK\ntemp=error FAIL\ntemp=21.00\n", run.consoleLines());
      assertTrue(run.board.sensor().bufferHome());
      assertBlinkKeptGoing(run, 210);
    }
  }

  @Test
  void anInterruptStormIsQuarantinedAndEverythingElseGoesOn() {
    try (BoardRun run = new BoardRun()) {
      run.board.load("blink", new BlinkApp(0, 100), FaultPolicy.stop());
      run.board.load("buttons", new ButtonCounterApp(0, 1), FaultPolicy.stop());
      run.board.load("logger", new SensorLoggerApp(100), FaultPolicy.stop());
      run.at(50, "stuck GPIOTE event", () -> run.board.sim().gpiote().stickEvent(Gpiote.EVENTS_IN0));
      run.runMillis(250);

      assertTrue(run.board.chip().isQuarantined(Gpiote.IRQ));
      assertTrue(run.board.events().contains("interrupt storm on IRQ " + Gpiote.IRQ));
      assertTrue(run.consoleLines().endsWith("temp=21.00\ntemp=21.00\n"), run.uart());
      assertBlinkKeptGoing(run, 250);
      assertTrue(Nrf52Chip.STORM_LIMIT > 1);
    }
  }
}
