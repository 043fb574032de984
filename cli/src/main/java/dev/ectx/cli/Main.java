package dev.ectx.cli;

import dev.ectx.cli.command.EctxCommand;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The entry point of the {@code ectx} command. */
public final class Main {
  private Main() {}

  /** Runs the command and exits with its exit code. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    System.exit(run(out, err, Terminal.detect(System.getenv()), args));
  }

  /**
   * Runs the command with plain output (no colours, no live progress).
   *
   * @return the exit code ({@link ExitCodes})
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return run(out, err, Terminal.PLAIN, args);
  }

  /**
   * Runs the command.
   *
   * @return the exit code ({@link ExitCodes})
   */
  public static int run(PrintWriter out, PrintWriter err, Terminal terminal, String... args) {
    try {
      return EctxCommand.commandLine(out, err, terminal).execute(args);
    } finally {
      out.flush();
      err.flush();
    }
  }
}
