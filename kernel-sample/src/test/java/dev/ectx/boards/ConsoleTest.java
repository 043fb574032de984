package dev.ectx.boards;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ectx.apps.ConsoleEchoApp;
import dev.ectx.kernel.FaultPolicy;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ConsoleTest {
  @Test
  void echoesTenThousandBytesInBurstsAtOneMegabaudInOrder() {
    try (BoardRun run = new BoardRun()) {
      run.board.load("echo", new ConsoleEchoApp(), FaultPolicy.stop());
      byte[] sent = new byte[10_000];
      new Random(5).nextBytes(sent);
      int burst = 500;
      for (int offset = 0; offset < sent.length; offset += burst) {
        byte[] chunk = java.util.Arrays.copyOfRange(sent, offset, offset + burst);
        run.at(10 + offset / burst * 20L, "burst", () -> run.board.sim().uarte0().receive(chunk));
      }
      run.runMillis(600);

      assertEquals(0, run.board.console().droppedBytes());
      assertArrayEquals(sent, run.board.sim().uarte0().transmitted());
    }
  }

  @Test
  void twoProcessesWritingShareTheUartWithoutMixingTheirLines() {
    try (BoardRun run = new BoardRun()) {
      run.board.load("a", port -> writeLines(port, "alpha"), FaultPolicy.stop());
      run.board.load("b", port -> writeLines(port, "bravo"), FaultPolicy.stop());
      run.runMillis(50);

      String out = run.consoleLines();
      for (int i = 0; i < 20; i++) {
        assertEquals(true, out.contains("alpha " + i + "\n"), out);
        assertEquals(true, out.contains("bravo " + i + "\n"), out);
      }
    }
  }

  private static void writeLines(dev.ectx.kernel.UserspacePort port, String name) {
    dev.ectx.apps.Libtock tock = new dev.ectx.apps.Libtock(port);
    for (int i = 0; i < 20; i++) {
      tock.print(name + " " + i + "\n");
    }
  }
}
