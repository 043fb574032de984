package dev.ectx.audit;

import java.util.List;

/**
 * One result of the audit.
 *
 * @param key the stable diagnostic key ({@code audit.race})
 * @param severity whether it fails the audit
 * @param message the full message, naming the contexts and the value and ending with the fix
 * @param location where it is reported: the offending access, call or declaration
 * @param witnesses the call paths that show it (at least one)
 */
public record Finding(
    String key, Severity severity, String message, Location location, List<WitnessPath> witnesses) {

  /** A finding with an unmodifiable copy of its witnesses. */
  public Finding {
    witnesses = List.copyOf(witnesses);
  }
}
