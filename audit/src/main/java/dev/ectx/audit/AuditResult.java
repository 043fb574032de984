package dev.ectx.audit;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the audit found.
 *
 * @param findings every finding, sorted by key, then location
 * @param suggestions inferred annotations for unannotated methods
 * @param contextEdges for the context picture: each context, the contexts its code reaches
 *     directly through unannotated calls (an edge A to B is an {@code audit.context} finding)
 * @param classCount the number of input classes read
 * @param methodCount the number of method bodies analysed
 */
public record AuditResult(
    List<Finding> findings,
    List<Suggestion> suggestions,
    Map<String, Set<String>> contextEdges,
    int classCount,
    int methodCount) {

  /** A result with unmodifiable copies of its collections. */
  public AuditResult {
    findings = List.copyOf(findings);
    suggestions = List.copyOf(suggestions);
    contextEdges = Map.copyOf(contextEdges);
  }

  /** Whether any finding is an error (the command exits 1 then). */
  public boolean hasErrors() {
    return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
  }
}
