package dev.ectx.audit;

import java.util.Map;
import java.util.Optional;

/**
 * The audited program as loaded: the class index and the facts of every input method body.
 *
 * @param index the classes: inputs, classpath, JDK
 * @param bodies the facts of each input method that has a body
 */
record Program(ClassIndex index, Map<MethodKey, BodyFacts> bodies) {

  Optional<MethodHeader> header(MethodKey m) {
    return index.find(m.owner()).flatMap(c -> c.method(m.subSignature()));
  }

  Optional<ClassHeader> classOf(MethodKey m) {
    return index.find(m.owner());
  }

  /** Where {@code m} is, at {@code line} (or at its first line when {@code line} is 0). */
  Location location(MethodKey m, int line) {
    String source = classOf(m).map(ClassHeader::sourcePath).orElse("");
    int at = line;
    if (at == 0 && bodies.containsKey(m)) {
      at = bodies.get(m).firstLine();
    }
    return new Location(m.owner(), source, m.member(), at);
  }
}
