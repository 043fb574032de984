package dev.ectx.cli.command;

import dev.ectx.cli.BundledResources;
import dev.ectx.cli.Terminal;
import dev.ectx.cli.rules.RulePages;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * What every subcommand shares: {@code --quiet}/{@code --verbose}, its output streams and
 * terminal. Subcommands return an exit code or throw a domain exception ({@link
 * dev.ectx.cli.InputException}); {@link EctxCommand} maps exceptions to exit codes.
 */
public abstract class BaseCommand implements Callable<Integer> {
  @Mixin Verbosity verbosity;

  @Spec CommandSpec spec;

  @ParentCommand EctxCommand root;

  /** Runs the subcommand and answers its exit code. */
  protected abstract int execute() throws Exception;

  @Override
  public final Integer call() throws Exception {
    return execute();
  }

  /** The command's standard output. */
  protected PrintWriter out() {
    return spec.commandLine().getOut();
  }

  /** The command's standard error. */
  protected PrintWriter err() {
    return spec.commandLine().getErr();
  }

  /** Where output goes: colours, live progress. */
  protected Terminal terminal() {
    return root.terminal();
  }

  /** The rule pages bundled with the command. */
  protected RulePages rulePages() {
    return new RulePages(BundledResources.ofCommand());
  }

  /** The subcommand's verbosity options. */
  protected Verbosity verbosity() {
    return verbosity;
  }

  /** Prints a note on standard error unless {@code --quiet}. */
  protected void note(String text) {
    if (!verbosity.quiet()) {
      err().println("ectx: " + text);
    }
  }
}
