package dev.ectx.boards;

import dev.ectx.annotations.ExecutionContext;
import dev.ectx.apps.BlinkApp;
import dev.ectx.apps.ButtonCounterApp;
import dev.ectx.apps.ConsoleEchoApp;
import dev.ectx.apps.FaultyApp;
import dev.ectx.apps.SensorLoggerApp;
import dev.ectx.apps.SpiLoopbackApp;
import dev.ectx.hal.Chip;
import dev.ectx.hal.periph.Gpiote;
import dev.ectx.hal.periph.Rtc;
import dev.ectx.hal.periph.Uarte;
import dev.ectx.hal.sched.Scheduler;
import dev.ectx.hal.trace.VcdWriter;
import dev.ectx.kernel.FaultPolicy;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs the sample kernel from the command line: boots the board with the chosen applications,
 * runs it for some virtual time, prints what the console UART sent and writes a VCD trace.
 *
 * <pre>
 * run [--app blink|echo|sensor|spi|buttons|faulty|all] [--millis N] [--seed N] [--trace FILE]
 *     [--type TEXT]
 * </pre>
 *
 * <p>All of it is start-up code, like a board's {@code main}.
 */
@ExecutionContext("boot")
public final class Main {
  private static final String USAGE =
      "usage: run [--app blink|echo|sensor|spi|buttons|faulty|all] [--millis N] [--seed N]"
          + " [--trace FILE.vcd] [--type TEXT]";

  private Main() {}

  /**
   * Runs the command.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(run(System.out, System.err, args));
  }

  /**
   * Runs the command with the given streams.
   *
   * @param out where the console output goes
   * @param err where usage errors go
   * @param args the arguments
   * @return 0 on success, 2 on a usage or input error
   */
  public static int run(PrintStream out, PrintStream err, String... args) {
    String app = "all";
    long millis = 2000;
    long seed = 1;
    String trace = null;
    String typed = "hello, echo\n";
    try {
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--app":
            app = args[++i];
            break;
          case "--millis":
            millis = Long.parseLong(args[++i]);
            break;
          case "--seed":
            seed = Long.parseLong(args[++i]);
            break;
          case "--trace":
            trace = args[++i];
            break;
          case "--type":
            typed = args[++i] + "\n";
            break;
          case "--help":
            out.println(USAGE);
            return 0;
          default:
            err.println("unknown option " + args[i] + "\n" + USAGE);
            return 2;
        }
      }
    } catch (ArrayIndexOutOfBoundsException | NumberFormatException e) {
      err.println("bad arguments: " + e.getMessage() + "\n" + USAGE);
      return 2;
    }
    List<String> apps =
        app.equals("all") ? List.of("blink", "echo", "sensor", "spi", "buttons", "faulty") : List.of(app);
    SimBoard board = new SimBoard(Chip.builder().seed(seed).build(), true);
    for (String name : apps) {
      if (!load(board, name)) {
        err.println("unknown app " + name + "\n" + USAGE);
        return 2;
      }
    }
    byte[] input = typed.getBytes(StandardCharsets.ISO_8859_1);
    board.sim().scheduler().scheduleAt(
        dev.ectx.hal.sched.SimEvent.of("typing", () -> board.sim().uarte0().receive(input)),
        Scheduler.millis(100));
    board.button(0).clickAt(board.sim().scheduler(), Scheduler.millis(300), Scheduler.millis(20));
    board.button(0).clickAt(board.sim().scheduler(), Scheduler.millis(700), Scheduler.millis(20));
    try (Writer file = trace == null ? Writer.nullWriter() : Files.newBufferedWriter(Path.of(trace))) {
      VcdWriter vcd = new VcdWriter(file);
      for (int i = 0; i < SimBoard.LEDS; i++) {
        vcd.pin(SimBoard.ledPin(i), "led" + (i + 1)).pin(SimBoard.buttonPin(i), "button" + (i + 1));
      }
      vcd.irq(Uarte.IRQ, "UARTE0").irq(Rtc.RTC1_IRQ, "RTC1").irq(Gpiote.IRQ, "GPIOTE").sleep();
      board.sim().startTrace(vcd);
      board.runFor(Scheduler.millis(millis));
      vcd.close();
    } catch (IOException e) {
      err.println("cannot write " + trace + ": " + e.getMessage());
      return 2;
    } finally {
      board.shutdown();
    }
    out.print(new String(board.sim().uarte0().transmitted(), StandardCharsets.ISO_8859_1));
    return 0;
  }

  private static boolean load(SimBoard board, String name) {
    switch (name) {
      case "blink":
        board.load(name, new BlinkApp(0, 250), FaultPolicy.stop());
        return true;
      case "echo":
        board.load(name, new ConsoleEchoApp(), FaultPolicy.stop());
        return true;
      case "sensor":
        board.load(name, new SensorLoggerApp(500), FaultPolicy.stop());
        return true;
      case "spi":
        board.load(name, new SpiLoopbackApp(200, 3, 200), FaultPolicy.stop());
        return true;
      case "buttons":
        board.load(name, new ButtonCounterApp(0, 1), FaultPolicy.stop());
        return true;
      case "faulty":
        board.load(name, new FaultyApp(FaultyApp.Kind.EXCEPTION, 400), FaultPolicy.restartUpTo(1));
        return true;
      default:
        return false;
    }
  }
}
