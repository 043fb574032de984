package dev.ectx.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The call graph, built on demand per call site by class-hierarchy analysis over the inputs, with
 * the edges CHA misses added by hand:
 *
 * <ol>
 *   <li>a virtual or interface call reaches every input override in a subtype of the named class,
 *       and the body of every lambda or method reference whose interface is a subtype and whose
 *       interface method has the called name and descriptor;
 *   <li>a callback passed to a library method (no body to analyse) is assumed to be called
 *       synchronously there, unless the parameter's type names a context or the method hands it
 *       to another thread ({@link ThreadApis});
 *   <li>a call of a classpath method is kept as a leaf so that its context can be checked.
 * </ol>
 */
final class CallGraph {
  private final Program program;
  private final ContextBindings bindings;
  private final Map<String, List<Callback>> lambdasBySam = new HashMap<>();
  private final Map<MethodKey, List<MethodKey>> virtualTargets = new HashMap<>();
  private final Map<CallSite, List<MethodKey>> siteTargets = new IdentityHashMap<>();

  CallGraph(Program program, ContextBindings bindings) {
    this.program = program;
    this.bindings = bindings;
    for (Callback c : program.lambdas()) {
      if (program.hasBody(c.impl())) {
        lambdasBySam.computeIfAbsent(c.samSubSignature(), k -> new ArrayList<>()).add(c);
      }
    }
  }

  /** The methods a call site may reach: bodies, or classpath leaves whose context is checked. */
  List<MethodKey> targets(CallSite site) {
    return siteTargets.computeIfAbsent(site, this::compute);
  }

  private List<MethodKey> compute(CallSite site) {
    List<MethodKey> edges = new ArrayList<>(site.kind() == CallSite.Kind.VIRTUAL
        ? virtualTargets.computeIfAbsent(site.target(), this::dispatch)
        : direct(site.target()));
    boolean analysed = edges.stream().anyMatch(program::hasBody);
    if (!analysed && !ThreadApis.defers(site.target(), program.index())) {
      for (int i = 0; i < site.callbacks().size(); i++) {
        if (bindings.parameterContext(site.target(), i).isEmpty()) {
          for (Callback c : site.callbacks().get(i)) {
            edges.addAll(callbackBodies(c));
          }
        }
      }
    }
    return List.copyOf(edges);
  }

  private List<MethodKey> direct(MethodKey target) {
    return program.index().declaration(target.owner(), target.subSignature())
        .filter(this::worthAnEdge)
        .map(m -> List.of(m.key()))
        .orElse(List.of());
  }

  private List<MethodKey> dispatch(MethodKey target) {
    Set<MethodKey> found = new LinkedHashSet<>();
    for (String sub : program.index().inputSubtypes(target.owner())) {
      ClassHeader c = program.index().find(sub).orElseThrow();
      if (c.isInterface() || c.isAbstract()) {
        continue;
      }
      program.index().dispatch(sub, target.subSignature())
          .filter(m -> program.hasBody(m.key()))
          .ifPresent(m -> found.add(m.key()));
    }
    for (Callback c : lambdasBySam.getOrDefault(target.subSignature(), List.of())) {
      if (program.index().isSubtype(c.iface(), target.owner())) {
        found.add(c.impl());
      }
    }
    return found.isEmpty() ? direct(target) : List.copyOf(found);
  }

  /** Input bodies are analysed; classpath declarations are leaves whose context is checked. */
  private boolean worthAnEdge(MethodHeader m) {
    return program.hasBody(m.key())
        || program.classOf(m.key()).map(c -> c.origin() == ClassHeader.Origin.CLASSPATH)
            .orElse(false);
  }

  /** The bodies a callback runs: a lambda's body, or an anonymous class's methods. */
  private List<MethodKey> callbackBodies(Callback c) {
    if (c.isLambda()) {
      return program.hasBody(c.impl()) ? List.of(c.impl()) : List.of();
    }
    List<MethodKey> bodies = new ArrayList<>();
    program.index().find(c.anonymousClass()).ifPresent(h -> h.methods().values().forEach(m -> {
      if (!m.key().name().startsWith("<") && program.hasBody(m.key())) {
        bodies.add(m.key());
      }
    }));
    return bodies;
  }
}
