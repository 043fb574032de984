package dev.ectx.audit;

import java.util.List;

/**
 * What the audit found.
 *
 * @param findings every finding, sorted by key, then location
 * @param suggestions inferred annotations for unannotated methods
 * @param picture the entry points with their contexts and the calls that cross contexts
 * @param classCount the number of input classes read
 * @param methodCount the number of method bodies analysed
 */
public record AuditResult(
    List<Finding> findings,
    List<Suggestion> suggestions,
    ContextPicture picture,
    int classCount,
    int methodCount) {

  /** A result with unmodifiable copies of its collections. */
  public AuditResult {
    findings = List.copyOf(findings);
    suggestions = List.copyOf(suggestions);
  }

  /** Whether any finding is an error (the command exits 1 then). */
  public boolean hasErrors() {
    return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
  }
}
