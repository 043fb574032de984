package dev.ectx.audit;

/** How serious a finding is: errors fail the audit, notes are informational. */
public enum Severity {
  /** A rule violation ({@code audit.context}, {@code audit.race}, {@code audit.reentrant}). */
  ERROR,
  /** Information only ({@code audit.trusted}). */
  NOTE
}
