package dev.ectx.audit;

import java.util.HashMap;
import java.util.Map;

/**
 * Loads the program: every input class header with ASM, which also validates each class file (so
 * a corrupt one is reported before anything else runs); bodies follow lazily through {@link
 * BodyLoader}. The JDK and the classpath are read lazily, as signatures only.
 */
final class ProgramLoader {
  private ProgramLoader() {}

  /** Loads {@code config}'s inputs, reading libraries from {@code classpath} when needed. */
  static Program load(AuditConfig config, ClassSource classpath) {
    Map<String, ClassHeader> headers = new HashMap<>();
    try (ClassSource inputs = new ClassSource(config.inputs())) {
      for (String name : inputs.classNames()) {
        headers.put(name, inputs.header(name, ClassHeader.Origin.INPUT));
      }
    }
    ClassIndex index = new ClassIndex(headers, classpath, new JdkClasses());
    BodyLoader loader = new BodyLoader(config.inputs(),
        name -> headers.containsKey(name) && headers.get(name).local());
    return new Program(index, loader);
  }
}
