package dev.ectx.cli.report;

import java.util.List;

/**
 * The result of one run of a command: what every output format renders.
 *
 * @param command the subcommand that produced it ({@code check}, {@code audit})
 * @param toolVersion the version of ectx
 * @param findings the findings to report, in reporting order (after the baseline is applied)
 * @param baselined how many findings the baseline suppressed
 * @param contextMap the context picture
 */
public record Report(
    String command, String toolVersion, List<Finding> findings, int baselined, ContextMap contextMap) {

  /** Freezes the findings. */
  public Report {
    findings = List.copyOf(findings);
    contextMap = contextMap == null ? ContextMap.EMPTY : contextMap;
  }

  /** Whether any finding fails the run (notes do not). */
  public boolean failsRun() {
    return findings.stream().anyMatch(f -> f.severity().failsRun());
  }

  /** The same report with other findings (after a baseline filtered them). */
  public Report withFindings(List<Finding> kept, int suppressed) {
    return new Report(command, toolVersion, kept, baselined + suppressed, contextMap);
  }
}
