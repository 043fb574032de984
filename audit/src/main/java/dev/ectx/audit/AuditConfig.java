package dev.ectx.audit;

import java.nio.file.Path;
import java.util.List;

/**
 * What to audit.
 *
 * @param inputs jars, class folders or single class files whose code is analysed
 * @param classpath jars and folders whose classes are read as signatures and annotations only
 *     (libraries the inputs call; the JDK is always available this way)
 * @param entries extra entry points from the command line
 */
public record AuditConfig(List<Path> inputs, List<Path> classpath, List<EntrySpec> entries) {

  /** A configuration with unmodifiable copies of its lists. */
  public AuditConfig {
    inputs = List.copyOf(inputs);
    classpath = List.copyOf(classpath);
    entries = List.copyOf(entries);
  }

  /** Inputs only: no classpath, no extra entry points. */
  public static AuditConfig of(List<Path> inputs) {
    return new AuditConfig(inputs, List.of(), List.of());
  }
}
