package dev.ectx.cli.report;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How serious a finding is. Errors and warnings make the command exit with 1; notes do not. */
public enum Severity {
  /** A rule violation. */
  ERROR,
  /** A rule violation reported as a warning ({@code -Awarns}). */
  WARNING,
  /** Information only, such as the count of {@code @Trusted} code. */
  NOTE;

  /** The lower-case name used in every output format. */
  @JsonValue
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether a finding of this severity fails the run. */
  public boolean failsRun() {
    return this != NOTE;
  }
}
