package dev.ectx.audit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Propagates each context from its entry points through the call graph, breadth first, so that
 * every reached method keeps its shortest witness path. A state is a method, a context, and
 * whether a {@code CriticalSection} is held (some method on the path takes one: the token proves
 * interrupts are masked).
 *
 * <p>Propagation goes through unannotated, {@code @AnyContext} and {@code @PolyContext} methods
 * (they run in their caller's context) and stops at a method bound to a context: the same context
 * is that method's own entry point; another one is an {@code audit.context} violation, except:
 *
 * <ol>
 *   <li>from {@code boot}, which may call every context;
 *   <li>into a callback registered for its context, which that context's dispatcher runs later;
 *   <li>into one of several implementations that a call of an unannotated method may dispatch to
 *       ({@code Runnable.run} reaching a {@code process} thread's body): class-hierarchy analysis
 *       cannot tell which object the call sees, and reporting every bound implementation of a
 *       widely implemented interface would bury the real findings. A call of a method that is
 *       itself bound, or that dispatches to one implementation only, is reported.
 * </ol>
 */
final class ContextPropagation {
  static final String BOOT = "boot";

  private final Program program;
  private final CallGraph graph;
  private final Map<MethodKey, String> entries;
  private final Map<State, Hop> predecessors = new HashMap<>();
  private final Map<MethodKey, Map<String, List<State>>> reached = new HashMap<>();
  private final Map<String, Violation> violations = new LinkedHashMap<>();

  /** A method reached in a context, with or without a critical section held. */
  record State(MethodKey method, String context, boolean critical) {}

  /** How a state was first reached: from {@code from}, by the call on {@code line}. */
  private record Hop(State from, int line) {}

  /**
   * Code of {@code context} reaching {@code callee}, which is bound to {@code calleeContext}.
   *
   * @param caller the state making the call
   * @param line the call's line
   */
  record Violation(State caller, int line, MethodKey callee, String calleeContext) {}

  /**
   * @param entries every entry point with its context (bound methods and command-line entries)
   */
  ContextPropagation(Program program, ContextBindings bindings, CallGraph graph,
      Map<MethodKey, String> entries) {
    this.program = program;
    this.graph = graph;
    this.entries = entries;
    Map<String, List<MethodKey>> byContext = new TreeMap<>();
    entries.forEach((m, c) -> byContext.computeIfAbsent(c, k -> new ArrayList<>()).add(m));
    byContext.values().forEach(l -> l.sort(
        (a, b) -> (a.owner() + a.subSignature()).compareTo(b.owner() + b.subSignature())));
    byContext.forEach((context, starts) -> propagate(context, starts, bindings));
  }

  private void propagate(String context, List<MethodKey> starts, ContextBindings bindings) {
    Deque<State> queue = new ArrayDeque<>();
    for (MethodKey m : starts) {
      visit(new State(m, context, m.takesCriticalSection()), null, queue);
    }
    while (!queue.isEmpty()) {
      State s = queue.poll();
      if (!program.hasBody(s.method())) {
        continue;
      }
      for (CallSite site : program.facts(s.method()).calls()) {
        List<MethodKey> targets = graph.targets(site);
        boolean uncertain = targets.size() > 1 && bindings.of(site.target()).isEmpty();
        for (MethodKey callee : targets) {
          Optional<Binding> b = entries.containsKey(callee)
              ? Optional.of(Binding.context(entries.get(callee)))
              : bindings.of(callee);
          if (b.isPresent() && b.get().isContext()) {
            String bound = b.get().context();
            if (!bound.equals(context) && !context.equals(BOOT) && !b.get().registered()
                && !uncertain) {
              violations.putIfAbsent(
                  callee.owner() + callee.subSignature() + "@" + context,
                  new Violation(s, site.line(), callee, bound));
            }
            continue;
          }
          if (program.hasBody(callee)) {
            State next = new State(
                callee, context, s.critical() || callee.takesCriticalSection());
            visit(next, new Hop(s, site.line()), queue);
          }
        }
      }
    }
  }

  private void visit(State s, Hop how, Deque<State> queue) {
    if (predecessors.containsKey(s)) {
      return;
    }
    predecessors.put(s, how);
    reached.computeIfAbsent(s.method(), k -> new TreeMap<>())
        .computeIfAbsent(s.context(), k -> new ArrayList<>()).add(s);
    queue.add(s);
  }

  /** The contexts whose code reaches {@code m} (its own if it is an entry point), sorted. */
  Set<String> contexts(MethodKey m) {
    return new TreeSet<>(reached.getOrDefault(m, Map.of()).keySet());
  }

  /** The states in which {@code m} runs in {@code context}, first reached first. */
  List<State> states(MethodKey m, String context) {
    return reached.getOrDefault(m, Map.of()).getOrDefault(context, List.of());
  }

  /** Whether any state is reached at all for {@code m}. */
  boolean isReached(MethodKey m) {
    return reached.containsKey(m);
  }

  /** The violations found, in discovery order. */
  List<Violation> violations() {
    return List.copyOf(violations.values());
  }

  /** The witness steps from the entry point to {@code s} (each call on the way), entry first. */
  List<WitnessStep> path(State s) {
    List<WitnessStep> steps = new ArrayList<>();
    State at = s;
    for (Hop hop = predecessors.get(at); hop != null; hop = predecessors.get(at)) {
      steps.add(new WitnessStep(program.location(hop.from().method(), hop.line()),
          Messages.format("witness.calls", at.method().display())));
      at = hop.from();
    }
    steps.add(new WitnessStep(program.location(at.method(), 0),
        Messages.format("witness.entry", at.method().display(), at.context())));
    Collections.reverse(steps);
    return steps;
  }
}
