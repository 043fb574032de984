package dev.ectx.boards;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ectx.apps.Libtock;
import dev.ectx.apps.SpiLoopbackApp;
import dev.ectx.apps.ConsoleEchoApp;
import dev.ectx.capsules.AlarmDriver;
import dev.ectx.capsules.DriverNumbers;
import dev.ectx.capsules.TemperatureDriver;
import dev.ectx.capsules.VirtualAlarm;
import dev.ectx.hil.AlarmClient;
import dev.ectx.kernel.App;
import dev.ectx.kernel.FaultPolicy;
import dev.ectx.kernel.SyscallReturn;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import java.util.stream.LongStream;

/**
 * 200 seeds of interrupt-timing jitter (up to 4000 cycles added to every peripheral completion),
 * each with every driver busy at once. Invariants: no callback lost or doubled, every buffer
 * handed back, alarms fire in order and never early.
 */
class JitterTest {
  private static final int JITTER_CYCLES = 4000;
  private static final int ALARM_ROUNDS = 12;

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 200);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void invariantsHoldUnderJitter(long seed) {
    try (BoardRun run = new BoardRun(seed, JITTER_CYCLES)) {
      List<String> kernelAlarmErrors = new ArrayList<>();
      int[] kernelAlarmFires = new int[3];
      for (int i = 0; i < 3; i++) {
        kernelAlarmChain(run, i, 7 + 5 * i, kernelAlarmFires, kernelAlarmErrors);
      }
      run.board.load("alarms", alarmChecker(seed), FaultPolicy.stop());
      run.board.load("spi", new SpiLoopbackApp(200, 4, 5), FaultPolicy.stop());
      run.board.load("sensor", sensorReader(6), FaultPolicy.stop());
      run.board.load("echo", new ConsoleEchoApp(), FaultPolicy.stop());
      byte[] sent = ("seed " + seed + " echo check\n").getBytes();
      run.at(3, "typing", () -> run.board.sim().uarte0().receive(sent));
      run.runMillis(70);

      String out = run.consoleLines();
      assertTrue(out.contains("alarms ok " + ALARM_ROUNDS + "\n"), out);
      assertEquals(4, count(out, "spi ok "), out);
      assertEquals(0, count(out, "spi bad"), out);
      assertTrue(out.contains("sensor ok 6\n"), out);
      assertTrue(out.contains(new String(sent)), out);
      assertTrue(run.board.spi().buffersHome(), "SPI DMA buffers back home");
      assertTrue(run.board.sensor().bufferHome(), "I2C buffer back home");
      assertEquals(0, run.board.console().droppedBytes());
      assertEquals(List.of(), kernelAlarmErrors);
      for (int fires : kernelAlarmFires) {
        assertTrue(fires >= 5, "virtual alarm fired " + fires + " times");
      }
      assertTrue(!run.board.events().contains("faulted"), run.board.events().text());
    }
  }

  private static int count(String text, String part) {
    return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
  }

  /** A kernel-side virtual alarm that re-arms itself from its callback and checks each firing. */
  private static void kernelAlarmChain(
      BoardRun run, int index, int dt, int[] fires, List<String> errors) {
    VirtualAlarm alarm = new VirtualAlarm(run.board.alarms());
    int[] due = new int[1];
    AlarmClient client =
        () -> {
          int now = alarm.now();
          int late = (now - due[0]) & alarm.maxTicks();
          if (late > alarm.maxTicks() / 2) {
            errors.add("virtual alarm " + index + " fired early at " + now + " < " + due[0]);
          }
          fires[index]++;
          due[0] = (now + dt) & alarm.maxTicks();
          alarm.setAlarm(now, dt);
        };
    alarm.setAlarmClient(client);
    due[0] = dt;
    alarm.setAlarm(0, dt);
  }

  /** Sets alarms of varying length one after another; each must fire once, in order, never early. */
  private static App alarmChecker(long seed) {
    return port -> {
      Libtock tock = new Libtock(port);
      int[] upcalls = {0};
      int[] last = new int[2];
      tock.subscribe(
          DriverNumbers.ALARM,
          AlarmDriver.UPCALL_FIRED,
          (now, expiration, unused) -> {
            upcalls[0]++;
            last[0] = now;
            last[1] = expiration;
          });
      String verdict = null;
      int previousExpiration = -1;
      for (int round = 0; round < ALARM_ROUNDS && verdict == null; round++) {
        int dt = 20 + (int) ((seed * 31 + round * 57) % 90);
        SyscallReturn set = tock.command(DriverNumbers.ALARM, AlarmDriver.COMMAND_SET_RELATIVE, dt, 0);
        tock.yieldWait();
        if (upcalls[0] != round + 1) {
          verdict = "alarms bad count " + upcalls[0] + " in round " + round;
        } else if (last[1] != set.r1()) {
          verdict = "alarms bad expiration " + last[1] + " != " + set.r1();
        } else if (((last[0] - last[1]) & 0xFFFFFF) > 0x7FFFFF) {
          verdict = "alarms bad early " + last[0] + " < " + last[1];
        } else if (last[1] <= previousExpiration) {
          verdict = "alarms bad order " + last[1] + " after " + previousExpiration;
        }
        previousExpiration = last[1];
      }
      if (verdict == null && tock.yieldNoWait()) {
        verdict = "alarms bad doubled upcall";
      }
      tock.print(verdict == null ? "alarms ok " + ALARM_ROUNDS + "\n" : verdict + "\n");
      while (true) {
        tock.yieldWait();
      }
    };
  }

  /** Reads the sensor {@code rounds} times back to back; each read must give exactly one upcall. */
  private static App sensorReader(int rounds) {
    return port -> {
      Libtock tock = new Libtock(port);
      int[] upcalls = {0};
      tock.subscribe(
          DriverNumbers.TEMPERATURE,
          TemperatureDriver.UPCALL_READING,
          (status, value, unused) -> upcalls[0] += status == 0 && value == 2100 ? 1 : 1000);
      for (int i = 0; i < rounds; i++) {
        tock.command(DriverNumbers.TEMPERATURE, TemperatureDriver.COMMAND_READ, 0, 0);
        tock.yieldWait();
      }
      boolean extra = tock.yieldNoWait();
      tock.print(upcalls[0] == rounds && !extra ? "sensor ok " + rounds + "\n" : "sensor bad " + upcalls[0] + "\n");
      while (true) {
        tock.yieldWait();
      }
    };
  }
}
