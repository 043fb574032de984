package dev.ectx.cli.command;

import dev.ectx.cli.ExitCodes;
import dev.ectx.cli.InputException;
import dev.ectx.cli.Terminal;
import dev.ectx.cli.Version;
import java.io.PrintWriter;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.IVersionProvider;

/**
 * The top-level {@code ectx} command: it only holds the subcommands and maps failures to exit
 * codes (0 clean, 1 findings, 2 usage or input error, 3 internal error).
 */
@Command(
    name = "ectx",
    mixinStandardHelpOptions = true,
    versionProvider = EctxCommand.VersionProvider.class,
    description =
        "Execution-context aliasing rules for Java: check sources, audit bytecode, annotate sources,"
            + " explain rules.",
    subcommands = {
      CheckCommand.class, AuditCommand.class, AnnotateCommand.class, ExplainCommand.class,
      AutoComplete.GenerateCompletion.class
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  no findings",
      "  1  findings",
      "  2  usage or input error (the message names the cause)",
      "  3  internal error (a bug in ectx; --verbose shows the stack trace)",
      "",
      "Examples:",
      "  ectx check                        check the bundled sample kernel",
      "  ectx check src/main/java --contexts kernel,irq",
      "  ectx check . --format sarif -o ectx.sarif",
      "  ectx explain context.call",
      "  source <(ectx generate-completion)"
    })
public final class EctxCommand implements Runnable {
  private Terminal terminal = Terminal.PLAIN;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Without a subcommand: print the usage. */
  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The terminal that output goes to. */
  Terminal terminal() {
    return terminal;
  }

  /**
   * The configured command line: streams, colours, exit-code mapping.
   *
   * @param out standard output
   * @param err standard error
   * @param terminal whether colours are allowed
   */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err, Terminal terminal) {
    EctxCommand command = new EctxCommand();
    command.terminal = terminal;
    CommandLine commandLine = new CommandLine(command);
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setColorScheme(Help.defaultColorScheme(terminal.colour() ? Help.Ansi.ON : Help.Ansi.OFF));
    commandLine.getSubcommands().get("generate-completion").getCommandSpec().usageMessage().hidden(false);
    commandLine.setExecutionExceptionHandler(EctxCommand::handleFailure);
    commandLine.setParameterExceptionHandler(EctxCommand::handleUsageError);
    return commandLine;
  }

  private static int handleFailure(
      Exception failure, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    boolean verbose =
        commandLine.getCommand() instanceof BaseCommand base && base.verbosity().verbose();
    int exit;
    if (failure instanceof InputException) {
      err.println("ectx: error: " + failure.getMessage());
      exit = ExitCodes.INPUT_ERROR;
    } else {
      err.println("ectx: internal error: " + failure + (verbose ? "" : " (--verbose shows the stack trace)"));
      exit = ExitCodes.INTERNAL_ERROR;
    }
    if (verbose) {
      failure.printStackTrace(err);
    }
    err.flush();
    return exit;
  }

  private static int handleUsageError(CommandLine.ParameterException failure, String[] args) {
    CommandLine commandLine = failure.getCommandLine();
    PrintWriter err = commandLine.getErr();
    err.println(
        "ectx: error: "
            + failure.getMessage()
            + " (see '"
            + commandLine.getCommandSpec().qualifiedName()
            + " --help')");
    err.flush();
    return ExitCodes.INPUT_ERROR;
  }

  /** Answers {@code --version}. */
  static final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {
        "ectx " + Version.get(),
        "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
      };
    }
  }
}
