package dev.ectx.cli.command;

import dev.ectx.cli.AtomicFiles;
import dev.ectx.cli.ExitCodes;
import dev.ectx.cli.InputException;
import dev.ectx.cli.Terminal;
import dev.ectx.cli.baseline.Baseline;
import dev.ectx.cli.report.Report;
import dev.ectx.cli.report.ReportRenderer;
import dev.ectx.cli.rules.RulePages;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * Applies the baseline, renders a report in the chosen format to standard output or a file, and
 * answers the exit code. Every command that reports findings ends here.
 */
public final class ReportPublisher {
  private final ReportOptions options;
  private final Verbosity verbosity;
  private final Terminal terminal;
  private final RulePages pages;
  private Baseline applied;

  /** Publishes as {@code options} and {@code verbosity} say. */
  public ReportPublisher(ReportOptions options, Verbosity verbosity, Terminal terminal, RulePages pages) {
    this.options = options;
    this.verbosity = verbosity;
    this.terminal = terminal;
    this.pages = pages;
  }

  /**
   * Fails early on baseline options that cannot work, before any long analysis runs.
   *
   * @throws InputException when {@code --update-baseline} lacks {@code --baseline}, or the
   *     baseline to apply does not exist
   */
  public void validate() {
    if (options.updateBaseline && options.baseline == null) {
      throw new InputException("--update-baseline needs --baseline FILE");
    }
    if (options.baseline != null && !options.updateBaseline && applied == null) {
      applied = Baseline.read(options.baseline);
    }
  }

  /**
   * Publishes {@code report}.
   *
   * @return {@link ExitCodes#FINDINGS} when a reported finding fails the run, else {@link
   *     ExitCodes#CLEAN}
   */
  public int publish(Report report, PrintWriter out, PrintWriter err) {
    validate();
    Report shown = report;
    if (options.updateBaseline) {
      Baseline updated = Baseline.of(report);
      updated.write(options.baseline);
      shown = updated.filter(report);
      note(err, "wrote " + updated.entries().size() + " findings to the baseline " + options.baseline);
    } else if (applied != null) {
      shown = applied.filter(report);
    }
    Report rendered = shown;
    if (options.output != null) {
      ReportRenderer renderer = options.format.renderer(pages, false, verbosity.quiet());
      AtomicFiles.write(options.output, w -> renderer.render(rendered, w));
      note(err, "wrote the " + options.format.name().toLowerCase(java.util.Locale.ROOT) + " report to " + options.output);
    } else {
      ReportRenderer renderer = options.format.renderer(pages, terminal.colour(), verbosity.quiet());
      try {
        renderer.render(rendered, out);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return rendered.failsRun() ? ExitCodes.FINDINGS : ExitCodes.CLEAN;
  }

  private void note(PrintWriter err, String text) {
    if (!verbosity.quiet()) {
      err.println("ectx: " + text);
    }
  }
}
