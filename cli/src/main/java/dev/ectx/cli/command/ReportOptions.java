package dev.ectx.cli.command;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options of every command that reports findings: format, output file and baseline. */
public final class ReportOptions {
  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      completionCandidates = OutputFormat.Names.class,
      description = "Output format: ${COMPLETION-CANDIDATES} (default: text).")
  OutputFormat format = OutputFormat.TEXT;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the report to FILE (whole or not at all) instead of standard output.")
  Path output;

  @Option(
      names = "--baseline",
      paramLabel = "FILE",
      description = "Report only findings that are not in the baseline FILE.")
  Path baseline;

  @Option(
      names = "--update-baseline",
      description = "Write every current finding to the --baseline FILE, then report none.")
  boolean updateBaseline;
}
