package dev.ectx.audit;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every class the audit knows by name: the inputs (read eagerly), the classpath and the JDK (read
 * lazily, when the hierarchy or an annotation lookup needs them). Answers hierarchy questions.
 */
final class ClassIndex {
  private final Map<String, ClassHeader> inputs;
  private final ClassSource classpath;
  private final JdkClasses jdk;
  private final Map<String, Optional<ClassHeader>> libraries = new HashMap<>();
  private final Map<String, Set<String>> supertypes = new HashMap<>();
  private final Map<String, Set<String>> inputSubtypes = new HashMap<>();

  ClassIndex(Map<String, ClassHeader> inputs, ClassSource classpath, JdkClasses jdk) {
    this.inputs = Map.copyOf(inputs);
    this.classpath = classpath;
    this.jdk = jdk;
    for (ClassHeader c : inputs.values()) {
      for (String s : supertypes(c.name())) {
        inputSubtypes.computeIfAbsent(s, k -> new HashSet<>()).add(c.name());
      }
    }
  }

  Collection<ClassHeader> inputClasses() {
    return inputs.values();
  }

  boolean isInput(String className) {
    return inputs.containsKey(className);
  }

  /** Whether the class is an input or on the classpath: JDK classes carry no ectx annotations. */
  boolean mayCarryAnnotations(String className) {
    return inputs.containsKey(className) || classpath.contains(className);
  }

  /** The class's header from the inputs, the classpath or the JDK. */
  Optional<ClassHeader> find(String className) {
    ClassHeader input = inputs.get(className);
    if (input != null) {
      return Optional.of(input);
    }
    return libraries.computeIfAbsent(className, this::readLibrary);
  }

  private Optional<ClassHeader> readLibrary(String className) {
    ClassHeader header = classpath.header(className, ClassHeader.Origin.CLASSPATH);
    return Optional.ofNullable(header != null ? header : jdk.header(className));
  }

  /** The class itself and all its known supertypes, nearest first. */
  Set<String> supertypes(String className) {
    Set<String> cached = supertypes.get(className);
    if (cached != null) {
      return cached;
    }
    Set<String> result = new LinkedHashSet<>();
    Deque<String> work = new ArrayDeque<>();
    work.add(className);
    while (!work.isEmpty()) {
      String next = work.poll();
      if (!result.add(next)) {
        continue;
      }
      find(next).ifPresent(h -> {
        if (h.superName() != null) {
          work.add(h.superName());
        }
        work.addAll(h.interfaces());
      });
    }
    supertypes.put(className, result);
    return result;
  }

  boolean isSubtype(String sub, String sup) {
    return supertypes(sub).contains(sup);
  }

  /** The input classes that are {@code className} or a subtype of it. */
  Set<String> inputSubtypes(String className) {
    return inputSubtypes.getOrDefault(className, Set.of());
  }

  /**
   * The method a call of {@code name + desc} on an instance of {@code className} runs: the first
   * declaration up the superclass chain, else a default method of an interface.
   */
  Optional<MethodHeader> dispatch(String className, String subSignature) {
    for (String c = className; c != null; ) {
      Optional<ClassHeader> header = find(c);
      if (header.isEmpty()) {
        break;
      }
      Optional<MethodHeader> m = header.get().method(subSignature);
      if (m.isPresent() && !m.get().isAbstract()) {
        return m;
      }
      c = header.get().superName();
    }
    for (String s : supertypes(className)) {
      Optional<MethodHeader> m = find(s).flatMap(h -> h.method(subSignature));
      if (m.isPresent() && !m.get().isAbstract() && !m.get().isStatic()) {
        return m;
      }
    }
    return Optional.empty();
  }

  /** The declaration a static or special call names: up the superclass chain, then interfaces. */
  Optional<MethodHeader> declaration(String className, String subSignature) {
    for (String s : supertypes(className)) {
      Optional<MethodHeader> m = find(s).flatMap(h -> h.method(subSignature));
      if (m.isPresent()) {
        return m;
      }
    }
    return Optional.empty();
  }

  /** The declaring class's header and the field a reference {@code owner.name} resolves to. */
  Optional<Map.Entry<ClassHeader, FieldHeader>> field(String owner, String name) {
    for (String s : supertypes(owner)) {
      Optional<ClassHeader> h = find(s);
      if (h.isPresent() && h.get().fields().containsKey(name)) {
        return Optional.of(Map.entry(h.get(), h.get().fields().get(name)));
      }
    }
    return Optional.empty();
  }
}
