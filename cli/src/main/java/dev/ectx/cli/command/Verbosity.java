package dev.ectx.cli.command;

import picocli.CommandLine.Option;

/** The {@code --quiet} and {@code --verbose} options every subcommand shares. */
public final class Verbosity {
  @Option(
      names = {"-q", "--quiet"},
      description = "Print only the findings: no progress, no summary, no notes on standard error.")
  boolean quiet;

  @Option(
      names = {"-v", "--verbose"},
      description = "Show the stack trace of an error.")
  boolean verbose;

  /** Whether the user asked for findings only. */
  public boolean quiet() {
    return quiet;
  }

  /** Whether the user asked for stack traces. */
  public boolean verbose() {
    return verbose;
  }
}
