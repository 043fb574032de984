package dev.ectx.boards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ectx.apps.ButtonCounterApp;
import dev.ectx.apps.SensorLoggerApp;
import dev.ectx.apps.SpiLoopbackApp;
import dev.ectx.hal.sched.Scheduler;
import dev.ectx.kernel.FaultPolicy;
import org.junit.jupiter.api.Test;

class AppsTest {
  @Test
  void sensorLoggerPrintsEachReadingAtItsPeriod() {
    try (BoardRun run = new BoardRun()) {
      run.board.sensorDevice().setTemperature(21_500);
      run.at(250, "warm up", () -> run.board.sensorDevice().setTemperature(-3_250));
      run.board.load("logger", new SensorLoggerApp(100), FaultPolicy.stop());

      run.runMillis(205);
      assertEquals("temp=21.50\ntemp=21.50\n", run.consoleLines());
      run.runMillis(100);
      assertEquals("temp=21.50\ntemp=21.50\ntemp=-3.25\n", run.consoleLines());
      assertTrue(run.board.sensor().bufferHome());
    }
  }

  @Test
  void spiLoopbackGetsBackWhatItSentAcrossSeveralDmaChunks() {
    try (BoardRun run = new BoardRun()) {
      run.board.load("spi", new SpiLoopbackApp(300, 3, 10), FaultPolicy.stop());
      run.runMillis(60);

      assertEquals("spi ok 0\nspi ok 1\nspi ok 2\n", run.consoleLines());
      assertTrue(run.board.events().contains("exited with 0"), run.board.events().text());
      assertTrue(run.board.spi().buffersHome());
    }
  }

  @Test
  void buttonCounterCountsEachPressOnceAndTogglesItsLed() {
    try (BoardRun run = new BoardRun()) {
      run.board.load("buttons", new ButtonCounterApp(0, 1), FaultPolicy.stop());
      long hold = Scheduler.millis(5);
      for (int i = 0; i < 3; i++) {
        run.board.button(0).clickAt(run.board.sim().scheduler(), Scheduler.millis(20 + 30 * i), hold);
      }
      run.board.button(1).clickAt(run.board.sim().scheduler(), Scheduler.millis(35), hold);
      run.runMillis(120);

      assertEquals("presses=1\npresses=2\npresses=3\n", run.consoleLines());
      assertEquals(1 + 3, run.board.led(1).changes(), "switched off at boot, then 3 toggles");
      assertTrue(run.board.led(1).isOn());
    }
  }
}
