package dev.ectx.cli.check;

import dev.ectx.cli.report.ContextMap;
import dev.ectx.cli.report.Finding;
import java.util.List;

/**
 * What one run of the checker found.
 *
 * @param findings the checker's diagnostics, sorted by file, line and column
 * @param contextMap the contexts of the checked classes and members
 * @param filesChecked how many source files were compiled
 */
public record CheckResult(List<Finding> findings, ContextMap contextMap, int filesChecked) {
  /** Freezes the findings. */
  public CheckResult {
    findings = List.copyOf(findings);
  }
}
