package dev.ectx.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The audited program: the class index, and the facts of input method bodies, built on first use
 * so that code no entry point reaches never costs a Jimple conversion.
 */
final class Program {
  private final ClassIndex index;
  private final BodyLoader loader;
  private final List<MethodKey> withBodies = new ArrayList<>();
  private final List<Callback> lambdas = new ArrayList<>();
  private final Map<MethodKey, BodyFacts> facts = new HashMap<>();

  Program(ClassIndex index, BodyLoader loader) {
    this.index = index;
    this.loader = loader;
    for (ClassHeader c : index.inputClasses()) {
      for (MethodHeader m : c.methods().values()) {
        if (!m.isAbstract()) {
          withBodies.add(m.key());
        }
        lambdas.addAll(m.lambdas());
      }
    }
    withBodies.sort(Comparator.comparing(m -> m.owner() + m.subSignature()));
  }

  ClassIndex index() {
    return index;
  }

  /** Every input method with a body, sorted. */
  List<MethodKey> methodsWithBodies() {
    return withBodies;
  }

  /** Every lambda and method reference the inputs create. */
  List<Callback> lambdas() {
    return lambdas;
  }

  /** Whether {@code m} is an input method with a body, whose facts the audit can read. */
  boolean hasBody(MethodKey m) {
    return index.isInput(m.owner()) && header(m).map(h -> !h.isAbstract()).orElse(false);
  }

  /** The facts of {@code m}'s body; {@code m} must {@link #hasBody have one}. */
  BodyFacts facts(MethodKey m) {
    return facts.computeIfAbsent(m, loader::load);
  }

  /** How many method bodies were converted and analysed. */
  int analysedCount() {
    return facts.size();
  }

  Optional<MethodHeader> header(MethodKey m) {
    return index.find(m.owner()).flatMap(c -> c.method(m.subSignature()));
  }

  Optional<ClassHeader> classOf(MethodKey m) {
    return index.find(m.owner());
  }

  /** Where {@code m} is, at {@code line} (or at its first line when {@code line} is 0). */
  Location location(MethodKey m, int line) {
    String source = classOf(m).map(ClassHeader::sourcePath).orElse("");
    int at = line == 0 && hasBody(m) ? facts(m).firstLine() : line;
    return new Location(m.owner(), source, m.member(), at);
  }
}
