package dev.ectx.boards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ectx.apps.BlinkApp;
import dev.ectx.hal.Chip;
import dev.ectx.hal.sched.Scheduler;
import dev.ectx.hal.trace.VcdReader;
import dev.ectx.hal.trace.VcdWriter;
import dev.ectx.kernel.FaultPolicy;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlinkTest {
  @Test
  void ledTogglesEveryPeriodInTheTrace() throws Exception {
    SimBoard board = new SimBoard(Chip.builder().seed(1).build(), true);
    StringWriter text = new StringWriter();
    VcdWriter vcd = new VcdWriter(text).pin(SimBoard.ledPin(0), "led1");
    board.sim().startTrace(vcd);
    board.load("blink", new BlinkApp(0, 500), FaultPolicy.stop());

    board.runFor(Scheduler.millis(2100));
    vcd.close();
    board.shutdown();

    VcdReader trace = VcdReader.read(new StringReader(text.toString()));
    List<Long> on = trace.fallingEdges("led1");
    List<Long> off = trace.risingEdges("led1");
    assertEquals(2, on.size(), "LED on at 0.5 s and 1.5 s: " + on);
    assertEquals(2, off.size(), "LED off at 1.0 s and 2.0 s: " + off);
    long[] expectedMillis = {500, 1500};
    for (int i = 0; i < 2; i++) {
      long at = on.get(i) / VcdWriter.PS_PER_CYCLE;
      long due = Scheduler.millis(expectedMillis[i]);
      assertTrue(at >= due, "never early: " + at + " < " + due);
      assertTrue(at - due < Scheduler.micros(200), "late by " + (at - due) + " cycles");
    }
  }
}
