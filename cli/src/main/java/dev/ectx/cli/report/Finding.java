package dev.ectx.cli.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;

/**
 * One diagnostic of {@code ectx check} or {@code ectx audit}.
 *
 * @param key the stable diagnostic key of DESIGN.md ({@code context.call}, {@code audit.race})
 * @param severity how serious it is
 * @param message the full message: it names the contexts or the value and ends with the fix
 * @param location where it is reported
 * @param member the enclosing member ({@code pkg.Class#method(Type)}, {@code pkg.Class#field} or
 *     {@code pkg.Class}), or null when outside any class; baselines match on it
 * @param witness the call path that proves an audit finding, empty for checker findings
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Finding(
    String key,
    Severity severity,
    String message,
    Location location,
    String member,
    List<WitnessStep> witness) {

  /** Validates the required parts and freezes the witness. */
  public Finding {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(location, "location");
    witness = witness == null ? List.of() : List.copyOf(witness);
  }

  /** A finding with no witness path (every checker finding). */
  public static Finding of(
      String key, Severity severity, String message, Location location, String member) {
    return new Finding(key, severity, message, location, member, List.of());
  }
}
